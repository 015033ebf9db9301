// `pathwise plan --max-weeks / --max-cost / --exclude` end to end through the real built binary, on a
// catalog where the cheapest plan is too slow, the fastest too expensive and an in-between plan fits;
// answers checked against the independent HiGHS big-M programme; batch lines carry their own limits.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '@pathwise/engine';
import { betweenCatalog } from '@pathwise/test-support';
import { requireBuiltCli, runCli, tempDir, writeTemp } from './run-cli.js';
import { planViolations } from '../../packages/engine/src/__tests__/support/check-plan.js';
import { highsConstrained } from '../../packages/engine/src/__tests__/support/highs-constrained.js';

const catalog = betweenCatalog();
const asOf = '2026-06-01';
const dir = tempDir();
const catalogFile = writeTemp(dir, 'catalog.json', catalog);
const base = ['plan', '--catalog', catalogFile, '--target', 'cert', '--as-of', asOf];

beforeAll(() => requireBuiltCli());

describe('pathwise plan with constraints', () => {
  it('--max-weeks: the cheapest plan by the deadline (the HiGHS optimum)', async () => {
    const run = await runCli([...base, '--max-weeks', '12', '--json']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const plan = JSON.parse(run.stdout) as Plan;
    const query = { target: 'cert', have: [], asOf, objective: 'cheapest' as const, maxWeeks: 12 };
    expect(planViolations(catalog, query, plan)).toEqual([]);
    const optimum = await highsConstrained(catalog, query, 'cost');
    expect([plan.feasible, plan.totalCost, plan.totalWeeks]).toEqual([true, optimum!.value, 12]);
  });

  it('--objective fastest --max-cost: the earliest week within the budget', async () => {
    const run = await runCli([...base, '--objective', 'fastest', '--max-cost', '400', '--json']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const plan = JSON.parse(run.stdout) as Plan;
    const query = { target: 'cert', have: [], asOf, objective: 'fastest' as const, maxCost: 400 };
    expect(planViolations(catalog, query, plan)).toEqual([]);
    expect(plan.totalWeeks).toBe((await highsConstrained(catalog, query, 'weeks'))!.value);
    expect(plan.steps.map((s) => s.credential)).toEqual(['mid', 'cert']);
  });

  it('--exclude: no plan, exit 0, a reason naming the requirement (JSON and table)', async () => {
    const json = await runCli([...base, '--exclude', 'slow,mid', '--exclude', 'fast', '--json']);
    expect([json.status, json.stderr]).toEqual([0, '']);
    const plan = JSON.parse(json.stdout) as Plan;
    expect([plan.feasible, plan.steps, plan.totalCost, plan.totalWeeks]).toEqual([false, [], 0, 0]);
    expect(plan.reason).toMatch(/"cert" needs "any" of .*all excluded/);
    const table = await runCli([...base, '--max-weeks', '2']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/no plan: "cert" cannot be held before week 3 > 2/);
  });

  it('refuses bad limits and unknown excluded ids with exit 2 and no stack trace', async () => {
    for (const args of [
      ['--max-weeks', '-1'],
      ['--max-cost', 'lots'],
      ['--exclude', 'nope'],
      ['--exclude', 'slow,,mid'],
    ]) {
      const run = await runCli([...base, ...args]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('--batch: lines carry maxWeeks, maxCost and exclude; flags are the defaults', async () => {
    const lines = [
      { target: 'cert', maxWeeks: 12 },
      { target: 'cert', objective: 'fastest', maxCost: 400 },
      { target: 'cert', exclude: ['slow', 'mid', 'fast'] },
      { target: 'cert' },
      { target: 'cert', maxWeeks: 'soon' },
    ];
    const file = writeTemp(dir, 'q.jsonl', lines.map((l) => JSON.stringify(l)).join('\n'));
    const run = await runCli([
      'plan',
      '--catalog',
      catalogFile,
      '--batch',
      file,
      '--as-of',
      asOf,
      '--max-cost',
      '1000',
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^batch: \d+ quer(y|ies): .*\n$/);
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Plan & { error?: { code: string } });
    expect(out.map((p) => [p.feasible, p.totalCost, p.totalWeeks])).toEqual([
      [true, 310, 12],
      [true, 310, 12],
      [false, 0, 0],
      [true, 110, 22],
      [undefined, undefined, undefined],
    ]);
    expect(out[4]!.error!.code).toBe('INVALID_INPUT');
  });
});

// `pathwise frontier` end to end through the real built binary: the JSON frontier equals the
// brute-force Pareto set (the engine's independent oracle) on a catalog with three trade-offs, with
// and without limits; the table lists them fastest first; bad input exits 2 with the flag named.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Frontier } from '@pathwise/engine';
import { betweenCatalog } from '@pathwise/test-support';
import { requireBuiltCli, runCli, tempDir, writeTemp } from './run-cli.js';
import { planViolations } from '../../packages/engine/src/__tests__/support/check-plan.js';
import { allPlans, paretoSet } from '../../packages/engine/src/__tests__/support/pareto-oracle.js';

const catalog = betweenCatalog();
const asOf = '2026-06-01';
const dir = tempDir();
const catalogFile = writeTemp(dir, 'catalog.json', catalog);
const base = ['frontier', '--catalog', catalogFile, '--target', 'cert', '--as-of', asOf];

beforeAll(() => requireBuiltCli());

describe('pathwise frontier', () => {
  it('--json: the exact Pareto set, every plan valid', async () => {
    for (const limits of [[], ['--max-cost', '600'], ['--max-weeks', '12', '--exclude', 'mid']]) {
      const run = await runCli([...base, ...limits, '--json']);
      expect([run.status, run.stderr]).toEqual([0, '']);
      const frontier = JSON.parse(run.stdout) as Frontier;
      const query = { target: 'cert', have: [], asOf, objective: 'cheapest' as const };
      const limited = {
        ...query,
        ...(limits[0] === '--max-cost' ? { maxCost: 600 } : {}),
        ...(limits[0] === '--max-weeks' ? { maxWeeks: 12, exclude: ['mid'] } : {}),
      };
      const expected = paretoSet(allPlans(catalog, limited));
      expect(expected.length).toBeGreaterThan(limits.length === 0 ? 2 : 0);
      expect(frontier.complete).toBe(true);
      expect(frontier.plans.map((p) => ({ cost: p.totalCost, weeks: p.totalWeeks }))).toEqual(
        expected,
      );
      for (const plan of frontier.plans) expect(planViolations(catalog, limited, plan)).toEqual([]);
    }
  });

  it('prints a table, fastest first, and says it is complete', async () => {
    const run = await runCli([...base]);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const json = JSON.parse((await runCli([...base, '--json'])).stdout) as Frontier;
    const rows = run.stdout.split('\n').filter((l) => /^\s*\d+\s+[\d.,]+\s+[\d.,]+\s+yes/.test(l));
    const numbers = (r: string): number[] =>
      r
        .trim()
        .split(/\s+/)
        .slice(1, 3)
        .map((x) => Number(x.replaceAll(',', '')));
    expect(rows.map(numbers)).toEqual(json.plans.map((p) => [p.totalWeeks, p.totalCost]));
    expect(run.stdout).toContain('complete: no other plan');
  });

  it('exits 2 for bad input, naming the flag, and refuses --objective', async () => {
    const bad = await runCli([...base, '--max-weeks', '-1']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--max-weeks');
    const unknown = await runCli([...base.slice(0, 3), '--target', 'nope']);
    expect([unknown.status, unknown.stderr.includes('nope')]).toEqual([2, true]);
    expect((await runCli([...base, '--objective', 'fastest'])).status).toBe(2);
  });
});

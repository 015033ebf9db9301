// Target forms through the real built binary: --skill, --any-of, --recognized-by with --kinds, on
// `plan` and `frontier`, and a batch line whose target is a form; totals checked against the
// brute-force oracle on the form written out as a requirement; bad flag combinations exit 2.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Requirement } from '@pathwise/core';
import type { Frontier, Plan } from '@pathwise/engine';
import { goalsCatalog } from '@pathwise/test-support';
import { requireBuiltCli, runCli, tempDir, writeTemp } from './run-cli.js';
import {
  paretoSet,
  plansToRule,
} from '../../packages/engine/src/__tests__/support/pareto-oracle.js';

const catalog = goalsCatalog();
const asOf = '2026-06-01';
const dir = tempDir();
const catalogFile = writeTemp(dir, 'goals.json', catalog);
const base = ['--catalog', catalogFile, '--as-of', asOf];

const oracle = (requires: Requirement) => plansToRule(catalog, requires, { have: [], asOf });

beforeAll(() => requireBuiltCli());

describe('pathwise plan and frontier with target forms', () => {
  it('--skill (repeated): cheapest and fastest equal the oracle; reached is said', async () => {
    const requires = { all: [{ any: ['py', 'both'] }, { any: ['sql', 'both'] }] };
    const plans = oracle(requires);
    for (const objective of ['cheapest', 'fastest']) {
      const run = await runCli([
        'plan',
        ...base,
        '--skill',
        'python',
        '--skill',
        'sql',
        '--objective',
        objective,
        '--json',
      ]);
      expect([run.status, run.stderr]).toEqual([0, '']);
      const plan = JSON.parse(run.stdout) as Plan;
      expect(plan.target).toEqual({ skills: ['python', 'sql'] });
      const best = Math.min(...plans.map((p) => (objective === 'cheapest' ? p.cost : p.weeks)));
      expect(objective === 'cheapest' ? plan.totalCost : plan.totalWeeks).toBe(best);
      expect(plan.reached!.skills!.map((s) => s.skill)).toEqual(['python', 'sql']);
    }
    const table = await runCli(['plan', ...base, '--skill', 'python', '--skill', 'sql']);
    expect(table.stdout).toContain('plan for skills (python, sql)');
    expect(table.stdout).toContain('reached: python by py; sql by sql');
  });

  it('--recognized-by with --kinds, and frontier --any-of, equal the oracle', async () => {
    const run = await runCli([
      'plan',
      ...base,
      '--recognized-by',
      'employer:acme',
      '--kinds',
      'certification',
      '--json',
    ]);
    const plan = JSON.parse(run.stdout) as Plan;
    expect(plan.totalCost).toBe(Math.min(...oracle({ any: ['cert'] }).map((p) => p.cost)));
    const f = await runCli(['frontier', ...base, '--any-of', 'cert,cert2', '--json']);
    expect([f.status, f.stderr]).toEqual([0, '']);
    const frontier = JSON.parse(f.stdout) as Frontier;
    expect(frontier.plans.map((p) => ({ cost: p.totalCost, weeks: p.totalWeeks }))).toEqual(
      paretoSet(oracle({ any: ['cert', 'cert2'] })),
    );
  });

  it('a batch line may give a target form', async () => {
    const batch = writeTemp(dir, 'q.jsonl', '');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      batch,
      `${JSON.stringify({ id: 1, target: { anyOf: ['cert', 'cert2'] } })}\n${JSON.stringify({ id: 2, target: { skills: ['none'] } })}\n`,
    );
    const run = await runCli(['plan', ...base, '--batch', batch]);
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Plan & { id: number });
    expect(lines[0]!.totalCost).toBe(90);
    expect(lines[0]!.reached).toEqual({ credentials: ['cert2'] });
    expect([lines[1]!.feasible, lines[1]!.reason]).toEqual([
      false,
      'no credential lists the skill "none"',
    ]);
  });

  it('refuses two targets, --kinds alone, and an unknown id with a suggestion (exit 2)', async () => {
    const two = await runCli(['plan', ...base, '--target', 'cert', '--skill', 'sql']);
    const kinds = await runCli(['plan', ...base, '--skill', 'sql', '--kinds', 'course']);
    const unknown = await runCli(['plan', ...base, '--any-of', 'cert,certt']);
    expect([two.status, kinds.status, unknown.status]).toEqual([2, 2, 2]);
    expect(unknown.stderr).toContain('Did you mean "cert"');
  });
});

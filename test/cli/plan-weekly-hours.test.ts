// `pathwise plan --weekly-hours N` end to end through the real built binary: eight 5-hour courses
// that the unconstrained plan starts all at once are staggered two a week at 10 hours a week, at
// the same cost; the plans pass the independent checker; batch lines carry weeklyHours; bad values
// exit 2 without a stack trace.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, Credential } from '@pathwise/core';
import type { Plan } from '@pathwise/engine';
import { requireBuiltCli, runCli, tempDir, writeTemp } from './run-cli.js';
import { planViolations } from '../../packages/engine/src/__tests__/support/check-plan.js';

const course = (i: number): Credential => ({
  id: `c${i}`,
  name: `Course ${i}`,
  kind: 'course',
  cost: 20,
  durationWeeks: 1,
  effortHours: 5,
});
const catalog: Catalog = {
  format: 'pathwise.catalog/v1',
  credentials: [
    ...Array.from({ length: 8 }, (_, i) => course(i)),
    {
      id: 'cert',
      name: 'Certificate',
      kind: 'certificate',
      cost: 0,
      durationWeeks: 0,
      requires: { all: Array.from({ length: 8 }, (_, i) => `c${i}`) },
    },
  ],
};
const asOf = '2026-06-01';
const dir = tempDir();
const catalogFile = writeTemp(dir, 'catalog.json', catalog);
const base = ['plan', '--catalog', catalogFile, '--target', 'cert', '--as-of', asOf];
const courseStarts = (plan: Plan): number[] =>
  plan.steps
    .filter((s) => s.credential !== 'cert')
    .map((s) => s.startWeek)
    .sort((a, b) => a - b);

beforeAll(() => requireBuiltCli());

describe('pathwise plan --weekly-hours', () => {
  it('staggers the courses two a week at 10 hours a week, cost unchanged', async () => {
    const free = await runCli([...base, '--json']);
    const freePlan = JSON.parse(free.stdout) as Plan;
    expect(courseStarts(freePlan)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    for (const objective of ['cheapest', 'fastest'] as const) {
      const run = await runCli([
        ...base,
        '--objective',
        objective,
        '--weekly-hours',
        '10',
        '--json',
      ]);
      expect([run.status, run.stderr]).toEqual([0, '']);
      const plan = JSON.parse(run.stdout) as Plan;
      const query = { target: 'cert', have: [], asOf, objective, weeklyHours: 10 };
      expect(planViolations(catalog, query, plan)).toEqual([]);
      expect(courseStarts(plan)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
      expect([plan.totalCost, plan.totalWeeks, plan.optimal]).toEqual([160, 4, true]);
      // The same plan is invalid without room for it: the checker sees the overload.
      expect(planViolations(catalog, { ...query, weeklyHours: 5 }, plan)).not.toEqual([]);
    }
  });

  it('prints the staggered table', async () => {
    const run = await runCli([...base, '--weekly-hours', '20']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/total: .*2 weeks, 9 steps/);
  });

  it('--batch: a line carries its own weeklyHours; the flag is the default', async () => {
    const batch = writeTemp(
      dir,
      'queries.jsonl',
      [{ target: 'cert' }, { target: 'cert', weeklyHours: 40 }, { target: 'cert', weeklyHours: 0 }]
        .map((q) => JSON.stringify(q))
        .join('\n'),
    );
    const run = await runCli([
      'plan',
      '--catalog',
      catalogFile,
      '--batch',
      batch,
      '--as-of',
      asOf,
      '--weekly-hours',
      '10',
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^batch: \d+ quer(y|ies): .*\n$/);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Plan & { error?: { code: string } });
    expect(lines.map((p) => p.totalWeeks)).toEqual([4, 1, undefined]);
    expect(lines[2]!.error!.code).toBe('INVALID_INPUT');
  });

  it('refuses a bad --weekly-hours with exit 2 and no stack trace', async () => {
    for (const value of ['0', '-2', 'many']) {
      const run = await runCli([...base, '--weekly-hours', value]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/--weekly-hours/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

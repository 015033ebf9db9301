// The HiGHS oracles' own check (support/highs-oracle.ts, solveExactly): HiGHS's presolve called this
// time-indexed hours programme infeasible, though a plan exists (c0, c1, c3, c4 by week 9 for 1,109,
// which the same rows prove under the weeks objective). The engine's plan was right and the oracle
// wrong; hours-exact.property.test.ts failed on it (fast-check seed -1442020800). Here the oracle must
// find the plan, and it must equal the engine's.
import { expect, it } from 'vitest';
import { parseCatalog } from '@pathwise/core';
import { createPlanner, validatePlan } from '../index.js';
import { highsHours } from './support/highs-hours.js';
import { course } from './support/course.js';

/** `count` start days, `days` apart from `from`. */
const every = (days: number, from: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) =>
    new Date(Date.parse(`${from}T00:00:00Z`) + i * days * 86_400_000).toISOString().slice(0, 10),
  );
/** `count` start days, a fortnight apart from `from` (a Monday). */
const fortnightly = (from: string, count: number): string[] => every(14, from, count);

const catalog = {
  format: 'pathwise.catalog/v2' as const,
  credentials: [
    course('c0', 404, 1, {
      credits: 5,
      validityMonths: 20,
      effortHours: 1,
      pace: 'fixed',
      starts: fortnightly('2026-06-01', 121),
    }),
    course('c1', 58, 0, { credits: 1, pace: 'fixed' }),
    course('c2', 337, 0, {
      credits: 2,
      validityMonths: 48,
      requires: {
        atLeast: 1,
        of: [
          'c1',
          { credits: 1, of: ['c1', 'c0'] },
          { credits: 6, of: ['c0', 'c1'] },
          'c0',
          { atLeast: 2, of: ['c1', 'c0'] },
        ],
      },
      pace: 'fixed',
    }),
    course('c3', 174, 0, {
      credits: 1,
      validityMonths: 47,
      requires: 'c1',
      effortHours: 5,
      starts: fortnightly('2026-06-22', 119),
    }),
    course('c4', 473, 0, {
      credits: 4,
      validityMonths: 47,
      requires: { atLeast: 2, of: [{ all: ['c0'] }, { atLeast: 2, of: ['c3', 'c1'] }] },
      pace: 'fixed',
      starts: fortnightly('2026-06-08', 120),
    }),
    course('c5', 325, 0, {
      validityMonths: 31,
      requires: { atLeast: 2, of: ['c4', { credits: 1, of: ['c3'] }, 'c3'] },
      effortHours: 1,
    }),
  ],
};

it('the hours oracle finds the plan its presolve called infeasible, and it is the engine’s', async () => {
  const query = { target: 'c4', have: [], asOf: '2026-06-01', weeklyHours: 1 };
  const parsed = parseCatalog(catalog);
  const planner = createPlanner(parsed);
  const p = planner.plan(query);
  expect(validatePlan(planner.index, query, p)).toEqual([]);
  expect([p.feasible, p.optimal, p.totalCost]).toEqual([true, true, 1109]);
  const grid = await highsHours(parsed, query, 'cost');
  expect(grid?.cost).toBe(1109);
  expect((await highsHours(parsed, query, 'weeks'))?.weeks).toBe(p.totalWeeks);
});

// frontier-sweep.property.test.ts failed on this case (fast-check seed -1024061009): at a 9-week
// deadline HiGHS's presolve threw "Unable to solve the problem. HiGHS error -1" on the hours
// programme, under every gap and log option tried. Without presolve it is Optimal at 197, the
// engine's plan, and the oracle must now say so.
it('the hours oracle solves the programme its presolve failed on, and it is the engine’s', async () => {
  const failed = parseCatalog({
    format: 'pathwise.catalog/v2' as const,
    credentials: [
      course('c0', 99, 3, {
        credits: 5,
        validityMonths: 21,
        effortHours: 9,
        pace: 'fixed',
        starts: every(28, '2026-06-08', 60),
      }),
      course('c1', 22, 3, { credits: 5, validityMonths: 7, effortHours: 4, pace: 'fixed' }),
      course('c2', 76, 1, {
        credits: 5,
        validityMonths: 44,
        requires: {
          atLeast: 3,
          of: [{ credits: 7, of: ['c1', 'c0'] }, { any: ['c1'] }, { any: ['c1', 'c0'] }, 'c0'],
        },
        starts: every(21, '2026-06-15', 80),
      }),
      course('c3', 7, 3, {
        validityMonths: 6,
        requires: { all: [{ credits: 10, of: ['c2', 'c1', 'c0'] }, 'c2', { all: ['c1'] }, 'c0'] },
        effortHours: 2,
        pace: 'fixed',
      }),
      course('route-0', 0, 1, { requires: 'c3' }),
      {
        id: 'goal',
        name: 'Goal',
        kind: 'certification' as const,
        cost: 0,
        durationWeeks: 0,
        requires: { any: ['c2', 'route-0'] },
      },
    ],
  });
  const query = { target: 'goal', have: [], asOf: '2026-06-01', weeklyHours: 3 };
  const planner = createPlanner(failed);
  const p = planner.plan({ ...query, objective: 'cheapest' });
  expect(validatePlan(planner.index, query, p)).toEqual([]);
  expect([p.feasible, p.optimal, p.totalCost, p.totalWeeks]).toEqual([true, true, 197, 9]);
  expect((await highsHours(failed, { ...query, maxWeeks: 9 }, 'cost'))?.cost).toBe(197);
});

// A cut-short frontier under a sponsor keeps every point the learner pays the same share for and the
// total tells apart. Here the sponsor pays everything, so both routes cost the learner 0: route-1
// (week 1, 228 with upkeep) and route-0 (week 2, 62). The week-1 plan cannot be proven cheapest in
// total by its deadline (renewals/plan-with-renewals.ts, underDeadline), so the sweep is cut short;
// the cheaper week-2 point must stay listed, not be dropped as dominated by the faster plan of equal
// share. The case is fast-check's counterexample from frontier-keep.property.test.ts.
import { expect, it } from 'vitest';
import { parseCatalog } from '@pathwise/core';
import { createPlanner, validatePlan, type PlanQuery } from '../../index.js';
import { course } from '../../__tests__/support/course.js';

const catalog = parseCatalog({
  format: 'pathwise.catalog/v2',
  credentials: [
    course('c1', 429, 1),
    course('route-0', 18, 2, { requires: 'c1' }),
    course('route-1', 184, 1, { requires: 'c1', effortHours: 1, pace: 'fixed' }),
    course('route-2', 188, 3),
    {
      ...course('goal', 44, 0, { requires: { any: ['route-0', 'route-1', 'route-2'] } }),
      kind: 'certification' as const,
      validityMonths: 12,
      renewal: { cost: 0, by: ['route-2'] },
    },
  ],
});

it('keeps the cheaper-in-total point of an equal share when the sweep is cut short', () => {
  const planner = createPlanner(catalog);
  const query: PlanQuery = {
    target: 'goal',
    have: [{ id: 'c1', earnedOn: '2025-07-24' }],
    asOf: '2026-06-01',
    keepFor: 30,
    sponsor: { amount: 228 },
  };
  const f = planner.frontier(query);
  for (const p of f.plans)
    expect(validatePlan(planner.index, { ...query, objective: 'cheapest' }, p)).toEqual([]);
  expect(f.plans.map((p) => [p.totalWeeks, p.outOfPocket, p.totalCost])).toEqual([
    [1, 0, 228],
    [2, 0, 62],
  ]);
  expect(f.complete).toBe(false);
});

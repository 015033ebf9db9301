// A deadline and a renewal by earning a credential whose prerequisite outlasts the deadline: c2
// renews goal and requires c1 (4 weeks), and the deadline is week 2. The synthetic target's deadline
// holds c1 to week 2 too, so there the engine can only pay the renewals, and its search under that
// restriction proved no better than 104 out of pocket. A valid plan pays 103: c3, c4 and goal by week
// 2, then c1 and c2 after the target (the sponsor pays c4 and c2), c2 renewing goal once. The
// restricted search's bound is no bound on the real query: the plan must give the relaxation's
// bound instead. The case is fast-check's counterexample from frontier-keep.property.test.ts (CI,
// seed -114248391).
import { expect, it } from 'vitest';
import { parseCatalog } from '@pathwise/core';
import { createPlanner, validatePlan, type PlanQuery } from '../../index.js';
import { renewalsOptimum } from '../../__tests__/support/renewals-oracle.js';
import { course } from '../../__tests__/support/course.js';

const catalog = parseCatalog({
  format: 'pathwise.catalog/v2',
  providers: [
    { id: 'p0', name: 'Provider 0' },
    { id: 'p1', name: 'Provider 1' },
  ],
  credentials: [
    { ...course('c0', 298, 0), provider: 'p0', validityMonths: 29 },
    { ...course('c1', 50, 4), provider: 'p1' },
    { ...course('c2', 107, 1, { requires: 'c1' }), provider: 'p0' },
    { ...course('c3', 1, 0), provider: 'p1', validityMonths: 9 },
    { ...course('c4', 330, 2, { requires: { any: ['c0', 'c2', 'c3', 'c1'] } }), provider: 'p0' },
    course('route-0', 186, 3),
    course('route-1', 117, 1, { requires: 'c3' }),
    course('route-2', 215, 1, { requires: 'c0' }),
    {
      ...course('goal', 0, 0, { requires: { any: ['c4', 'route-0', 'route-1', 'route-2'] } }),
      kind: 'certification' as const,
      validityMonths: 12,
      renewal: { cost: 52, by: ['c2'] },
    },
  ],
});

it('under a deadline, a bound proven on the restricted synthetic query is not given as the bound', () => {
  const planner = createPlanner(catalog);
  const query = {
    target: 'goal',
    have: [],
    asOf: '2026-06-01',
    keepFor: 30,
    sponsor: { amount: 437, providers: ['p0'] },
    maxWeeks: 2,
  } satisfies PlanQuery;
  const p = planner.plan(query);
  expect(validatePlan(planner.index, query, p)).toEqual([]);
  const oracle = renewalsOptimum(catalog, query);
  expect(oracle?.outOfPocket).toEqual({ outOfPocket: 103, total: 540 });
  expect(p.optimal).toBe(false);
  expect(p.outOfPocket).toBeGreaterThanOrEqual(103);
  expect(p.bound).toBeLessThanOrEqual(103);
});

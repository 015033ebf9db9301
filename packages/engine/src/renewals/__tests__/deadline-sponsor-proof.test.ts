// A deadline, a sponsor and a renewal by earning: the synthetic target's deadline also holds the
// `by` credential's prerequisite (c4, 2 weeks) to week 0, so by week 0 the engine can only renew by
// paying (54 in all). A valid plan pays 53: route-0 and goal at week 0, then c4 and route-1 after
// the target, route-1 renewing goal once. Both cost the learner nothing (the sponsor pays 54), so the
// split bound proves the share and not the total: the plan must not say it is optimal. The case is
// fast-check's counterexample from frontier-keep.property.test.ts (CI, seed 1010058506).
import { expect, it } from 'vitest';
import { parseCatalog } from '@pathwise/core';
import { createPlanner, validatePlan, type PlanQuery } from '../../index.js';
import { renewalsOptimum } from '../../__tests__/support/renewals-oracle.js';
import { course } from '../../__tests__/support/course.js';

const catalog = parseCatalog({
  format: 'pathwise.catalog/v2',
  providers: [{ id: 'p0', name: 'Provider 0' }],
  credentials: [
    course('c0', 360, 0),
    course('c1', 492, 2),
    course('c2', 487, 4, { requires: { all: ['c0', 'c1'] } }),
    course('c4', 1, 2, { requires: 'c0' }),
    course('route-0', 21, 0, { requires: 'c1' }),
    course('route-1', 13, 3, { requires: 'c4', effortHours: 14, pace: 'fixed' }),
    {
      ...course('goal', 3, 0, { requires: { any: ['c4', 'route-0', 'route-1'] } }),
      kind: 'certification' as const,
      validityMonths: 12,
      renewal: { cost: 15, by: ['route-1'] },
    },
  ],
});

it('under a sponsor, a deadline plan whose total the relaxation beats is not proven', () => {
  const planner = createPlanner(catalog);
  const query = {
    target: 'goal',
    have: [{ id: 'c2' }, { id: 'c1' }],
    asOf: '2026-06-01',
    keepFor: 30,
    sponsor: { amount: 54 },
    maxWeeks: 0,
  } satisfies PlanQuery;
  const p = planner.plan(query);
  expect(validatePlan(planner.index, query, p)).toEqual([]);
  expect([p.outOfPocket, p.totalCost, p.totalWeeks]).toEqual([0, 54, 0]);
  const oracle = renewalsOptimum(catalog, query);
  expect(oracle?.outOfPocket).toEqual({ outOfPocket: 0, total: 53 });
  expect(p.optimal).toBe(false);
  expect(p.bound).toBe(0); // the share is proven
  // Without the sponsor the total is the key and the same bound refuses the proof too.
  const { sponsor: _s, ...plain } = query;
  const q = planner.plan(plain);
  expect([q.totalCost, q.optimal]).toEqual([54, false]);
});

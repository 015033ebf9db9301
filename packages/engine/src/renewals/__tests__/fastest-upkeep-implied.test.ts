// fastest's upkeep holds fastest's steps, as steps: a step implies none of its prerequisites. Here
// the learner's c1 and c4 have lapsed; c2 (no validity) is implied by the old c4, so fastest earns
// c4 alone. Renewing c4 by earning c2 needs c1 again (cost 4): 28 + 4 + 31 + 32 = 95, more than
// paying twice (28 + 32 + 32 = 92). When the upkeep held the c4 step as an undated holding, that
// implied c1 for ever, and fastest answered 91 with a c2 step whose requirement is never met. The case
// is fast-check's counterexample from renewals.property.test.ts (CI, seed 2062522571).
import { expect, it } from 'vitest';
import { indexCatalog, parseCatalog } from '@pathwise/core';
import { createPlanner, validatePlan, type PlanQuery } from '../../index.js';
import { course } from '../../__tests__/support/course.js';

const catalog = parseCatalog({
  format: 'pathwise.catalog/v2',
  credentials: [
    course('c1', 4, 0, { validityMonths: 26 }),
    course('c2', 31, 2, { requires: 'c1' }),
    course('c4', 28, 4, { requires: 'c2', validityMonths: 12, renewal: { cost: 32, by: ['c2'] } }),
  ],
});

it('fastest with keepFor renews from what the learner holds and what its steps earn, no more', () => {
  const planner = createPlanner(catalog);
  const query: PlanQuery = {
    target: 'c4',
    have: [
      { id: 'c1', earnedOn: '2023-08-10' },
      { id: 'c4', earnedOn: '2023-12-25' },
    ],
    asOf: '2026-06-01',
    keepFor: 30,
    objective: 'fastest',
  };
  const plan = planner.plan(query);
  expect(validatePlan(indexCatalog(catalog), query, plan)).toEqual([]);
  expect(plan.steps.map((s) => s.credential)).toEqual(['c4']);
  expect(plan.totalWeeks).toBe(4);
  expect(plan.totalCost).toBe(92);
  expect(plan.renewals?.map((r) => r.cost)).toEqual([32, 32]);
  // The same upkeep as cheapest's, which plans it as one plan.
  expect(planner.plan({ ...query, objective: 'cheapest' }).totalCost).toBe(92);
});

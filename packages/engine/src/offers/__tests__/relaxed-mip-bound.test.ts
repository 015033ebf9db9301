// The portfolio's relaxed programme under weekly hours (offers/mip-proof.ts mipBound) on the example
// catalog's Purdue BSIT learner: the plan makes up its credits with Google and IBM certificates through
// the Coursera subscription ($49 a month): 837 hours of courses, at 10 hours a week 19.3 months.
// The engine's own bounds bill fractional months (the plan is $33.55 above them); the relaxed
// programme sees whole courses and whole months (20, or 19 and one course bought outside: $980
// either way), which proves the plan, cheapest and fastest's tie on cost alike.
import { beforeAll, describe, expect, it } from 'vitest';
import { indexCatalog } from '@pathwise/core';
import {
  createPlanner,
  loadHighsSolver,
  validatePlan,
  type MipSolver,
  type PlanQuery,
} from '../../index.js';
import { exampleCatalog } from '../../__tests__/support/example-catalog.js';

const example = exampleCatalog();

let highs: MipSolver;
beforeAll(async () => {
  highs = await loadHighsSolver();
});

const purdue = {
  target: 'purdue-global-bsit',
  have: [
    { id: 'google-its-cert', earnedOn: '2024-08-30' },
    { id: 'google-da-cert', earnedOn: '2025-04-12' },
    { id: 'nova-itn-101', earnedOn: '2023-12-15' },
    { id: 'nova-itn-260', earnedOn: '2024-05-10' },
  ],
  asOf: '2026-11-22',
};

describe('the relaxed programme under weekly hours', () => {
  it('proves the Purdue BSIT plans the engine alone leaves open', () => {
    const withSolver = createPlanner(example, { mip: highs });
    const alone = createPlanner(example);
    for (const weeklyHours of [5, 10])
      for (const objective of ['cheapest', 'fastest'] as const) {
        const query: PlanQuery = { ...purdue, objective, weeklyHours };
        const plan = withSolver.plan(query);
        expect(validatePlan(indexCatalog(example), query, plan)).toEqual([]);
        expect(plan.optimal).toBe(true);
        // The solver adds a bound only: the plan is the engine's own.
        expect(plan.totalCost).toBeCloseTo(alone.plan(query).totalCost, 9);
      }
    const plan = withSolver.plan({ ...purdue, objective: 'cheapest', weeklyHours: 10 });
    expect(plan.totalCost).toBeCloseTo(3 * 8347.5 + 20 * 49, 9);
  });
});

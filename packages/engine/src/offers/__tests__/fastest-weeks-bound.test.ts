// fastest with offers under weekly hours keeps its proven weeks as the bound when only the tie on
// cost is left open: the example catalog's PMP learner (a 17-week plan, proven in weeks, whose least
// cost by week 17 under the budget is not proven) said bound 0 before.
import { describe, expect, it } from 'vitest';
import { indexCatalog } from '@pathwise/core';
import { createPlanner, validatePlan, type PlanQuery } from '../../index.js';
import { exampleCatalog } from '../../__tests__/support/example-catalog.js';

const example = exampleCatalog();

describe('fastest with offers under weekly hours', () => {
  it('reports the proven weeks as its bound when the cost tie is not proven', () => {
    const planner = createPlanner(example);
    for (const weeklyHours of [10, 20]) {
      const query: PlanQuery = {
        target: 'pmi-pmp',
        have: [
          { id: 'generic-bachelors-degree' },
          { id: 'work-pm-experience-36-months', earnedOn: '2025-09-01' },
        ],
        asOf: '2026-11-22',
        objective: 'fastest',
        weeklyHours,
      };
      const plan = planner.plan(query);
      expect(validatePlan(indexCatalog(example), query, plan)).toEqual([]);
      expect(plan.feasible).toBe(true);
      // Optimal, or not proven only in cost: the weeks stay proven.
      expect(plan.optimal || plan.bound === plan.totalWeeks).toBe(true);
    }
  });
});

// Fastest plans on larger random catalogs: always valid (every chosen step schedulable after the
// tie-break pruning), at exactly the recursion's week, and never dearer than the plain argmin choice.
import { describe, expect, it } from 'vitest';
import { activeHoldings, indexCatalog } from '@pathwise/core';
import { createPlanner } from '../../plan/create-planner.js';
import { validatePlan } from '../../validate/validate-plan.js';
import { randomCatalog, randomHoldings } from '@pathwise/test-support';
import { recursionFastest } from '../../cheapest/__tests__/brute-force.js';
import { makeCatalog } from '../../compile/__tests__/make-catalog.js';

const asOf = '2026-06-01';

describe('fastest on larger random catalogs', () => {
  it('gives valid plans at the optimum week for many targets', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const catalog = randomCatalog(seed * 7919, 120);
      const have = randomHoldings(seed, catalog);
      const index = indexCatalog(catalog);
      const { held } = activeHoldings(index, have, asOf);
      const planner = createPlanner(catalog);
      for (let t = 60; t < 120; t += 3) {
        const query = { target: `c${t}`, have, asOf, objective: 'fastest' as const };
        const plan = planner.plan(query);
        expect(validatePlan(index, query, plan)).toEqual([]);
        expect(plan.totalWeeks).toBe(recursionFastest(catalog, held, query.target));
      }
    }
  });
});

describe('fastest tie-break', () => {
  it('drops steps made redundant by a tighter deadline without stranding a step', () => {
    // s is expanded first for A (loose deadline: cheap slow z <- p), then again for B (tight: w).
    // Pruning p alone would leave z (free) in the plan with its requirement unmet.
    const catalog = makeCatalog(
      ['p', 50, 5],
      ['z', 0, 0, 'p'],
      ['w', 100, 1],
      ['s', 1, 1, { any: ['z', 'w'] }],
      ['A', 1, 1, 's'],
      ['B', 1, 10, 's'],
      ['t', 0, 0, { all: ['B', 'A'] }],
    );
    const planner = createPlanner(catalog);
    const query = { target: 't', asOf, objective: 'fastest' as const };
    const plan = planner.plan(query);
    expect(plan.totalWeeks).toBe(12);
    expect(validatePlan(planner.index, query, plan)).toEqual([]);
    expect(plan.steps.map((x) => x.credential).sort()).toEqual(['A', 'B', 's', 't', 'w']);
    expect(plan.totalCost).toBe(103);
  });
});

describe('fastest on OR cones (chain DP)', () => {
  it('takes the cheaper of equally fast chains, and the faster over a cheaper slower one', () => {
    const catalog = makeCatalog(
      ['x1', 50, 2],
      ['x2', 5, 2],
      ['slow', 1, 9],
      ['a', 10, 1, { any: ['x1', { any: ['x2', 'slow'] }] }],
      ['b', 100, 3],
      ['t', 1, 1, { any: ['a', 'b'] }],
    );
    const planner = createPlanner(catalog);
    const query = { target: 't', asOf, objective: 'fastest' as const };
    const plan = planner.plan(query);
    expect(plan.totalWeeks).toBe(4);
    expect(plan.steps.map((s) => s.credential)).toEqual(['x2', 'a', 't']);
    expect(plan.totalCost).toBe(16);
    expect(validatePlan(planner.index, query, plan)).toEqual([]);
  });
  it('stops a chain at a held credential', () => {
    const planner = createPlanner(
      makeCatalog(['r', 9, 4], ['m', 3, 2, 'r'], ['t', 1, 1, { any: ['m'] }]),
    );
    const plan = planner.plan({ target: 't', asOf, objective: 'fastest', have: [{ id: 'r' }] });
    expect(plan.steps.map((s) => [s.credential, s.startWeek])).toEqual([
      ['m', 0],
      ['t', 2],
    ]);
  });
});

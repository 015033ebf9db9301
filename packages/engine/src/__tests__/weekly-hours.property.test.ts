// Property tests of planning under a weekly-hours budget on random catalogs with random effortHours:
// every plan is valid under the budget (validatePlan and the independent checker); cheapest keeps
// the unconstrained HiGHS optimum's cost (the budget only moves steps); fastest finishes no earlier
// than the unconstrained fastest week nor the stretched-duration fastest week (the exact recursion
// on a catalog whose durations are max(d, e/H)), and a plan that is not optimal carries a bound
// between those and its week. 240 random cases per run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexCatalog, type Catalog } from '@pathwise/core';
import { createPlanner, validatePlan } from '../index.js';
import { planViolations } from './support/check-plan.js';
import { highsCheapest } from './support/highs-oracle.js';
import { fastestWeeks } from './support/fastest-recursion.js';
import { randomCase } from './support/random-catalog.js';

/** A random case, each credential given an effort of 0..40 hours (0: none), and a budget of 1..20 h. */
const hoursCase = randomCase(4, 24).chain((c) =>
  fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: 40 }), {
        minLength: c.catalog.credentials.length,
        maxLength: c.catalog.credentials.length,
      }),
      fc.integer({ min: 1, max: 20 }),
    )
    .map(([efforts, hours]) => {
      const catalog: Catalog = {
        ...c.catalog,
        credentials: c.catalog.credentials.map((x, i) =>
          efforts[i]! > 0 ? { ...x, effortHours: efforts[i]! } : x,
        ),
      };
      return { ...c, catalog, hours };
    }),
);

/** The catalog with every duration stretched as the budget stretches it (d, e > 0: max(d, e/H)). */
function stretched(catalog: Catalog, hours: number): Catalog {
  return {
    ...catalog,
    credentials: catalog.credentials.map((x) =>
      x.durationWeeks > 0 && (x.effortHours ?? 0) > 0
        ? { ...x, durationWeeks: Math.max(x.durationWeeks, x.effortHours! / hours) }
        : x,
    ),
  };
}

describe('weekly-hours planning on random catalogs', () => {
  it('cheapest: valid under the budget, cost equal to the unconstrained HiGHS optimum', async () => {
    await fc.assert(
      fc.asyncProperty(hoursCase, async (c) => {
        const query = {
          target: c.target,
          have: c.have,
          asOf: c.asOf,
          objective: 'cheapest' as const,
          weeklyHours: c.hours,
        };
        const plan = createPlanner(c.catalog).plan(query);
        expect(validatePlan(indexCatalog(c.catalog), query, plan)).toEqual([]);
        expect(planViolations(c.catalog, query, plan)).toEqual([]);
        expect(plan.optimal).toBe(true);
        expect(plan.totalCost).toBeCloseTo((await highsCheapest(c.catalog, c)).totalCost, 6);
      }),
      { numRuns: 120 },
    );
  });

  it('fastest: valid under the budget, never below the proven bounds, bound honest', () => {
    fc.assert(
      fc.property(hoursCase, (c) => {
        const query = {
          target: c.target,
          have: c.have,
          asOf: c.asOf,
          objective: 'fastest' as const,
          weeklyHours: c.hours,
        };
        const plan = createPlanner(c.catalog).plan(query);
        expect(validatePlan(indexCatalog(c.catalog), query, plan)).toEqual([]);
        expect(planViolations(c.catalog, query, plan)).toEqual([]);
        const free = fastestWeeks(c.catalog, c);
        const stretchedWeeks = fastestWeeks(stretched(c.catalog, c.hours), c);
        const tol = 1e-9 * Math.max(1, plan.totalWeeks);
        expect(plan.totalWeeks).toBeGreaterThanOrEqual(free - tol);
        expect(plan.totalWeeks).toBeGreaterThanOrEqual(stretchedWeeks - tol);
        if (!plan.optimal) {
          expect(plan.bound).toBeDefined();
          expect(plan.bound!).toBeLessThan(plan.totalWeeks);
          expect(plan.bound!).toBeGreaterThanOrEqual(Math.max(free, stretchedWeeks) - tol);
        }
      }),
      { numRuns: 120 },
    );
  });
});

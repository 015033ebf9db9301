// Cheapest and fastest against independent exhaustive oracles on random small catalogs, plus plan validity.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activeHoldings, indexCatalog } from '@pathwise/core';
import { createPlanner } from '../../plan/create-planner.js';
import { validatePlan } from '../../validate/validate-plan.js';
import { randomCatalog, randomHoldings } from '@pathwise/test-support';
import { bruteCheapest, recursionFastest } from './brute-force.js';

const asOf = '2026-06-01';

describe('cheapest is exact on random catalogs (exhaustive oracle)', () => {
  it('matches the least-cost satisfying set and returns valid plans', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 3, max: 15 }),
        (seed, size) => {
          const catalog = randomCatalog(seed, size);
          const have = randomHoldings(seed, catalog);
          const index = indexCatalog(catalog);
          const { held } = activeHoldings(index, have, asOf);
          const planner = createPlanner(catalog);
          for (const target of [`c${size - 1}`, `c${Math.floor(size / 2)}`]) {
            const query = { target, have, asOf, objective: 'cheapest' as const };
            const plan = planner.plan(query);
            expect(validatePlan(index, query, plan)).toEqual([]);
            expect(plan.optimal).toBe(true);
            expect(plan.totalCost).toBe(bruteCheapest(catalog, held, target));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('fastest is exact on random catalogs (min/max recursion)', () => {
  it('matches the recursion and returns valid plans', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 3, max: 40 }),
        (seed, size) => {
          const catalog = randomCatalog(seed, size);
          const have = randomHoldings(seed, catalog);
          const index = indexCatalog(catalog);
          const { held } = activeHoldings(index, have, asOf);
          const planner = createPlanner(catalog);
          const target = `c${size - 1}`;
          const query = { target, have, asOf, objective: 'fastest' as const };
          const plan = planner.plan(query);
          expect(validatePlan(index, query, plan)).toEqual([]);
          expect(plan.totalWeeks).toBe(recursionFastest(catalog, held, target));
        },
      ),
      { numRuns: 300 },
    );
  });
});

// The portfolio under a weekly-hours budget (offers/mip-proof.ts mipBound): a planner given HiGHS,
// whose relaxed programme bounds cheapest with offers under H, on the random tiny catalogs of
// support/hours-offers-case.ts, against the exhaustive oracle of support/offers-oracle.ts (no code
// shared with the engine, HiGHS's programme included: the oracle enumerates). Every plan is valid and
// cost-optimal where it says so, cheapest alone, by a deadline, under a cost budget, and fastest's tie
// on cost; a plan the engine proves alone stays proven; the plans the solver's bound proves are
// counted, and some must be. 300 + 200 cases per run.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MipSolver, PlanQuery } from '../index.js';
import { createPlanner, loadHighsSolver } from '../index.js';
import { expectExact } from './support/expect-offers.js';
import { hoursOffersCase, periodic, subscriptionCase } from './support/hours-offers-case.js';
import { GRID } from './support/month-grid.js';

let highs: MipSolver;
beforeAll(async () => {
  highs = await loadHighsSolver();
});

/** Plans proven by the engine alone, with the solver, and by the solver's bound only. */
interface Tally {
  plans: number;
  alone: number;
  portfolio: number;
}

describe('the portfolio under weekly hours: the relaxed programme bounds cheapest', () => {
  it('stays exact by the exhaustive oracle, and proves plans the engine alone cannot', () => {
    const tally: Tally = { plans: 0, alone: 0, portfolio: 0 };
    fc.assert(
      fc.property(
        fc.oneof(hoursOffersCase(), subscriptionCase()),
        fc.constantFrom<'cheapest' | 'fastest'>('cheapest', 'cheapest', 'fastest'),
        fc.option(fc.integer({ min: 0, max: 24 }), { nil: undefined }),
        ({ c, weeklyHours }, objective, maxWeeks) => {
          const query = {
            target: c.target,
            have: c.have,
            asOf: c.asOf,
            weeklyHours,
            ...(objective === 'cheapest' && maxWeeks !== undefined ? { maxWeeks } : {}),
          };
          const asked: PlanQuery = { ...query, objective };
          const alone = createPlanner(c.catalog).plan(asked);
          const plan = createPlanner(c.catalog, { mip: highs }).plan(asked);
          expectExact(c.catalog, { ...query, gridWeeks: GRID }, plan, objective);
          // The solver only adds a bound: what the engine proves alone stays proven, at its cost.
          if (alone.optimal) {
            expect(plan.optimal).toBe(true);
            expect(plan.totalCost).toBeCloseTo(alone.totalCost, 9);
          }
          if (!plan.feasible || !periodic(c.catalog)) return;
          tally.plans++;
          tally.alone += +alone.optimal;
          tally.portfolio += +plan.optimal;
        },
      ),
      { numRuns: 500 },
    );
    console.info(
      `weekly hours, periodic offers: ${tally.alone} of ${tally.plans} plans proven by the ` +
        `engine alone, ${tally.portfolio} with the solver's relaxed bound`,
    );
    expect(tally.portfolio).toBeGreaterThan(tally.alone);
  });
});

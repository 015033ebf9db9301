// The periods bound (rent-bound.ts `periodsBound`): rent counts fractions of a period, a plan pays
// whole ones. Four one-month courses at $60 (months of 4 grids of 13/12 weeks), any three of which
// make a certificate; a target ($100) accepts it or a $400 exam; a $49 monthly subscription pays the
// courses. Each course loads half of a 10-hour week, so two run side by side: three take 1.5 months
// of the learner's hours. Two months of the subscription pay all three: 100 + 98 = 198. One month
// pays two of them, the third at its own cost: 100 + 49 + 60 = 209.
// - The periodic bound lets the subscription pay for one period (no course is in every plan): 149.
// - Rent charges each course 49 × 21.7 h / 43.3 h = $24.5: 100 + 73.5 = 173.5.
// - By periods: one month holds at most 43.3 hours, so at twice the rent ($49 a course, a step cost
//   of 247 less 98) a one-month plan costs at least 49 + 149 = 198; two months or more, at least
//   100 + 98 with the subscription paying freely. Proven at 198; the exhaustive oracle agrees.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { createPlanner } from '../../index.js';
import { periodsBound } from '../rent-bound.js';
import type { CompiledOffer } from '../offer-table.js';
import { expectExact } from '../../__tests__/support/expect-offers.js';
import { subscriptionRoute } from '../../__tests__/support/subscription-route.js';
import { GRID } from '../../__tests__/support/month-grid.js';

const HOURS = 10;

/** Four courses, any three of which make the certificate, each loading half of the learner's week. */
const threeOfFour = (): Catalog =>
  subscriptionRoute(60, (HOURS / 2) * 4 * GRID, [], { courses: 4, needs: 3 });

describe('periods bound', () => {
  const monthly: CompiledOffer = {
    id: 'monthly',
    provider: undefined,
    price: 49,
    periodWeeks: 52 / 12,
    prices: new Map([[0, 0]]),
    requires: undefined,
  };
  const s = { offers: [monthly], fixed: 49 };

  it('takes the least over the periods billed of the best multiple of the rent', () => {
    // This file's catalog: V(0) = 100, V(1) = 173.5, V(2) = 247 (each course at $49), V(4) = 280.
    const runs = [
      { scale: 0, least: 100 },
      { scale: 1, least: 173.5 },
      { scale: 2, least: 247 },
      { scale: 4, least: 280 },
    ];
    // k = 1: 49 + max(100, 173.5 - 49, 247 - 98, 280 - 196) = 198; k = 2: 98 + 100 = 198.
    expect(periodsBound(s, monthly, runs)).toBe(198);
    // Without the steeper runs, the rent bound.
    expect(periodsBound(s, monthly, runs.slice(0, 2))).toBe(173.5);
  });

  it('is the rent bound where no run has the offer paying freely', () => {
    expect(periodsBound(s, monthly, [{ scale: 1, least: 173.5 }])).toBe(173.5);
  });

  it('proves two months of the subscription cheapest, as the oracle finds', () => {
    const catalog = threeOfFour();
    const query = { target: 't', have: [], asOf: '2026-06-01', weeklyHours: HOURS };
    const plan = createPlanner(catalog).plan({ ...query, objective: 'cheapest' });
    expect(plan.totalCost).toBe(198);
    expect(plan.offers?.map((o) => [o.offer, o.periods])).toEqual([['monthly', 2]]);
    expect(plan.optimal).toBe(true);
    expect(expectExact(catalog, { ...query, gridWeeks: 4 * GRID }, plan, 'cheapest')).toBe(true);
  });
});

// The rent bound (rent-bound.ts): which choices of renting offers a set tries, what a run's bound
// gives, and a plan it proves. The plan: three courses of 4 grids (13/12 weeks a grid: one month) at
// $30 each, each loading 5 hours a week, toward a certificate that a target accepts beside a $400
// exam; a $49 monthly subscription pays the courses. At 5 hours a week they run one after another,
// 3 months of the subscription ($147) against $90 at their own cost, so the cheapest plan costs
// 90 + 100. The periodic bound cannot see that: no course is mandatory (the exam is a way round), so
// it lets the subscription pay them all for one period (bound 149). With rent, each course costs
// 0 + 49 × 21.7 / (5 × 52/12) = $49 under the subscription, more than its own $30: bound 190,
// proven. The exhaustive oracle (shares no code with the engine) confirms the optimum.
import { describe, expect, it } from 'vitest';
import { createPlanner } from '../../index.js';
import { rentBound, rentChoices } from '../rent-bound.js';
import type { CompiledOffer } from '../offer-table.js';
import { expectExact } from '../../__tests__/support/expect-offers.js';
import { subscriptionRoute } from '../../__tests__/support/subscription-route.js';
import { GRID } from '../../__tests__/support/month-grid.js';

const offer = (id: string, price: number, periodWeeks?: number): CompiledOffer => ({
  id,
  provider: undefined,
  price,
  periodWeeks,
  prices: new Map([[0, 0]]),
  requires: undefined,
});

describe('rent choices and bounds', () => {
  const bundle = offer('bundle', 300);
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => offer(id, 10, 52 / 12)) as [
    CompiledOffer,
    CompiledOffer,
    CompiledOffer,
    CompiledOffer,
  ];

  it('tries every non-empty choice of up to three periodic offers, one offer first', () => {
    const choices = rentChoices({ offers: [bundle, a, b], fixed: 320 });
    expect(choices.map((x) => x.map((o) => o.id).join('+'))).toEqual(['a', 'b', 'a+b']);
    expect(rentChoices({ offers: [a, b, c], fixed: 30 })).toHaveLength(7);
    expect(rentChoices({ offers: [bundle], fixed: 300 })).toEqual([]);
    const free = offer('free', 0, 52 / 12);
    expect(rentChoices({ offers: [free, a], fixed: 10 })).toEqual([[a]]);
  });

  it('past three periodic offers, each alone and all together', () => {
    const choices = rentChoices({ offers: [a, b, c, d], fixed: 40 });
    expect(choices.map((x) => x.map((o) => o.id).join('+'))).toEqual([
      'a',
      'b',
      'c',
      'd',
      'a+b+c+d',
    ]);
  });

  it('takes the renting offers out of the fixed price and adds the run', () => {
    const s = { offers: [bundle, a, b], fixed: 320 };
    expect(rentBound(s, [a], 95)).toBe(320 - 10 + 95);
    expect(rentBound(s, [a, b], 95)).toBe(320 - 20 + 95);
    expect(rentBound(s, [a], Infinity)).toBe(Infinity);
  });
});

describe('a subscription that pays for hours it cannot hold', () => {
  const catalog = subscriptionRoute(30, 5 * 4 * GRID);
  const query = { target: 't', have: [], asOf: '2026-06-01', weeklyHours: 5 };

  it('is proven cheapest at 190 under 5 hours a week, as the oracle finds', () => {
    const plan = createPlanner(catalog).plan({ ...query, objective: 'cheapest' });
    expect(plan.feasible).toBe(true);
    expect(plan.optimal).toBe(true);
    expect(plan.totalCost).toBe(190);
    expect(plan.offers).toEqual([]);
    expect(expectExact(catalog, { ...query, gridWeeks: GRID }, plan, 'cheapest')).toBe(true);
  });

  it('takes the subscription at 15 hours a week, the courses side by side for one month', () => {
    const plan = createPlanner(catalog).plan({ ...query, weeklyHours: 15, objective: 'cheapest' });
    expect(plan.optimal).toBe(true);
    expect(plan.totalCost).toBe(49 + 100);
    expect(
      expectExact(catalog, { ...query, weeklyHours: 15, gridWeeks: GRID }, plan, 'cheapest'),
    ).toBe(true);
  });
});

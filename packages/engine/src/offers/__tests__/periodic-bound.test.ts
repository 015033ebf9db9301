// The periodic bound (periodic-bound.ts) on hand-worked cases: the Google Data Analytics certificate's
// eight 33-hour courses at $49, or a month of the $49 subscription, at 10, 20 and 40 hours a week (the
// examples README: 343 and 196 USD), a course longer than a month, a one-off offer beside it, and
// credentials outside the mandatory set.
import { describe, expect, it } from 'vitest';
import { periodicBound, type PeriodicBoundInput } from '../periodic-bound.js';
import type { CompiledOffer } from '../offer-table.js';

const MONTH = 52 / 12;
const courses = [0, 1, 2, 3, 4, 5, 6, 7];
const target = 8;
const subscription: CompiledOffer = {
  id: 'monthly',
  provider: undefined,
  price: 49,
  periodWeeks: MONTH,
  prices: new Map(courses.map((c) => [c, 0] as const)),
  requires: undefined,
};

function gda(
  hours: number,
  taken: CompiledOffer[] = [subscription],
  weeks = [...courses.map(() => 4), 0],
): PeriodicBoundInput {
  return {
    taken,
    fixed: taken.reduce((s, o) => s + o.price, 0),
    least: 0,
    mandatory: [...courses, target],
    own: [...courses.map(() => 49), 0],
    effort: [...courses.map(() => 33), 0],
    duration: weeks,
    hours,
  };
}

describe('periodicBound', () => {
  it('meets the Google Data Analytics plans: 343 USD at 10 h/week, 196 at 20, 98 at 40', () => {
    expect(periodicBound(gda(10))).toBeCloseTo(343, 9);
    expect(periodicBound(gda(20))).toBeCloseTo(196, 9);
    expect(periodicBound(gda(40))).toBeCloseTo(98, 9);
  });

  it('is the fixed price plus least step cost without an hours budget, when each course fits a month', () => {
    expect(periodicBound(gda(Infinity))).toBe(49);
  });

  it('bills the months a course outlasting one must span, with or without an hours budget', () => {
    // A 10-week course needs 3 months of the subscription: 49 + 49 at its own price beats 147.
    const weeks = [10, ...courses.slice(1).map(() => 4), 0];
    expect(periodicBound(gda(Infinity, [subscription], weeks))).toBe(98);
    // A 14-week one: 4 months (196) against 98, the same.
    expect(periodicBound(gda(Infinity, [subscription], [14, ...weeks.slice(1)]))).toBe(98);
    // The course costing 300 on its own: 3 months (147) beats 49 + 300.
    const dear = {
      ...gda(Infinity, [subscription], weeks),
      own: [300, ...courses.slice(1).map(() => 49), 0],
    };
    expect(periodicBound(dear)).toBe(147);
    // At 40 h/week (264 hours: 2 months by effort alone), the 10-week course still needs 3.
    expect(periodicBound({ ...dear, hours: 40 })).toBeCloseTo(147, 9);
  });

  it('lets a one-off offer in the set lower the price of what the subscription does not pay', () => {
    const voucher: CompiledOffer = {
      ...subscription,
      id: 'voucher',
      price: 10,
      periodWeeks: undefined,
      prices: new Map(courses.map((c) => [c, 20] as const)),
    };
    // At 10 h/week, k months pay k courses of 8 (k = 1..3) or more: min over k of 49k + 20(8 − c(k)) + 10.
    const c = (k: number): number => Math.min(8, Math.floor((10 * k * MONTH + 1e-9) / 33));
    const expected =
      Math.min(...[1, 2, 3, 4, 5, 6, 7, 8].map((k) => 49 * k + 20 * (8 - c(k)))) + 10;
    expect(periodicBound(gda(10, [subscription, voucher]))).toBeCloseTo(expected, 9);
  });

  it('takes the saving of credentials outside the mandatory set as free (the priced least cost)', () => {
    const input = { ...gda(10), mandatory: [target], least: 0 };
    expect(periodicBound(input)).toBe(49);
  });
});

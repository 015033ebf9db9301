// The payback arithmetic (roi/payback-months.ts) on figures worked by hand, and the query check of
// currentAnnualEarnings.
import { describe, expect, it } from 'vitest';
import { paybackMonths } from '../payback-months.js';
import { checkPlanQuery } from '../../query/check-query.js';
import { InvalidQueryError } from '../../query/query-errors.js';

describe('paybackMonths', () => {
  it('divides the cost by the monthly uplift', () => {
    // 12,000 a year more is 1,000 a month: 1,500 takes a month and a half.
    expect(paybackMonths(1500, 62_000, 50_000)).toBe(1.5);
    // 6,000 a year more is 500 a month: 405 takes 0.81 months.
    expect(paybackMonths(405, 56_000, 50_000)).toBeCloseTo(0.81, 12);
    // From no earnings at all, the whole median is the uplift.
    expect(paybackMonths(2400, 48_000, 0)).toBe(0.6);
  });

  it('is 0 for a plan that costs nothing, when there is an uplift', () => {
    expect(paybackMonths(0, 60_000, 50_000)).toBe(0);
  });

  it('is absent when the median is not above current earnings', () => {
    expect(paybackMonths(1500, 50_000, 50_000)).toBeUndefined();
    expect(paybackMonths(1500, 40_000, 50_000)).toBeUndefined();
    expect(paybackMonths(0, 40_000, 50_000)).toBeUndefined();
  });
});

describe('currentAnnualEarnings in a query', () => {
  it('is taken when a finite number >= 0', () => {
    expect(checkPlanQuery({ target: 'a', currentAnnualEarnings: 0 }).currentAnnualEarnings).toBe(0);
    expect(checkPlanQuery({ target: 'a', currentAnnualEarnings: 41_250.5 })).toBeTruthy();
  });

  it.each([-1, Number.POSITIVE_INFINITY, Number.NaN, '50000', null])(
    'refuses %s with its path',
    (value) => {
      let thrown: unknown;
      try {
        checkPlanQuery({ target: 'a', currentAnnualEarnings: value });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidQueryError);
      const faults = (thrown as InvalidQueryError).faults;
      expect(faults.map((f) => f.path)).toEqual(['currentAnnualEarnings']);
    },
  );
});

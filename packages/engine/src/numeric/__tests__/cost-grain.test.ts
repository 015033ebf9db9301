// Rounding a lower bound up to the grain of the prices is sound only if no plan's cost lies between
// the bound and the rounded value: the grain must divide every price, and the rounding must go to
// the least multiple at or above the bound (float noise within the tolerance aside).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { costGrain, roundUpTo } from '../cost-grain.js';

const grainOf = (prices: number[]): number => costGrain(prices.length, (i) => prices[i]!);

describe('costGrain', () => {
  it('finds whole units, cents, or none', () => {
    expect(grainOf([0, 5, 1200])).toBe(1);
    expect(grainOf([])).toBe(1);
    expect(grainOf([19.99, 5, 0.1 + 0.2])).toBe(0.01);
    expect(grainOf([19.99, 1 / 3])).toBe(0);
    expect(grainOf([0.005])).toBe(0);
    expect(grainOf([5, Infinity])).toBe(0);
  });
});

describe('roundUpTo', () => {
  it('rounds up to the next multiple, and not past float noise', () => {
    expect(roundUpTo(5314.2, 1)).toBe(5315);
    expect(roundUpTo(5314 + 1e-12, 1)).toBe(5314);
    expect(roundUpTo(5315 - 1e-12, 1)).toBe(5315);
    expect(roundUpTo(12.341, 0.01)).toBeCloseTo(12.35, 9);
    expect(roundUpTo(7.5, 0)).toBe(7.5);
    expect(roundUpTo(Infinity, 1)).toBe(Infinity);
  });

  it('gives the least multiple of the grain at or above the bound (2,000 random bounds)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 0.01),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (grain, k, frac) => {
          const x = (k + frac) * grain;
          const r = roundUpTo(x, grain);
          const units = Math.round(r / grain);
          expect(Math.abs(r / grain - units)).toBeLessThan(1e-6); // a multiple
          expect(r).toBeGreaterThanOrEqual(x - 1e-9 * Math.max(1, x)); // at or above, up to noise
          expect(r - grain).toBeLessThan(x); // the least such
        },
      ),
      { numRuns: 2000 },
    );
  });
});

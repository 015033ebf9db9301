// The credits knapsack against exhaustive search, on the integer DP path and the branch-and-bound path.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minCostCover, minCoverValue } from '../knapsack-cover.js';

function brute(values: number[], credits: number[], need: number): number {
  let best = Infinity;
  for (let mask = 0; mask < 1 << values.length; mask++) {
    let v = 0;
    let q = 0;
    for (let i = 0; i < values.length; i++) {
      if (mask & (1 << i)) {
        v += values[i]!;
        q += credits[i]!;
      }
    }
    if (q >= need && v < best) best = v;
  }
  return best;
}

const item = (credit: fc.Arbitrary<number>) =>
  fc.record({ v: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(Infinity)), q: credit });

describe('minCostCover', () => {
  for (const [name, credit] of [
    ['integer credits (DP)', fc.integer({ min: 0, max: 6 })],
    ['fractional credits (branch and bound)', fc.double({ min: 0, max: 5, noNaN: true })],
  ] as const) {
    it(`is exact with ${name}, and its chosen items cover at that value`, () => {
      fc.assert(
        fc.property(
          fc.array(item(credit), { maxLength: 9 }),
          fc.double({ min: 0.5, max: 20, noNaN: true }),
          (items, need) => {
            const values = items.map((x) => x.v);
            const credits = items.map((x) => x.q);
            const cover = minCostCover(values, credits, need, true);
            const optimum = brute(values, credits, need);
            expect(cover.value).toBe(optimum);
            // The value-only cover runs on scratch kept across calls: the same value, and the chosen
            // list handed out before stays as it was.
            const chosen = [...cover.chosen];
            expect(minCoverValue(values, credits, need)).toBe(optimum);
            expect(minCoverValue(values.slice().reverse(), credits.slice().reverse(), need)).toBe(
              optimum,
            );
            expect(cover.chosen).toEqual(chosen);
            if (cover.value < Infinity) {
              expect(new Set(cover.chosen).size).toBe(cover.chosen.length);
              expect(cover.chosen.reduce((s, i) => s + credits[i]!, 0)).toBeGreaterThanOrEqual(
                need,
              );
              expect(cover.chosen.reduce((s, i) => s + values[i]!, 0)).toBe(cover.value);
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  }
  it('needs nothing for a met threshold and refuses an unreachable one', () => {
    expect(minCostCover([5], [1], 0)).toEqual({ value: 0, chosen: [] });
    expect(minCostCover([5, 6], [1, 1], 3).value).toBe(Infinity);
  });
  it('is not fooled by the best credit rate (credit-threshold case: 240)', () => {
    // m-a 100/2, m-b 120/3, m-c 200/4, m-d 20/1; need 6: m-a + m-b + m-d = 240.
    const cover = minCostCover([100, 120, 200, 20], [2, 3, 4, 1], 6, true);
    expect(cover.value).toBe(240);
    expect(cover.chosen.sort()).toEqual([0, 1, 3]);
  });
  it('searches a group of 20,000 fractional-credit items that must all be taken, without a stack overflow', () => {
    // Branch and bound goes one level deeper per item taken: as a recursion this overflowed the stack
    // (Node's default stack holds under 20,000 frames of it). Each level sums the fractional bound
    // over the items left, so this takes a few seconds.
    const m = 20_000;
    const values = Array.from({ length: m }, (_, i) => 1 + (i % 3));
    const credits = Array.from({ length: m }, () => 0.5);
    const cover = minCostCover(values, credits, m * 0.5 - 0.25, true);
    expect(cover.value).toBe(values.reduce((a, b) => a + b, 0));
    expect(new Set(cover.chosen).size).toBe(m);
  }, 120_000);
});

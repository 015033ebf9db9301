// The HiGHS programme with offers (support/highs-offers.ts, the offers bench's baseline) against a hand
// case and the exhaustive oracle of support/offers-oracle.ts on random tiny catalogs with one-off and periodic
// offers (some with `requires`), without the engine: the two independent optima must be equal, so a
// disagreement in the bench is the planner's. 150 cases per run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offersProgramme, solveOffers } from './support/highs-offers.js';
import { offersOptimum } from './support/offers-oracle.js';
import { offersCase } from './support/offers-case.js';
import { parseCatalog, type Credential } from '@pathwise/core';

const step = (id: string, cost: number, requires?: string): Credential => ({
  id,
  name: id,
  kind: 'course',
  cost,
  durationWeeks: 4,
  ...(requires === undefined ? {} : { requires }),
});
// A 13-week subscription covers a and d, 16 weeks apart at the least: two periods (20) beat one
// period and a paid step (110), and no schedule bills a single period for both.
const twoPeriods = parseCatalog({
  format: 'pathwise.catalog/v2',
  credentials: [step('a', 100), step('b', 0, 'a'), step('c', 0, 'b'), step('d', 100, 'c')],
  offers: [{ id: 'sub', name: 'sub', price: 10, periodMonths: 3, prices: { a: 0, d: 0 } }],
});

describe('HiGHS programme with offers', () => {
  it('bills a periodic offer for every period of its span', async () => {
    const query = { target: 'd', have: [], asOf: '2026-06-01' };
    expect(offersOptimum(twoPeriods, query)!.cheapest).toBe(20);
    expect(await solveOffers(offersProgramme(twoPeriods, query))).toBe(20);
  });

  it('has the exhaustive optimum on tiny catalogs (one-off and periodic offers)', async () => {
    let periodic = 0;
    await fc.assert(
      fc.asyncProperty(offersCase(), async (c) => {
        const query = { target: c.target, have: c.have, asOf: c.asOf };
        const programme = offersProgramme(c.catalog, query);
        if (programme?.periodic === true) periodic++;
        expect(await solveOffers(programme)).toBeCloseTo(
          offersOptimum(c.catalog, query)!.cheapest,
          6,
        );
      }),
      { numRuns: 150 },
    );
    // The periodic branch (big-M spans) must be exercised, not only the one-off one.
    expect(periodic).toBeGreaterThan(10);
  });
});

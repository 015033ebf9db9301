// The HiGHS programme with offers (support/highs-offers.ts, the offers bench's baseline) against the
// exhaustive oracle of support/offers-oracle.ts on random tiny catalogs with one-off and periodic
// offers (some with `requires`), without the engine: the two independent optima must be equal, so a
// disagreement in the bench is the planner's. 150 cases per run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offersProgramme, solveOffers } from './support/highs-offers.js';
import { offersOptimum } from './support/offers-oracle.js';
import { offersCase } from './support/offers-case.js';

describe('HiGHS programme with offers', () => {
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

// Property tests of sponsors (plan-v2 `sponsor`) against the exhaustive oracle of
// support/offers-oracle.ts, which reads the sponsor rule on its own: on random tiny catalogs with
// offers and a sponsor (everything, one provider, or some credentials eligible), every plan is valid
// with outOfPocket and sponsored by the rule, its outOfPocket is the least where it says optimal and
// within its bound where it does not; a sponsor never raises what the learner pays. 500 + 200 cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexCatalog } from '@pathwise/core';
import { createPlanner, validatePlan, type Sponsor } from '../index.js';
import { planViolations } from './support/check-plan.js';
import { offersOptimum } from './support/offers-oracle.js';
import { offersCase, type OffersCase } from './support/offers-case.js';

const sponsorArb = (c: OffersCase): fc.Arbitrary<Sponsor> =>
  fc
    .record({
      amount: fc.integer({ min: 0, max: 600 }),
      kind: fc.constantFrom('all', 'provider', 'credentials'),
      provider: fc.constantFrom('p0', 'p1'),
      credentials: fc.subarray(c.catalog.credentials.map((x) => x.id)),
    })
    .map((r) =>
      r.kind === 'all'
        ? { amount: r.amount }
        : r.kind === 'provider'
          ? { amount: r.amount, providers: [r.provider] }
          : { amount: r.amount, credentials: r.credentials },
    );

const withSponsor = offersCase().chain((c) => sponsorArb(c).map((sponsor) => ({ c, sponsor })));

describe('sponsors on random catalogs with offers', () => {
  it('minimises outOfPocket: valid plans, the oracle optimum where proven, within the bound where not', () => {
    let proven = 0;
    fc.assert(
      fc.property(withSponsor, ({ c, sponsor }) => {
        const query = { target: c.target, have: c.have, asOf: c.asOf, sponsor };
        const plan = createPlanner(c.catalog).plan({ ...query, objective: 'cheapest' });
        expect(
          validatePlan(indexCatalog(c.catalog), { ...query, objective: 'cheapest' }, plan),
        ).toEqual([]);
        expect(planViolations(c.catalog, { ...query, objective: 'cheapest' }, plan)).toEqual([]);
        const optimum = offersOptimum(c.catalog, query)!.outOfPocket;
        expect(plan.outOfPocket! + plan.sponsored!).toBeCloseTo(plan.totalCost, 9);
        if (plan.optimal) {
          proven++;
          expect(plan.outOfPocket).toBeCloseTo(optimum.outOfPocket, 9);
          expect(plan.totalCost).toBeCloseTo(optimum.total, 9);
        } else {
          expect(plan.bound!).toBeLessThanOrEqual(optimum.outOfPocket + 1e-9);
          expect(plan.outOfPocket!).toBeGreaterThanOrEqual(optimum.outOfPocket - 1e-9);
        }
      }),
      { numRuns: 500 },
    );
    // Reported, not asserted as a rate: the proof is exact where it claims, the rate is a figure.
    console.info(`sponsor: ${proven} of 500 plans proven optimal`);
  });

  it('never raises what the learner pays', () => {
    fc.assert(
      fc.property(withSponsor, ({ c, sponsor }) => {
        const query = { target: c.target, have: c.have, asOf: c.asOf };
        const planner = createPlanner(c.catalog);
        const without = planner.plan(query);
        const sponsored = planner.plan({ ...query, sponsor });
        expect(sponsored.outOfPocket!).toBeLessThanOrEqual(without.totalCost + 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});

// Property tests of upkeep (plan-v2 `keepFor`, catalog-v2 `renewal`) against the exhaustive oracle
// of support/renewals-oracle.ts: on random tiny catalogs whose target lapses and renews (by paying or
// by earning a `by` credential), with and without one-off offers and sponsors, every plan is valid
// (validatePlan and the independent checker), its cost (or out-of-pocket) is the optimum where it
// says optimal and within its bound where it does not; `keepFor: 0` is the plan without keepFor.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexCatalog, parseCatalog, type Catalog } from '@pathwise/core';
import { createPlanner, validatePlan, type PlanQuery, type Sponsor } from '../index.js';
import { planViolations } from './support/check-plan.js';
import { renewalsOptimum } from './support/renewals-oracle.js';
import { offersCase, type OffersCase } from './support/offers-case.js';

/** A case: the catalog with a renewable target, the horizon, maybe offers and a sponsor. */
const renewalCase = offersCase().chain((c) =>
  fc
    .record({
      validityMonths: fc.constantFrom(12, 24),
      cost: fc.integer({ min: 0, max: 300 }),
      effortHours: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
      by: fc.subarray(
        c.catalog.credentials.map((x) => x.id).filter((id) => id !== c.target),
        { maxLength: 2 },
      ),
      keepFor: fc.constantFrom(0, 6, 12, 30, 50, 75),
      offers: fc.boolean(),
      renewable: fc.integer({ min: 0, max: 9 }),
      sponsor: fc.option(
        fc.record({
          amount: fc.integer({ min: 0, max: 600 }),
          providers: fc.option(fc.constant<string[]>(['p0']), { nil: undefined }),
        }),
        { nil: undefined },
      ),
    })
    .map((r) => {
      const credentials = c.catalog.credentials.map((x) => {
        if (x.id !== c.target) return x;
        const t = { ...x, validityMonths: r.validityMonths };
        // One case in ten: a target that lapses and cannot be renewed.
        if (r.renewable === 0) return t;
        const renewal: NonNullable<typeof x.renewal> = { cost: r.cost };
        if (r.effortHours !== undefined) renewal.effortHours = r.effortHours;
        if (r.by.length > 0) renewal.by = r.by;
        return { ...t, renewal };
      });
      const oneOff = (c.catalog.offers ?? []).filter((o) => o.periodMonths === undefined);
      const catalog: Catalog = { ...c.catalog, credentials };
      if (r.offers && oneOff.length > 0) catalog.offers = oneOff;
      else delete catalog.offers;
      const sponsor: Sponsor | undefined =
        r.sponsor === undefined
          ? undefined
          : r.sponsor.providers === undefined
            ? { amount: r.sponsor.amount }
            : { amount: r.sponsor.amount, providers: r.sponsor.providers };
      return {
        c: { ...c, catalog: parseCatalog(catalog) } as OffersCase,
        keepFor: r.keepFor,
        sponsor,
      };
    }),
);

describe('renewals on random catalogs', () => {
  it('cheapest with keepFor: valid plans, the oracle optimum where proven, within the bound where not', () => {
    let proven = 0;
    let byRenewals = 0;
    fc.assert(
      fc.property(renewalCase, ({ c, keepFor, sponsor }) => {
        const query: PlanQuery = { target: c.target, have: c.have, asOf: c.asOf, keepFor };
        if (sponsor !== undefined) query.sponsor = sponsor;
        const plan = createPlanner(c.catalog).plan(query);
        expect(validatePlan(indexCatalog(c.catalog), query, plan)).toEqual([]);
        const optimum = renewalsOptimum(c.catalog, {
          target: c.target,
          have: c.have,
          asOf: c.asOf,
          keepFor,
          ...(sponsor === undefined ? {} : { sponsor }),
        });
        expect(plan.feasible).toBe(optimum !== undefined);
        if (optimum === undefined) return;
        expect(planViolations(c.catalog, { ...c, objective: 'cheapest', keepFor }, plan)).toEqual(
          [],
        );
        if ((plan.renewals ?? []).some((r) => r.by !== undefined)) byRenewals++;
        const [got, best] =
          sponsor === undefined
            ? [plan.totalCost, optimum.cheapest]
            : [plan.outOfPocket!, optimum.outOfPocket.outOfPocket];
        if (plan.optimal) {
          proven++;
          expect(got).toBeCloseTo(best, 9);
          if (sponsor !== undefined)
            expect(plan.totalCost).toBeCloseTo(optimum.outOfPocket.total, 9);
        } else {
          expect(plan.bound!).toBeLessThanOrEqual(best + 1e-9);
          expect(got).toBeGreaterThanOrEqual(best - 1e-9);
        }
      }),
      { numRuns: 500 },
    );
    console.info(
      `renewals: ${proven} of 500 plans proven optimal, ${byRenewals} renewed by earning`,
    );
  });

  it('keepFor: 0 equals no keepFor, for both objectives', () => {
    fc.assert(
      fc.property(
        renewalCase,
        fc.constantFrom('cheapest', 'fastest'),
        ({ c, sponsor }, objective) => {
          const query: PlanQuery = { target: c.target, have: c.have, asOf: c.asOf, objective };
          if (sponsor !== undefined) query.sponsor = sponsor;
          const planner = createPlanner(c.catalog);
          expect(planner.plan({ ...query, keepFor: 0 })).toEqual(planner.plan(query));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('fastest with keepFor: the same weeks as without, valid, its cost including the upkeep', () => {
    fc.assert(
      fc.property(renewalCase, ({ c, keepFor }) => {
        const query: PlanQuery = {
          target: c.target,
          have: c.have,
          asOf: c.asOf,
          keepFor,
          objective: 'fastest',
        };
        const planner = createPlanner(c.catalog);
        const plan = planner.plan(query);
        expect(validatePlan(indexCatalog(c.catalog), query, plan)).toEqual([]);
        const plain = planner.plan({ ...query, keepFor: undefined });
        if (plan.feasible) expect(plan.totalWeeks).toBeCloseTo(plain.totalWeeks, 9);
      }),
      { numRuns: 200 },
    );
  });
});

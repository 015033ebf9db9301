/**
 * Test support: random tiny catalogs with offers (offers-case.ts) under a weekly-hours budget, on a
 * grid the exhaustive oracle (offers-oracle.ts) is exact on: every credential with effort `fixed`,
 * durations whole multiples of GRID, periodic offers billed by whole numbers of grids.
 */
import fc from 'fast-check';
import { parseCatalog, type Catalog } from '@pathwise/core';
import { offersCase, type OffersCase } from './offers-case.js';
import { GRID } from './month-grid.js';

/** @returns whether the catalog lists a periodic offer */
export const periodic = (c: Catalog): boolean =>
  (c.offers ?? []).some((o) => o.periodMonths !== undefined);

/**
 * An offers case with an hours budget: durations of 0-4 grids (GRID), each credential of 1+ grids
 * loading 3-7 hours a week, fixed, and periodic offers billed by the month or two at a sixth of the
 * generated price, which also pay for some more credentials free. H of 5, 7 or 9 makes most steps
 * run one after another, so a subscription's span often bills more than one period.
 */
export function hoursOffersCase(): fc.Arbitrary<{ c: OffersCase; weeklyHours: number }> {
  return fc
    .tuple(
      offersCase(),
      fc.array(fc.integer({ min: 3, max: 7 }), { minLength: 6, maxLength: 6 }),
      fc.constantFrom(5, 7, 9),
      fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    )
    .map(([c, loads, weeklyHours, extra]) => {
      // Periodic offers also pay for the flagged credentials, free (a subscription's catalog).
      const free = Object.fromEntries(
        c.catalog.credentials.filter((_, i) => extra[i]).map((x) => [x.id, 0] as const),
      );
      const catalog: Catalog = {
        ...c.catalog,
        credentials: c.catalog.credentials.map((x, i) =>
          x.durationWeeks > 0
            ? {
                ...x,
                durationWeeks: x.durationWeeks * GRID,
                effortHours: loads[i]! * x.durationWeeks * GRID,
                pace: 'fixed' as const,
              }
            : x,
        ),
        offers: (c.catalog.offers ?? []).map((o) =>
          o.periodMonths === undefined
            ? o
            : {
                ...o,
                periodMonths: o.periodMonths / 3,
                price: Math.round(o.price / 6),
                prices: { ...free, ...o.prices },
              },
        ),
      };
      return { c: { ...c, catalog: parseCatalog(catalog) }, weeklyHours };
    });
}

/**
 * A subscription case, the shape where a periodic offer's whole periods decide the cost under H (a
 * learner choosing some of a subscription's courses): 4-5 fixed courses of 1-3 grids, each loading
 * over H / 2 (so no two run at once), own prices 10-60; a monthly subscription at 10-60 that pays
 * them all; the target needs some of them (atLeast, or credits). Which courses, and whether one is
 * bought outside the subscription to save a month, is the choice.
 */
export function subscriptionCase(): fc.Arbitrary<{ c: OffersCase; weeklyHours: number }> {
  return fc
    .record({
      weeklyHours: fc.constantFrom(5, 7, 9),
      grids: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 4, maxLength: 5 }),
      heavy: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 6, maxLength: 6 }),
      costs: fc.array(fc.integer({ min: 10, max: 60 }), { minLength: 6, maxLength: 6 }),
      credits: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 6, maxLength: 6 }),
      price: fc.integer({ min: 10, max: 60 }),
      need: fc.integer({ min: 1, max: 5 }),
      byCredits: fc.boolean(),
    })
    .map((r) => {
      const n = r.grids.length;
      const ids = r.grids.map((_, i) => `s${i}`);
      const courses = r.grids.map((g, i) => {
        const load = Math.min(r.weeklyHours, Math.floor(r.weeklyHours / 2) + 1 + r.heavy[i]!);
        return {
          id: ids[i]!,
          name: `Course ${i}`,
          kind: 'course' as const,
          cost: r.costs[i]!,
          durationWeeks: g * GRID,
          effortHours: load * g * GRID,
          pace: 'fixed' as const,
          credits: r.credits[i]!,
        };
      });
      const need = Math.min(r.need, n - 1);
      const total = courses.reduce((sum, x) => sum + x.credits, 0);
      const catalog: Catalog = {
        format: 'pathwise.catalog/v2',
        credentials: [
          ...courses,
          {
            id: 't',
            name: 'Target',
            kind: 'certificate',
            cost: 0,
            durationWeeks: 0,
            requires: r.byCredits
              ? { credits: Math.max(1, Math.min(total - 1, 2 * need)), of: ids }
              : { atLeast: need, of: ids },
          },
        ],
        offers: [
          {
            id: 'subscription',
            name: 'Subscription',
            price: r.price,
            periodMonths: 1,
            prices: Object.fromEntries(ids.map((id) => [id, 0])),
          },
        ],
      };
      const c: OffersCase = {
        catalog: parseCatalog(catalog),
        target: 't',
        have: [],
        asOf: '2026-01-01',
      };
      return { c, weeklyHours: r.weeklyHours };
    });
}

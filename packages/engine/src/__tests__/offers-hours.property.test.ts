// Property tests of cheapest with offers under a weekly-hours budget (issue 10: with periodic offers
// cost depends on the schedule, a joint choice of set and schedule under H) against the exhaustive
// oracle of support/offers-oracle.ts, which shares no code with the engine: random tiny catalogs with
// one-off and periodic offers, every credential with effort `fixed` (so the oracle's whole-week grid
// is exact), cheapest alone and by a deadline or under a budget. Every plan is valid (the independent
// checker and validatePlan); where it says optimal its cost is the oracle's; otherwise its bound is
// at most the optimum. The proven rate with periodic offers is reported. 400 + 200 cases per run.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseCatalog, type Catalog } from '@pathwise/core';
import { createPlanner, type Plan } from '../index.js';
import { offersCase, type OffersCase } from './support/offers-case.js';
import { expectExact } from './support/expect-offers.js';

/** The grid of the cases' schedules: 13/12 weeks, so one month (52/12 weeks) is 4 of it. */
const GRID = 13 / 12;

/**
 * An offers case with an hours budget: durations of 0-4 grids (GRID), each credential of 1+ grids
 * loading 3-7 hours a week, fixed, and periodic offers billed by the month or two at a sixth of the generated price,
 * which also pay for some more credentials free. H of 5, 7 or 9 makes
 * most steps run one after another, so a subscription's span often bills more than one period.
 */
export function hoursOffersCaseForDebug() {
  return hoursOffersCase();
}
function hoursOffersCase(): fc.Arbitrary<{ c: OffersCase; weeklyHours: number }> {
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

const periodic = (c: Catalog): boolean =>
  (c.offers ?? []).some((o) => o.periodMonths !== undefined);

/** The proven rate, unproven plans at the optimum, and plans billing a periodic offer 2+ periods. */
interface Rate {
  plans: number;
  proven: number;
  unprovenAtOptimum: number;
  billed: number;
}

const newRate = (): Rate => ({ plans: 0, proven: 0, unprovenAtOptimum: 0, billed: 0 });

function count(rate: Rate, plan: Plan, proven: boolean, best: boolean): void {
  rate.plans++;
  rate.proven += +proven;
  rate.unprovenAtOptimum += +(!proven && best);
  if ((plan.offers ?? []).some((o) => o.periods > 1)) rate.billed++;
}

const show = (r: Rate): string =>
  `${r.proven} of ${r.plans} cheapest plans proven; ${r.unprovenAtOptimum} unproven at the ` +
  `optimum; ${r.billed} bill a periodic offer for 2+ periods`;

describe('cheapest with offers under weekly hours on random catalogs', () => {
  it('is valid, and optimal by the exhaustive oracle where it says so', () => {
    const rate = newRate();
    fc.assert(
      fc.property(hoursOffersCase(), ({ c, weeklyHours }) => {
        const query = { target: c.target, have: c.have, asOf: c.asOf, weeklyHours };
        const plan = createPlanner(c.catalog).plan({ ...query, objective: 'cheapest' });
        const best = expectExact(c.catalog, { ...query, gridWeeks: GRID }, plan, 'cheapest');
        const proven = plan.optimal;
        if (periodic(c.catalog)) count(rate, plan, proven, best);
      }),
      { numRuns: 400 },
    );
    // Reported, not asserted: with periodic offers `optimal` is claimed only when proven.
    console.info(`weekly hours, periodic offers: ${show(rate)}`);
  });

  it('is valid and exact where proven by a deadline or under a budget', () => {
    const rate = newRate();
    fc.assert(
      fc.property(
        hoursOffersCase(),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 0, max: 24 }),
        fc.boolean(),
        ({ c, weeklyHours }, maxCost, maxWeeks, byDeadline) => {
          const limit = byDeadline ? { maxWeeks } : { maxCost };
          const query = {
            target: c.target,
            have: c.have,
            asOf: c.asOf,
            weeklyHours,
            ...limit,
          };
          const plan = createPlanner(c.catalog).plan({ ...query, objective: 'cheapest' });
          const best = expectExact(c.catalog, { ...query, gridWeeks: GRID }, plan, 'cheapest');
          const proven = plan.optimal;
          if (periodic(c.catalog)) count(rate, plan, proven, best);
        },
      ),
      { numRuns: 200 },
    );
    console.info(`weekly hours, periodic offers, constrained: ${show(rate)}`);
  });
});

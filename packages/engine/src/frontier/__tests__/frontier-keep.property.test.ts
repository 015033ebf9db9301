// Property test of Planner.frontier under plan-v2 `keepFor` (issue 11 item 2) against an independent
// sweep: the exhaustive upkeep oracle of support/renewals-oracle.ts (shares no code with the engine),
// asked for the least cost by each deadline D (support/frontier-sweep-oracle.ts). The cost axis is
// totalCost with the upkeep (paid renewals, or `renewal.by` credentials earned after the target), or
// the out-of-pocket share under a sponsor; the time axis is the week the target is held. On random
// tiny catalogs with a choice of routes (so that cost trades against time), a target that lapses and
// renews by paying or by earning, one-off offers, sponsors and deadlines: a complete frontier equals
// the oracle's sweep; a proven point lies on it; what a cut-short frontier leaves out lies in its gap;
// every plan is valid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '@pathwise/core';
import { createPlanner, type PlanQuery } from '../../index.js';
import { offersCase } from '../../__tests__/support/offers-case.js';
import { renewalsOptimum } from '../../__tests__/support/renewals-oracle.js';
import {
  byDeadlineOf,
  expectAgainst,
  sponsorArb,
  sweep,
  withChoice,
} from '../../__tests__/support/frontier-sweep-oracle.js';

const RUNS = 300;

/** withChoice's `goal` made to lapse and renew; one-off offers only (as the upkeep oracle reads them). */
const keptCase = withChoice(offersCase()).chain((c) =>
  fc
    .record({
      validityMonths: fc.constantFrom(12, 24),
      cost: fc.integer({ min: 0, max: 300 }),
      by: fc.subarray(
        c.catalog.credentials.map((x) => x.id).filter((id) => id !== c.target),
        { maxLength: 2 },
      ),
      // A horizon of 12 months outlasts no validity here (no renewal): one case in ten, so that the
      // cases with upkeep stay well above the share asserted below (at one in four they sat at it).
      keepFor: fc.oneof(
        { arbitrary: fc.constant(12), weight: 1 },
        { arbitrary: fc.constantFrom(30, 50, 75), weight: 9 },
      ),
      renewable: fc.integer({ min: 0, max: 9 }),
      sponsor: sponsorArb,
      maxWeeks: fc.option(fc.nat(10), { nil: undefined, freq: 3 }),
    })
    .map((r) => {
      const credentials = c.catalog.credentials.map((x) => {
        if (x.id !== c.target) return x;
        const t = { ...x, validityMonths: r.validityMonths };
        // One case in ten: a target that lapses and cannot be renewed (no frontier at all).
        if (r.renewable === 0) return t;
        return { ...t, renewal: r.by.length > 0 ? { cost: r.cost, by: r.by } : { cost: r.cost } };
      });
      const offers = (c.catalog.offers ?? []).filter((o) => o.periodMonths === undefined);
      const catalog = parseCatalog({ ...c.catalog, credentials, offers });
      return { c: { ...c, catalog }, keepFor: r.keepFor, sponsor: r.sponsor, maxWeeks: r.maxWeeks };
    }),
);

describe('frontier under keepFor against the exhaustive upkeep oracle swept by deadline', () => {
  it(`equals the sweep when complete; proven points on it, the rest in the gap (${RUNS} cases)`, async () => {
    let complete = 0;
    let tradeOffs = 0; // cases whose oracle frontier has two points or more
    let upkeep = 0; // cases whose frontier's plans renew (so the cost axis includes upkeep)
    let byEarning = 0; // cases with a point that renews by earning a `by` credential
    await fc.assert(
      fc.asyncProperty(keptCase, async ({ c, keepFor, sponsor, maxWeeks }) => {
        const query = { target: c.target, have: c.have, asOf: c.asOf, keepFor } as PlanQuery & {
          target: string;
          have: NonNullable<PlanQuery['have']>;
          asOf: string;
          keepFor: number;
        };
        if (sponsor !== undefined) query.sponsor = sponsor;
        if (maxWeeks !== undefined) query.maxWeeks = maxWeeks;
        const f = createPlanner(c.catalog).frontier(query);
        if (f.plans.some((p) => (p.renewals ?? []).length > 0)) upkeep++;
        if (f.plans.some((p) => (p.renewals ?? []).some((r) => r.by !== undefined))) byEarning++;
        const horizon = c.catalog.credentials.reduce((s, x) => s + x.durationWeeks, 0);
        const optimum = (d: number) => renewalsOptimum(c.catalog, { ...query, maxWeeks: d });
        const oracle = await sweep(byDeadlineOf(optimum, maxWeeks, sponsor !== undefined), horizon);
        if (oracle.length > 1) tradeOffs++;
        if (expectAgainst(c.catalog, query, f, oracle, sponsor !== undefined)) complete++;
      }),
      { numRuns: RUNS },
    );
    console.info(
      `frontier under keepFor: ${complete} of ${RUNS} complete, ${tradeOffs} trade-offs, ${upkeep} with renewals, ${byEarning} renewing by earning`,
    );
    expect(tradeOffs).toBeGreaterThan(RUNS / 10);
    expect(upkeep).toBeGreaterThan(RUNS / 2);
    expect(byEarning).toBeGreaterThan(RUNS / 20);
    expect(complete).toBeGreaterThan(RUNS / 2); // the complete path is what is mostly checked
  }, 300_000);
});

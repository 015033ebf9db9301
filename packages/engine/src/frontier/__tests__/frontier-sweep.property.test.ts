// Property tests of Planner.frontier under plan-v2's other inputs (issue 11 item 2) against an
// independent sweep: the oracle's cheapest by each deadline, from oracles that share no code with the
// engine (support/offers-oracle.ts: exhaustive, offers and sponsors; support/highs-hours.ts: the
// time-indexed HiGHS programme, hours and start days, exact where no step can stretch). On whole-week
// catalogs the Pareto set is the deadlines D where the least cost by D falls below the least by D − 1.
// A complete frontier equals that set (a dropped or dominated point fails); a proven point is in it;
// every point not listed by a cut-short frontier lies in its gap; every plan is valid (validatePlan and
// the independent checker); no random valid plan dominates a proven point. 300 + 60 + 200 cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prng } from '@pathwise/test-support';
import { createPlanner, type PlanQuery } from '../../index.js';
import { offersOptimum, type OracleQuery } from '../../__tests__/support/offers-oracle.js';
import { offersCase } from '../../__tests__/support/offers-case.js';
import { gridExact, highsHours } from '../../__tests__/support/highs-hours.js';
import { hoursCase, type HoursCase } from '../../__tests__/support/hours-case.js';
import {
  byDeadlineOf,
  expectAgainst,
  sponsorArb,
  sweep,
  withChoice,
  type ByDeadline,
} from '../../__tests__/support/frontier-sweep-oracle.js';
import { sampleFeasiblePlan } from '../../__tests__/support/random-plan.js';

const offered = withChoice(offersCase()).chain((c) =>
  fc.tuple(fc.constant(c), sponsorArb, fc.option(fc.nat(12), { nil: undefined })),
);

describe('frontier under offers and sponsors against the exhaustive oracle swept by deadline', () => {
  it('equals the sweep when complete; proven points on it, the rest in the gap (300 cases)', async () => {
    let complete = 0;
    let tradeOffs = 0; // cases whose oracle frontier has two points or more
    await fc.assert(
      fc.asyncProperty(offered, async ([c, sponsor, maxWeeks]) => {
        const query: OracleQuery & PlanQuery = { target: c.target, have: c.have, asOf: c.asOf };
        if (sponsor !== undefined) query.sponsor = sponsor;
        if (maxWeeks !== undefined) query.maxWeeks = maxWeeks;
        const f = createPlanner(c.catalog).frontier(query);
        const horizon = c.catalog.credentials.reduce((s, x) => s + x.durationWeeks, 0);
        const optimum = (d: number) => offersOptimum(c.catalog, { ...query, maxWeeks: d });
        const oracle = await sweep(byDeadlineOf(optimum, maxWeeks, sponsor !== undefined), horizon);
        if (oracle.length > 1) tradeOffs++;
        if (expectAgainst(c.catalog, query, f, oracle, sponsor !== undefined)) complete++;
      }),
      { numRuns: 300 },
    );
    console.info(`frontier with offers: ${complete} of 300 complete, ${tradeOffs} trade-offs`);
    expect(tradeOffs).toBeGreaterThan(30);
    expect(complete).toBeGreaterThan(150); // the complete path is what is mostly checked
  }, 300_000);

  it('has no proven point a random valid plan (own prices, earliest schedule) dominates', () => {
    fc.assert(
      fc.property(withChoice(offersCase()), fc.integer(), (c, seed) => {
        const query = { target: c.target, have: c.have, asOf: c.asOf };
        const f = createPlanner(c.catalog).frontier(query);
        const random = prng(seed);
        for (let i = 0; i < 20; i++) {
          const s = sampleFeasiblePlan(c.catalog, query, random);
          for (const p of f.plans.filter((x) => x.optimal)) {
            const dominates =
              s.totalCost <= p.totalCost - 1e-9
                ? s.totalWeeks <= p.totalWeeks + 1e-9
                : s.totalCost <= p.totalCost + 1e-9 && s.totalWeeks < p.totalWeeks - 1e-9;
            expect(dominates).toBe(false);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * The case with every self-paced step that has effort made fixed (at least one week long), so that
 * no step can stretch and the HiGHS grid is exact (gridExact); the hours still bind on steps that
 * run side by side, and start days still delay.
 */
function fixedPace(c: HoursCase): HoursCase {
  const credentials = c.catalog.credentials.map((x) =>
    (x.effortHours ?? 0) > 0 && x.pace !== 'fixed'
      ? { ...x, pace: 'fixed' as const, durationWeeks: Math.max(1, x.durationWeeks) }
      : x,
  );
  return { ...c, catalog: { ...c.catalog, credentials } };
}

describe('frontier under weekly hours and start days against the HiGHS programme swept by deadline', () => {
  it('equals the sweep when complete; proven points on it, the rest in the gap (200 cases)', async () => {
    let complete = 0;
    let tradeOffs = 0; // cases whose oracle frontier has two points or more
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(withChoice(hoursCase().map(fixedPace)), async (c) => {
        const query: PlanQuery & {
          target: string;
          have: NonNullable<PlanQuery['have']>;
          asOf: string;
        } = {
          target: c.target,
          have: c.have,
          asOf: c.asOf,
        };
        if (c.weeklyHours !== undefined) query.weeklyHours = c.weeklyHours;
        const f = createPlanner(c.catalog).frontier(query);
        if (!gridExact(c.catalog, c.weeklyHours)) {
          // The grid is only an upper bound where steps stretch: validity and order still hold.
          expectAgainst(c.catalog, query, f, undefined, false);
          return;
        }
        checked++;
        const byDeadline: ByDeadline = async (d) => {
          const q = {
            ...query,
            weeklyHours: c.weeklyHours,
            ...(d < Infinity ? { maxWeeks: d } : {}),
          };
          const o = await highsHours(c.catalog, q, 'cost');
          return o === undefined ? undefined : { key: o.cost, total: o.cost };
        };
        const oracle = await sweep(byDeadline, 300);
        if (oracle.length > 1) tradeOffs++;
        if (expectAgainst(c.catalog, query, f, oracle, false)) complete++;
      }),
      { numRuns: 200 },
    );
    console.info(
      `frontier under hours: ${complete} of ${checked} complete, ${tradeOffs} trade-offs`,
    );
    expect(tradeOffs).toBeGreaterThan(20);
    expect(checked).toBe(200);
    expect(complete).toBeGreaterThan(100);
  }, 300_000);
});

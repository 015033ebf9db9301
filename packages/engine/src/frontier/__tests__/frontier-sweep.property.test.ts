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
import { indexCatalog, parseCatalog, type Catalog, type Credential } from '@pathwise/core';
import { prng, type RandomCase } from '@pathwise/test-support';
import {
  createPlanner,
  validatePlan,
  type Frontier,
  type PlanQuery,
  type Sponsor,
} from '../../index.js';
import { offersOptimum, type OracleQuery } from '../../__tests__/support/offers-oracle.js';
import { offersCase } from '../../__tests__/support/offers-case.js';
import { gridExact, highsHours } from '../../__tests__/support/highs-hours.js';
import { hoursCase, type HoursCase } from '../../__tests__/support/hours-case.js';
import { planViolations } from '../../__tests__/support/check-plan.js';
import { sampleFeasiblePlan } from '../../__tests__/support/random-plan.js';

/** One Pareto point: cost as `cheapest` reads it (out-of-pocket under a sponsor), its total, weeks. */
interface Point {
  key: number;
  total: number;
  weeks: number;
}

/** The least cost by each deadline, as an oracle answers it (undefined: no plan by then). */
type ByDeadline = (deadline: number) => Promise<Omit<Point, 'weeks'> | undefined>;

/**
 * The independent sweep: for D = 0, 1, … up to the week of the oracle's cheapest plan, a point where
 * the least cost by D is below the least by D − 1 (whole-week catalogs: its plan ends at D).
 */
async function sweep(byDeadline: ByDeadline, horizon: number): Promise<Point[]> {
  const free = await byDeadline(Infinity);
  if (free === undefined) return [];
  const points: Point[] = [];
  let last: Omit<Point, 'weeks'> | undefined;
  for (let d = 0; d <= horizon; d++) {
    const c = await byDeadline(d);
    if (c === undefined) continue;
    if (last === undefined || lexLess(c, last)) points.push({ ...c, weeks: d });
    last = c;
    if (!lexLess(free, c)) break;
  }
  return points;
}

function lexLess(a: Omit<Point, 'weeks'>, b: Omit<Point, 'weeks'>): boolean {
  return a.key < b.key - 1e-9 || (a.key <= b.key + 1e-9 && a.total < b.total - 1e-9);
}

function pointsOf(f: Frontier, sponsored: boolean): Point[] {
  return f.plans.map((p) => ({
    key: sponsored ? p.outOfPocket! : p.totalCost,
    total: p.totalCost,
    weeks: p.totalWeeks,
  }));
}

const same = (a: Point, b: Point): boolean =>
  Math.abs(a.key - b.key) < 1e-6 &&
  Math.abs(a.total - b.total) < 1e-6 &&
  Math.abs(a.weeks - b.weeks) < 1e-6;

/** The frontier's checks against the oracle's sweep; returns whether it was complete. */
function expectAgainst(
  catalog: Catalog,
  query: PlanQuery & { target: string; have: NonNullable<PlanQuery['have']>; asOf: string },
  f: Frontier,
  oracle: Point[] | undefined,
  sponsored: boolean,
): boolean {
  const asked = { ...query, objective: 'cheapest' as const };
  for (const p of f.plans) {
    expect(validatePlan(indexCatalog(catalog), asked, p)).toEqual([]);
    expect(planViolations(catalog, asked, p)).toEqual([]);
  }
  const got = pointsOf(f, sponsored);
  (globalThis as any).sizes ??= {};
  const k = String(oracle?.length);
  (globalThis as any).sizes[k] = ((globalThis as any).sizes[k] ?? 0) + 1;
  for (let i = 1; i < got.length; i++) {
    expect(got[i]!.weeks).toBeGreaterThan(got[i - 1]!.weeks);
    expect(lexLess(got[i]!, got[i - 1]!)).toBe(true);
  }
  expect(f.feasible).toBe(got.length > 0);
  if (oracle === undefined) return f.complete;
  for (const [i, p] of f.plans.entries())
    if (p.optimal) expect(oracle.some((o) => same(o, got[i]!))).toBe(true);
  if (f.complete) {
    expect(got.length).toBe(oracle.length);
    got.forEach((p, i) => expect(same(p, oracle[i]!)).toBe(true));
    return true;
  }
  const { fromWeeks, toWeeks, minCost } = f.gap!;
  for (const o of oracle) {
    if (got.some((p) => same(p, o))) continue;
    expect(o.weeks).toBeGreaterThanOrEqual(fromWeeks - 1e-9);
    if (toWeeks !== undefined) expect(o.weeks).toBeLessThanOrEqual(toWeeks + 1e-9);
    expect(o.key).toBeGreaterThanOrEqual(minCost - 1e-9);
  }
  return false;
}

const sponsorArb: fc.Arbitrary<Sponsor | undefined> = fc.option(
  fc
    .record({
      amount: fc.integer({ min: 0, max: 600 }),
      provider: fc.option(fc.constantFrom('p0', 'p1'), { nil: undefined }),
    })
    .map((r) =>
      r.provider === undefined
        ? { amount: r.amount }
        : { amount: r.amount, providers: [r.provider] },
    ),
  { nil: undefined },
);

/**
 * The case with a new target, `goal`, met by the old target or any of 1-3 new routes (random cost,
 * 0-4 weeks, some with effort hours as fixed courses, some after a credential of the case): tiny
 * random catalogs alone seldom trade cost against time (their frontiers are mostly one point), a
 * choice between independent routes does.
 */
function withChoice<C extends RandomCase>(arb: fc.Arbitrary<C>): fc.Arbitrary<C> {
  const route = fc.record({
    cost: fc.nat(400),
    weeks: fc.integer({ min: 0, max: 4 }),
    effort: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 16 })),
    after: fc.option(fc.nat(), { nil: undefined }),
  });
  return arb.chain((c) =>
    fc.tuple(fc.array(route, { minLength: 1, maxLength: 3 }), fc.nat(50)).map(([routes, cost]) => {
      const ids = c.catalog.credentials.map((x) => x.id);
      const v2 = c.catalog.format === 'pathwise.catalog/v2';
      const extra: Credential[] = routes.map((r, i) => {
        const x: Credential = {
          id: `route-${i}`,
          name: `Route ${i}`,
          kind: 'course',
          cost: r.cost,
          durationWeeks: r.effort > 0 ? Math.max(1, r.weeks) : r.weeks,
        };
        if (v2 && r.effort > 0) Object.assign(x, { effortHours: r.effort, pace: 'fixed' });
        if (r.after !== undefined) x.requires = ids[r.after % ids.length]!;
        return x;
      });
      const goal: Credential = {
        id: 'goal',
        name: 'Goal',
        kind: 'certification',
        cost,
        durationWeeks: 0,
        requires: { any: [c.target, ...extra.map((x) => x.id)] },
      };
      const credentials = [...c.catalog.credentials, ...extra, goal];
      return { ...c, catalog: parseCatalog({ ...c.catalog, credentials }), target: 'goal' };
    }),
  );
}

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
        const byDeadline: ByDeadline = async (d) => {
          const o = offersOptimum(c.catalog, {
            ...query,
            maxWeeks: Math.min(d, maxWeeks ?? Infinity),
          });
          if (o === undefined) return undefined;
          return sponsor === undefined
            ? { key: o.cheapest, total: o.cheapest }
            : { key: o.outOfPocket.outOfPocket, total: o.outOfPocket.total };
        };
        const oracle = await sweep(byDeadline, horizon);
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

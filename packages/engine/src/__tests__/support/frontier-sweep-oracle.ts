/**
 * Test support: the independent sweep the frontier's property tests compare against, and their
 * shared checks and cases. On whole-week catalogs the Pareto set is the deadlines D where an oracle's
 * least cost by D falls below its least by D − 1 (the oracle is any exhaustive or HiGHS optimum that
 * shares no code with the engine). `expectAgainst`: a complete frontier equals that set; a proven point
 * is in it; every point a cut-short frontier leaves out lies in its gap; every plan is valid
 * (validatePlan and the independent checker); the plans are ordered by weeks with costs falling.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { indexCatalog, parseCatalog, type Catalog, type Credential } from '@pathwise/core';
import type { RandomCase } from '@pathwise/test-support';
import { validatePlan, type Frontier, type PlanQuery, type Sponsor } from '../../index.js';
import { planViolations } from './check-plan.js';

/** One Pareto point: cost as `cheapest` reads it (out-of-pocket under a sponsor), its total, weeks. */
export interface Point {
  key: number;
  total: number;
  weeks: number;
}

/** The least cost by each deadline, as an oracle answers it (undefined: no plan by then). */
export type ByDeadline = (deadline: number) => Promise<Omit<Point, 'weeks'> | undefined>;

/**
 * The independent sweep: for D = 0, 1, … up to the week of the oracle's cheapest plan, a point where
 * the least cost by D is below the least by D − 1 (whole-week catalogs: its plan ends at D).
 */
/**
 * @param optimum - an oracle's optima for a deadline (undefined: none), as offers-oracle.ts and
 *   renewals-oracle.ts give them
 * @param maxWeeks - the query's own deadline, if any
 * @param sponsored - whether cost means the out-of-pocket share
 * @returns the least cost by each deadline, as `sweep` asks it
 */
export function byDeadlineOf(
  optimum: (
    maxWeeks: number,
  ) => { cheapest: number; outOfPocket: { outOfPocket: number; total: number } } | undefined,
  maxWeeks: number | undefined,
  sponsored: boolean,
): ByDeadline {
  return async (d) => {
    const o = optimum(Math.min(d, maxWeeks ?? Infinity));
    if (o === undefined) return undefined;
    return sponsored
      ? { key: o.outOfPocket.outOfPocket, total: o.outOfPocket.total }
      : { key: o.cheapest, total: o.cheapest };
  };
}

export async function sweep(byDeadline: ByDeadline, horizon: number): Promise<Point[]> {
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
export function expectAgainst(
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

export const sponsorArb: fc.Arbitrary<Sponsor | undefined> = fc.option(
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
export function withChoice<C extends RandomCase>(arb: fc.Arbitrary<C>): fc.Arbitrary<C> {
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

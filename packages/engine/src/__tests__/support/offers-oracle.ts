/**
 * Test support: the optimum with offers (catalog-v2.md "Offers") by exhaustive search on tiny
 * catalogs, sharing no code with the engine. Every set of credentials to earn (within the target's
 * reach, not held, retired or excluded), every schedule on whole weeks, and every way of paying each
 * step (its own cost, or one usable offer that covers it) is tried. Steps that no periodic offer
 * covers start as early as they can (starting them later changes no price and only delays others);
 * a step a periodic offer covers may start at any whole week up to the sum of the set's durations
 * (a schedule with no idle week is never longer). With whole-week durations and billing periods of
 * whole weeks (periodMonths 3, 6 or 12), an optimal schedule on whole weeks exists, so the search is
 * exact for such catalogs. Under `weeklyHours` (every credential with effort `fixed`, so each step's
 * load is constant) every step ranges over every whole week, each week's load at most H: flooring
 * every start of a schedule keeps its precedences (durations are whole), adds no overlap, and widens
 * no billed span past its whole periods, and removing a week where nothing runs shortens no plan, so
 * an optimal schedule on whole weeks within the summed durations exists and the search stays exact. With `gridWeeks` the
 * same holds on that grid instead of whole weeks.
 */
import type { Catalog, Credential, Holding, Offer } from '@pathwise/core';
import { heldSet } from './held-set.js';
import { closureOf, credentialMap, metAt, namedIds } from './requirement-met-at.js';
import { offerCost } from './offer-faults.js';

/** The query the oracle answers. */
export interface OracleQuery {
  target: string;
  have: readonly Holding[];
  asOf: string;
  maxCost?: number;
  maxWeeks?: number;
  exclude?: readonly string[];
  /**
   * plan-v2 `weeklyHours`, on catalogs whose credentials with effort are all `fixed` (each step then
   * loads effortHours / durationWeeks for its weeks; a heavier one than H is never a step).
   */
  weeklyHours?: number;
  /**
   * The schedule grid in weeks (default 1): every durationWeeks and billing period of the catalog is
   * a whole number of it (periodMonths 1 is 4 grids of 13/12 weeks).
   */
  gridWeeks?: number;
  /** plan-v2 `sponsor`. */
  sponsor?: { amount: number; providers?: string[]; credentials?: string[] };
}

/**
 * The optima: least cost, least weeks with its least cost, and (under a sponsor) the least
 * out-of-pocket with its least total; undefined when there is no plan.
 */
export interface OffersOptimum {
  cheapest: number;
  fastest: { weeks: number; cost: number };
  outOfPocket: { outOfPocket: number; total: number };
}

/**
 * @param catalog - a tiny catalog (at most ~7 credentials in reach)
 * @param query - the query
 * @returns both optima, or undefined when no plan meets the query
 */
export function offersOptimum(catalog: Catalog, query: OracleQuery): OffersOptimum | undefined {
  const byId = credentialMap(catalog);
  const held = heldSet(byId, query.have, query.asOf, catalog.format === 'pathwise.catalog/v2');
  if (held.has(query.target))
    return {
      cheapest: 0,
      fastest: { weeks: 0, cost: 0 },
      outOfPocket: { outOfPocket: 0, total: 0 },
    };
  const share = sponsorRule(catalog, query.sponsor);
  const excluded = new Set(query.exclude ?? []);
  const H = query.weeklyHours ?? Infinity;
  const grid = query.gridWeeks ?? 1;
  const cells = (weeks: number): number => Math.round(weeks / grid);
  const loadOf = (c: Credential): number => {
    const e = c.effortHours ?? 0;
    if (e > 0 && H < Infinity && (c.pace !== 'fixed' || !(c.durationWeeks > 0)))
      throw new Error(`oracle: ${c.id} must be fixed with whole weeks under weeklyHours`);
    return e > 0 ? e / c.durationWeeks : 0;
  };
  const creditsOf = (id: string): number => byId.get(id)?.credits ?? 0;
  const usable = (catalog.offers ?? []).filter(
    (o) => metAt(o.requires, { heldAt: (x) => (held.has(x) ? 0 : undefined), creditsOf }) === 0,
  );
  const candidates = topological(
    [...closureOf(byId, query.target)]
      .map((id) => byId.get(id)!)
      .filter((c) => !held.has(c.id) && c.retired !== true && !excluded.has(c.id))
      .filter((c) => loadOf(c) <= H + 1e-9),
  );
  const timed = new Set(
    usable.filter((o) => o.periodMonths !== undefined).flatMap((o) => Object.keys(o.prices)),
  );
  let best: OffersOptimum | undefined;
  const record = (cost: number, outOfPocket: number, weeks: number): void => {
    if (cost > (query.maxCost ?? Infinity) + 1e-9 || weeks > (query.maxWeeks ?? Infinity) + 1e-9)
      return;
    best ??= {
      cheapest: cost,
      fastest: { weeks, cost },
      outOfPocket: { outOfPocket, total: cost },
    };
    best.cheapest = Math.min(best.cheapest, cost);
    const f = best.fastest;
    // Weeks equal to rounding are a tie (grid sums: 6.5 and 6.499999999999999), broken by cost.
    if (weeks < f.weeks - 1e-9 || (weeks <= f.weeks + 1e-9 && cost < f.cost))
      best.fastest = { weeks: Math.min(weeks, f.weeks), cost };
    const o = best.outOfPocket;
    if (
      outOfPocket < o.outOfPocket - 1e-9 ||
      (outOfPocket <= o.outOfPocket + 1e-9 && cost < o.total)
    )
      best.outOfPocket = { outOfPocket, total: cost };
  };
  const n = candidates.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const set = candidates.filter((_, i) => (mask >> i) & 1);
    if (!set.some((c) => c.id === query.target)) continue;
    const horizon = set.reduce((sum, c) => sum + c.durationWeeks, 0);
    const start = new Map<string, number>();
    const end = new Map<string, number>();
    // Under weeklyHours the load of each grid cell; every step then ranges over its starts.
    const load = new Float64Array(cells(horizon) + 1);
    const fits = (s: number, c: Credential): boolean => {
      for (let w = cells(s); w < cells(s + c.durationWeeks); w++)
        if (load[w]! + loadOf(c) > H + 1e-9) return false;
      return true;
    };
    const put = (s: number, c: Credential, sign: number): void => {
      for (let w = cells(s); w < cells(s + c.durationWeeks); w++)
        load[w] = load[w]! + sign * loadOf(c);
    };
    const walk = (i: number): void => {
      if (i === set.length) {
        const steps = set.map((c) => ({ c, start: start.get(c.id)!, end: end.get(c.id)! }));
        for (const [total, outOfPocket] of prices(steps, usable, share))
          record(total, outOfPocket, end.get(query.target)!);
        return;
      }
      const c = set[i]!;
      const ready = metAt(c.requires, {
        heldAt: (x) => (held.has(x) ? 0 : end.get(x)),
        creditsOf,
      });
      if (ready === undefined) return;
      const ranges = timed.has(c.id) || H < Infinity;
      const last = ranges ? Math.max(ready, horizon - c.durationWeeks) : ready;
      for (let j = 0; ready + j * grid <= last + 1e-9; j++) {
        const s = ready + j * grid;
        if (!fits(s, c)) continue;
        start.set(c.id, s);
        end.set(c.id, s + c.durationWeeks);
        put(s, c, 1);
        walk(i + 1);
        put(s, c, -1);
      }
      start.delete(c.id);
      end.delete(c.id);
    };
    walk(0);
  }
  return best;
}

/** [total, outOfPocket] of every way of paying the scheduled steps. */
function prices(
  steps: readonly { c: Credential; start: number; end: number }[],
  usable: readonly Offer[],
  share: (paid: readonly (readonly [string, number, boolean])[]) => number,
): [number, number][] {
  const choices = steps.map(({ c }) => [
    undefined,
    ...usable.filter((o) => o.prices[c.id] !== undefined),
  ]);
  const out: [number, number][] = [];
  const pick: (Offer | undefined)[] = [];
  const walk = (i: number): void => {
    if (i === steps.length) {
      let total = 0;
      const spans = new Map<Offer, [number, number]>();
      const paid: [string, number, boolean][] = [];
      steps.forEach((s, j) => {
        const o = pick[j];
        const cost = o === undefined ? s.c.cost : o.prices[s.c.id]!;
        total += cost;
        paid.push([s.c.id, cost, false]);
        if (o === undefined) return;
        const [a, b] = spans.get(o) ?? [Infinity, -Infinity];
        spans.set(o, [Math.min(a, s.start), Math.max(b, s.end)]);
      });
      for (const [o, [a, b]] of spans) {
        const cost = offerCost(o, b - a);
        total += cost;
        paid.push([o.id, cost, true]);
      }
      out.push([total, total - share(paid)]);
      return;
    }
    for (const o of choices[i]!) {
      pick[i] = o;
      walk(i + 1);
    }
  };
  walk(0);
  return out;
}

/**
 * plan-v2's sponsor, as Pathwise reads it: a step's cost is eligible when its credential's provider
 * or the credential is listed; an offer's when its provider is listed or every credential it covers
 * is; everything when neither list is given. The sponsor pays min(amount, eligible).
 * @returns what the sponsor pays for [id, cost, isOffer] entries (0 without a sponsor)
 */
export function sponsorRule(
  catalog: Catalog,
  sponsor: OracleQuery['sponsor'],
): (paid: readonly (readonly [string, number, boolean])[]) => number {
  if (sponsor === undefined) return () => 0;
  const all = sponsor.providers === undefined && sponsor.credentials === undefined;
  const providers = sponsor.providers ?? [];
  const credentials = sponsor.credentials ?? [];
  const creds = new Map(catalog.credentials.map((c) => [c.id, c] as const));
  const offers = new Map((catalog.offers ?? []).map((o) => [o.id, o] as const));
  const eligible = (id: string, isOffer: boolean): boolean => {
    if (all) return true;
    if (!isOffer) {
      const p = creds.get(id)?.provider;
      return credentials.includes(id) || (p !== undefined && providers.includes(p));
    }
    const o = offers.get(id)!;
    if (o.provider !== undefined && providers.includes(o.provider)) return true;
    return credentials.length > 0 && Object.keys(o.prices).every((c) => credentials.includes(c));
  };
  return (paid) => {
    let sum = 0;
    for (const [id, cost, isOffer] of paid) if (eligible(id, isOffer)) sum += cost;
    return Math.min(sponsor.amount, sum);
  };
}

/** @returns the credentials with every prerequisite among them before it */
function topological(creds: readonly Credential[]): Credential[] {
  const byId = new Map(creds.map((c) => [c.id, c] as const));
  const out: Credential[] = [];
  const seen = new Set<string>();
  const visit = (c: Credential): void => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    for (const d of namedIds(c.requires)) {
      const dep = byId.get(d);
      if (dep !== undefined) visit(dep);
    }
    out.push(c);
  };
  creds.forEach(visit);
  return out;
}

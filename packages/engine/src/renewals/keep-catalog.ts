/**
 * Upkeep as a plan to one synthetic credential (renewals/plan-with-renewals.ts). For a target T that
 * needs n renewals, the catalog gains:
 * - n paid renewals `renewal#pay#i`: cost `renewal.cost`, no weeks, requiring T (T's provider, so a
 *   sponsor of T's provider may pay them);
 * - for each `renewal.by` credential B, a copy `renewal#by#B` with B's cost, provider and one-off
 *   offer prices (no weeks: it is placed later), requiring B's requirement and T: earning it is
 *   earning B after T, apart from any B earned on the way to T (a held B renews nothing, so its copy
 *   is excluded); in a copy's requirement a `by` id is met by either (either());
 * - `renewal#keep`, free, requiring all of T and at least n of those.
 * The least-cost plan to `renewal#keep` is then exactly the least cost of steps, offers and renewals
 * (each period renewed by one payment or one distinct `by` credential), with every planner feature
 * (offers, sponsors, exclusions, hours) unchanged. `#` is outside core's id pattern, so these ids
 * never collide with a catalog's. A periodic offer does not cover a copy: it is billed for one span,
 * and a renewal step lies months after the rest (docs/plan-v2.md, "Renewals").
 */
import type { Catalog, Credential, Requirement } from '@pathwise/core';

/** The synthetic target. */
export const KEEP_ID = 'renewal#keep';
/** @returns the id of the i-th paid renewal (1-based) */
export const payId = (i: number): string => `renewal#pay#${i}`;
/** @returns the id of the copy of `by` credential `id` */
export const byId = (id: string): string => `renewal#by#${id}`;
/** @returns the `by` credential a copy's id names, or undefined for any other id */
export function byOf(id: string): string | undefined {
  return id.startsWith('renewal#by#') ? id.slice('renewal#by#'.length) : undefined;
}
/** @returns whether the id is one of the synthetic ids */
export const isSynthetic = (id: string): boolean => id.startsWith('renewal#');

/**
 * A copy's requirement: each `by` id it names may be met by that credential earned before the
 * target or by its copy (earned after it, renewing too). Recursion is bounded by core's
 * MAX_REQUIREMENT_DEPTH, which validation enforces.
 * @returns the requirement with each such id `x` read as `any(x, copy of x)`
 */
function either(req: Requirement, by: ReadonlySet<string>): Requirement {
  if (typeof req === 'string') return by.has(req) ? { any: [req, byId(req)] } : req;
  if ('all' in req) return { all: req.all.map((r) => either(r, by)) };
  if ('any' in req) return { any: req.any.map((r) => either(r, by)) };
  if ('atLeast' in req) return { atLeast: req.atLeast, of: req.of.map((r) => either(r, by)) };
  return { credits: req.credits, of: [...req.of, ...req.of.filter((x) => by.has(x)).map(byId)] };
}

/**
 * @param catalog - the (valid) catalog
 * @param target - T, a credential with `renewal`
 * @param n - renewals needed (>= 1)
 * @returns the catalog with the synthetic credentials and offer prices added
 */
export function keepCatalog(catalog: Catalog, target: Credential, n: number): Catalog {
  const renewal = target.renewal!;
  const byIds = (renewal.by ?? []).filter((id) => id !== target.id);
  const byCred = new Map(catalog.credentials.map((c) => [c.id, c] as const));
  const added: Credential[] = [];
  for (let i = 1; i <= n; i++) {
    const pay: Credential = {
      id: payId(i),
      name: `renewal ${i} of ${target.name}`,
      kind: target.kind,
      cost: renewal.cost,
      durationWeeks: 0,
      requires: target.id,
    };
    if (target.provider !== undefined) pay.provider = target.provider;
    added.push(pay);
  }
  for (const id of byIds) {
    const b = byCred.get(id)!;
    const { aliases: _a, renewal: _r, outcomes: _o, recognizedBy: _g, ...rest } = b;
    const { effortHours: _e, starts: _s, pace: _p, ...kept } = rest;
    const own = b.requires === undefined ? undefined : either(b.requires, new Set(byIds));
    const requires: Requirement = own === undefined ? target.id : { all: [own, target.id] };
    // No weeks here: its step is placed to end on its due date (place-renewals.ts), so it neither
    // delays the target nor counts against a deadline or the weeks before the target.
    added.push({ ...kept, id: byId(id), requires, durationWeeks: 0 });
  }
  const choices = added.map((c) => c.id);
  added.push({
    id: KEEP_ID,
    name: `keep ${target.name}`,
    kind: target.kind,
    cost: 0,
    durationWeeks: 0,
    requires: { all: [target.id, { atLeast: n, of: choices }] },
  });
  const offers = catalog.offers?.map((o) => {
    if (o.periodMonths !== undefined) return o;
    const prices = { ...o.prices };
    for (const id of byIds) if (o.prices[id] !== undefined) prices[byId(id)] = o.prices[id];
    return { ...o, prices };
  });
  const out: Catalog = { ...catalog, credentials: [...catalog.credentials, ...added] };
  if (offers !== undefined) out.offers = offers;
  return out;
}

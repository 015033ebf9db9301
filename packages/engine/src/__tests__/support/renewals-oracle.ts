/**
 * Test support: the optimum under `keepFor` (plan-v2; catalog-v2 `renewal`) by exhaustive search on
 * tiny catalogs with one-off offers, sharing no code with the engine. Read from the specs: the
 * target T must stay valid keepFor months after it is earned; it lapses validityMonths after it is
 * earned, and each renewal (the paid one, or earning a credential of `renewal.by` while T is valid)
 * keeps it another validityMonths, so the horizon needs n = ceil(keepFor / validityMonths) − 1
 * renewals. Every set S of credentials to earn (in reach of T or of a `by` credential; not held,
 * retired or excluded) is tried with every split of S into the steps before T (closed: each one's
 * requirement met by the holdings and those steps) and R ⊆ S ∩ by earned after T, |R| ≤ n, each
 * renewing one period; the other n − |R| periods are paid. Every step is paid by its own cost or one
 * usable offer that covers it (an offer costs its price once). A paid renewal is eligible for a
 * sponsor as T's own cost is. Timing is not searched: by credentials here take weeks, periods years.
 * A held T renews from its holding's earnedOn (one without a date never lapses).
 */
import type { Catalog, Holding } from '@pathwise/core';
import { heldSet } from './held-set.js';
import { closureOf, credentialMap, metAt } from './requirement-met-at.js';
import { sponsorRule, type OracleQuery } from './offers-oracle.js';

/** The optima: least total; least out-of-pocket then total (equal to the first without a sponsor). */
export interface RenewalsOptimum {
  cheapest: number;
  outOfPocket: { outOfPocket: number; total: number };
}

/**
 * @param catalog - a tiny catalog (at most ~7 credentials in reach), its offers one-off
 * @param query - the query, with keepFor
 * @returns the optima, or undefined when no plan meets the query
 */
export function renewalsOptimum(
  catalog: Catalog,
  query: OracleQuery & { keepFor: number; have: readonly Holding[] },
): RenewalsOptimum | undefined {
  const byId = credentialMap(catalog);
  const held = heldSet(byId, query.have, query.asOf, true);
  const t = byId.get(query.target)!;
  const heldDate = query.have.find((h) => h.id === t.id)?.earnedOn;
  const lapses = t.validityMonths !== undefined && !(held.has(t.id) && heldDate === undefined);
  const n =
    lapses && query.keepFor > 0 ? Math.max(0, Math.ceil(query.keepFor / t.validityMonths!) - 1) : 0;
  if (n > 0 && t.renewal === undefined) return undefined;
  const by = n > 0 ? (t.renewal!.by ?? []) : [];
  const excluded = new Set(query.exclude ?? []);
  const reach = new Set([...closureOf(byId, t.id), ...by.flatMap((b) => [...closureOf(byId, b)])]);
  const cands = [...reach].filter(
    (id) => !held.has(id) && !excluded.has(id) && byId.get(id)!.retired !== true,
  );
  const creditsOf = (id: string): number => byId.get(id)?.credits ?? 0;
  const usable = (catalog.offers ?? []).filter(
    (o) => metAt(o.requires, { heldAt: (x) => (held.has(x) ? 0 : undefined), creditsOf }) === 0,
  );
  const sponsored = sponsorRule(catalog, query.sponsor);
  let cheapest = Infinity;
  let best = { outOfPocket: Infinity, total: Infinity };
  for (let mask = 0; mask < 1 << cands.length; mask++) {
    const s = cands.filter((_, i) => (mask >> i) & 1);
    if (!held.has(t.id) && !s.includes(t.id)) continue;
    const sBy = s.filter((id) => by.includes(id));
    for (let rm = 0; rm < 1 << sBy.length; rm++) {
      const r = sBy.filter((_, i) => (rm >> i) & 1);
      if (r.length > n) continue;
      const pre = s.filter((id) => !r.includes(id));
      const preDone = finishTimes(pre, held, byId, creditsOf);
      const allDone = finishTimes(s, held, byId, creditsOf);
      if (preDone === undefined || allDone === undefined) continue;
      const weeks = held.has(t.id) ? 0 : preDone.get(t.id)!;
      if (query.maxWeeks !== undefined && weeks > query.maxWeeks + 1e-9) continue;
      const renewalCost = (n - r.length) * (t.renewal?.cost ?? 0);
      // Every way of paying each step: own cost, or one usable offer covering it.
      const choices = s.map((id) => [
        undefined,
        ...usable.filter((o) => o.prices[id] !== undefined),
      ]);
      const pick = new Array<number>(s.length).fill(0);
      for (;;) {
        const paid: (readonly [string, number, boolean])[] = [];
        const taken = new Set<string>();
        let total = renewalCost;
        s.forEach((id, i) => {
          const o = choices[i]![pick[i]!];
          const cost = o === undefined ? byId.get(id)!.cost : o.prices[id]!;
          total += cost;
          // A step's cost is eligible as its credential is, whoever's price it is (plan-v2).
          paid.push([id, cost, false]);
          if (o !== undefined && !taken.has(o.id)) {
            taken.add(o.id);
            total += o.price;
            paid.push([o.id, o.price, true]);
          }
        });
        if (renewalCost > 0) paid.push([t.id, renewalCost, false]);
        if (query.maxCost === undefined || total <= query.maxCost + 1e-9) {
          cheapest = Math.min(cheapest, total);
          const oop = total - sponsored(paid);
          if (
            oop < best.outOfPocket - 1e-9 ||
            (oop <= best.outOfPocket + 1e-9 && total < best.total - 1e-9)
          )
            best = { outOfPocket: oop, total };
        }
        let i = 0;
        while (i < s.length && ++pick[i]! >= choices[i]!.length) pick[i++] = 0;
        if (i >= s.length) break;
      }
    }
  }
  return cheapest === Infinity ? undefined : { cheapest, outOfPocket: best };
}

/** @returns each earned credential's finish week when all of `set` can be earned, else undefined */
function finishTimes(
  set: readonly string[],
  held: ReadonlySet<string>,
  byId: ReturnType<typeof credentialMap>,
  creditsOf: (id: string) => number,
): Map<string, number> | undefined {
  // Earliest finish weeks, relaxed to a fixed point (the requirements are acyclic).
  const done = new Map<string, number>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const id of set) {
      const at = metAt(byId.get(id)!.requires, {
        heldAt: (x) => (held.has(x) ? 0 : done.get(x)),
        creditsOf,
      });
      if (at === undefined) continue;
      const end = at + byId.get(id)!.durationWeeks;
      if (!(end >= (done.get(id) ?? Infinity))) {
        done.set(id, end);
        progress = true;
      }
    }
  }
  return done.size === set.length ? done : undefined;
}

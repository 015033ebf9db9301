/**
 * The catalog's offers (catalog-v2.md "Offers") compiled once per catalog version against the compact
 * index, and the ones a query can use: an offer whose `requires` the query's holdings meet and that
 * can pay for itself, i.e. whose price is less than what it saves over the whole cone.
 *
 * The dominance argument. A plan's steps are credentials of the target's cone that are not excluded;
 * an offer o saves at most s(o) = Σ over those c of max(0, own(c) − price_o(c)) on them, and costs at
 * least its price (a periodic one bills at least one period). Take any plan with o and drop o: each
 * step o paid pays its own cost (or another taken offer's lower price) instead, so the total rises by
 * at most s(o) − price(o). With price(o) ≥ s(o) it does not rise; the steps and their schedule are
 * the same, so the plan without o is as fast, fits every budget and deadline the other fits, and is
 * valid. So leaving o out loses no plan worth taking (an offer that lowers no price has s(o) = 0).
 */
import type { Catalog, Requirement } from '@pathwise/core';
import { isRequirementMet, periodWeeks } from '@pathwise/core';
import type { CompactIndex } from '../compile/compact-index.js';
import type { Workspace } from '../compile/workspace.js';

/** One offer with its covered credentials as ints. */
export interface CompiledOffer {
  readonly id: string;
  readonly provider: string | undefined;
  readonly price: number;
  /** The billing period in weeks; undefined for a one-off offer. */
  readonly periodWeeks: number | undefined;
  /** Price under the offer by credential int. */
  readonly prices: ReadonlyMap<number, number>;
  readonly requires: Requirement | undefined;
}

/**
 * A credential's least price under an offer set: its own cost, or the lowest price an offer of the
 * set gives it (the one place the bounds read it: periodic-bound.ts, mandatory-bound.ts,
 * window-bound.ts).
 * @param own - own cost by credential int
 * @param taken - the offer set
 * @param c - the credential int
 * @param skip - an offer of the set to leave out, if any
 * @returns the least price
 */
export function leastPrice(
  own: ArrayLike<number>,
  taken: readonly CompiledOffer[],
  c: number,
  skip?: CompiledOffer,
): number {
  let p = own[c]!;
  for (const o of taken) {
    const q = o === skip ? undefined : o.prices.get(c);
    if (q !== undefined && q < p) p = q;
  }
  return p;
}

/**
 * @param catalog - the valid catalog (its credential ints are the compact index's)
 * @param compact - its compact index
 * @returns every offer of the catalog, compiled
 */
export function compileOffers(catalog: Catalog, compact: CompactIndex): CompiledOffer[] {
  return (catalog.offers ?? []).map((o) => ({
    id: o.id,
    provider: o.provider,
    price: o.price,
    periodWeeks: periodWeeks(o),
    prices: new Map(Object.entries(o.prices).map(([id, p]) => [compact.idOf.get(id)!, p] as const)),
    requires: o.requires,
  }));
}

/**
 * The offers a query may take.
 * @param offers - the catalog's compiled offers
 * @param ws - the workspace with the query's held set (its cone computed for `order`)
 * @param order - the target's cone (non-held credentials)
 * @param exclude - credential ints that may not be steps
 * @param heldIds - the ids the query holds (for `requires`)
 * @returns the offers whose `requires` is met and whose price is less than their savings over the
 *   cone (the dominance argument above)
 */
export function usableOffers(
  offers: readonly CompiledOffer[],
  ws: Workspace,
  order: Int32Array,
  exclude: readonly number[],
  heldIds: ReadonlySet<string>,
): CompiledOffer[] {
  const { cost, credits, idOf } = ws.index;
  const barred = new Set(exclude);
  const creditsOf = (id: string): number => credits[idOf.get(id)!] ?? 0;
  // What each offer saves over the cone, through the cone's credentials (not every offer's prices).
  const covering = offersByCredential(offers);
  const savings = new Map<number, number>();
  for (const c of order) {
    if (barred.has(c)) continue;
    for (const i of covering.get(c) ?? []) {
      const p = offers[i]!.prices.get(c)!;
      if (p < cost[c]!) savings.set(i, (savings.get(i) ?? 0) + cost[c]! - p);
    }
  }
  return [...savings]
    .filter(([i, saved]) => offers[i]!.price < saved)
    .map(([i]) => i)
    .sort((a, b) => a - b)
    .map((i) => offers[i]!)
    .filter((o) => isRequirementMet(o.requires, heldIds, creditsOf));
}

/** Each offer list's index by credential, built once per list (the planner's lives as long as it). */
const indexes = new WeakMap<readonly CompiledOffer[], Map<number, number[]>>();

/**
 * @param offers - compiled offers
 * @returns the positions in `offers` of the offers that price each credential int
 */
function offersByCredential(offers: readonly CompiledOffer[]): Map<number, number[]> {
  let index = indexes.get(offers);
  if (index === undefined) {
    index = new Map();
    for (const [i, o] of offers.entries())
      for (const c of o.prices.keys()) {
        const list = index.get(c);
        if (list === undefined) index.set(c, [i]);
        else list.push(i);
      }
    indexes.set(offers, index);
  }
  return index;
}

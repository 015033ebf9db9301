/**
 * The catalog's offers (catalog-v2.md "Offers") compiled once per catalog version against the compact
 * index, and the ones a query can use: an offer whose `requires` the query's holdings meet, that
 * covers a credential of the target's cone at less than its own cost. An offer that lowers no price
 * of the cone never lowers a plan's cost, so leaving it out loses no plan worth taking.
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
 * @returns the offers whose `requires` is met that lower some cone credential's price
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
  const inCone = new Set(order);
  return offers.filter(
    (o) =>
      isRequirementMet(o.requires, heldIds, creditsOf) &&
      [...o.prices].some(([c, p]) => inCone.has(c) && !barred.has(c) && p < cost[c]!),
  );
}

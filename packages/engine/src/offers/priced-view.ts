/**
 * The compact index as a plan taking a set of offers sees it: each credential's cost is the least of
 * its own cost and the taken offers' prices for it. Like the effort view (hours/effort-view.ts) it
 * shares every other array with the index; one cost array per planner is rewritten for each set and
 * restored after, so a set costs the credentials its offers cover, not a compile.
 */
import type { CompactIndex } from '../compile/compact-index.js';
import { Workspace } from '../compile/workspace.js';
import type { CompiledOffer } from './offer-table.js';

/** A workspace over the priced view, and how to price and restore it. */
export interface PricedView {
  readonly ws: Workspace;
  /** Lowers each covered credential's cost to its least price under `taken`. */
  price(taken: readonly CompiledOffer[]): void;
  /** Restores the costs `price(taken)` changed. */
  reset(taken: readonly CompiledOffer[]): void;
}

/**
 * @param index - the compact index
 * @returns its priced view, with every cost its own until `price` is called
 */
export function pricedView(index: CompactIndex): PricedView {
  const cost = Float64Array.from(index.cost);
  const ws = new Workspace({ ...index, cost });
  return {
    ws,
    price(taken) {
      for (const o of taken) for (const [c, p] of o.prices) if (p < cost[c]!) cost[c] = p;
    },
    reset(taken) {
      for (const o of taken) for (const c of o.prices.keys()) cost[c] = index.cost[c]!;
    },
  };
}

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
  /**
   * Lowers each covered credential's cost to its least price under `taken`; with `perHour`, the
   * price of each offer it rents out is its price for the credential plus its rent for the
   * credential's effortHours (rent-bound.ts: the offer's price over the hours one period holds).
   */
  price(taken: readonly CompiledOffer[], perHour?: PerHour): void;
  /** Restores the costs `price(taken)` changed. */
  reset(taken: readonly CompiledOffer[]): void;
}

/** Which periodic offers pay rent, and what their rent is computed from. */
export interface PerHour {
  /** The periodic offers that pay rent (the others pay nothing for their hours). */
  readonly renting: readonly CompiledOffer[];
  /** effortHours by credential int. */
  readonly effort: ArrayLike<number>;
  /** The weekly-hours budget (finite, > 0). */
  readonly hours: number;
  /** A multiple of each renting offer's rent (default 1; rent-bound.ts `periodsBound` varies it). */
  readonly scale?: number;
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
    price(taken, perHour) {
      for (const o of taken) {
        const rate =
          perHour !== undefined && o.periodWeeks !== undefined && perHour.renting.includes(o)
            ? ((perHour.scale ?? 1) * o.price) / (perHour.hours * o.periodWeeks)
            : 0;
        for (const [c, p] of o.prices) {
          const q = rate === 0 ? p : p + rate * perHour!.effort[c]!;
          if (q < cost[c]!) cost[c] = q;
        }
      }
    },
    reset(taken) {
      for (const o of taken) for (const c of o.prices.keys()) cost[c] = index.cost[c]!;
    },
  };
}

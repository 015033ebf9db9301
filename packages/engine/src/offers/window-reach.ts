/**
 * A periodic offer narrowed to what its window can reach from the plan's first week: a primal
 * heuristic for plan-with-offers.ts, never a bound. When the cheapest plan found bills a periodic
 * offer for several periods, a plan billing fewer may earn other credentials (steps that finish
 * sooner, so that the ones the offer pays fit in a shorter span). Pricing the offer's credentials
 * only where their earliest finish (over every way to earn them, from week 0) lies within k periods
 * steers the plain search to such a set; the set is then priced by the offer rules like any other.
 */
import type { Workspace } from '../compile/workspace.js';
import { EPS } from '../numeric/tolerance.js';
import { earliestPass } from '../schedule/earliest-pass.js';
import type { CompiledOffer } from './offer-table.js';

/**
 * @param ws - workspace with the query's held set
 * @param target - the query's target (not held)
 * @returns the earliest week each credential of the target's cone can be held, by credential int
 */
export function earliestFinish(ws: Workspace, target: number): Map<number, number> {
  const order = ws.cone(target);
  const weeks = earliestPass(ws, order);
  return new Map(Array.from(order, (c, l) => [c, weeks[l]!] as const));
}

/**
 * @param offer - a periodic offer
 * @param reach - earliest finish by credential int (`earliestFinish`)
 * @param weeks - the span the offer may bill (k periods)
 * @returns the offer pricing only the cone credentials that can be held by `weeks`
 */
export function withinReach(
  offer: CompiledOffer,
  reach: ReadonlyMap<number, number>,
  weeks: number,
): CompiledOffer {
  const prices = new Map<number, number>();
  for (const [c, p] of offer.prices)
    if ((reach.get(c) ?? Infinity) <= weeks + EPS) prices.set(c, p);
  return { ...offer, prices };
}

/**
 * The grain of a search's costs. A plan's cost is a sum of the prices it pays, and prices are in
 * whole units or in cents: when every price a search can pay is a multiple of a grain g, so is every
 * plan's cost, and a lower bound x on it proves the next multiple of g at or above x. Cheapest's
 * Lagrangian bound approaches the optimum from below without reaching it (its steps shrink with the
 * gap), so rounding it up is what lets it meet the incumbent's cost and prove it.
 */
import { EPS, near } from './tolerance.js';

/** The grains tried, coarsest first. */
const GRAINS = [1, 0.01];

/**
 * @param count - how many prices
 * @param price - the i-th price (0 <= i < count)
 * @returns the coarsest grain (1 or 0.01) every price is a multiple of, up to the tolerance; 0 when
 *   there is none (then bounds are not rounded)
 */
export function costGrain(count: number, price: (i: number) => number): number {
  let grains = GRAINS.length;
  for (let i = 0; i < count && grains > 0; i++) {
    const v = price(i);
    if (!Number.isFinite(v)) return 0;
    while (grains > 0 && !isMultiple(v, GRAINS[GRAINS.length - grains]!)) grains--;
  }
  return grains === 0 ? 0 : GRAINS[GRAINS.length - grains]!;
}

/**
 * @param x - a lower bound on a cost that is a multiple of `grain`
 * @param grain - the grain (0: none)
 * @returns the least multiple of `grain` at or above `x`, up to the tolerance (`x` itself without a
 *   grain, or when it is not finite)
 */
export function roundUpTo(x: number, grain: number): number {
  if (grain === 0 || !Number.isFinite(x)) return x;
  const k = x / grain;
  const nearest = Math.round(k);
  return (near(k, nearest) ? nearest : Math.ceil(k)) * grain;
}

function isMultiple(v: number, grain: number): boolean {
  const k = v / grain;
  return Math.abs(k - Math.round(k)) <= EPS * Math.max(1, Math.abs(k));
}

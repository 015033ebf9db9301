/**
 * The sets of usable offers a plan may take, in order of their fixed price (each one-off offer's
 * price plus one period of each periodic one): the least any plan taking exactly that set pays for
 * its offers, so the search over sets (plan-with-offers.ts) can stop at the first set whose fixed
 * price plus the least step cost reaches the best plan found.
 */
import type { CompiledOffer } from './offer-table.js';

/** One set of offers with its fixed price. */
export interface OfferSubset {
  offers: CompiledOffer[];
  fixed: number;
}

/**
 * Most usable offers a query searches every set of (2^12 sets). With more, only the empty set, each
 * single offer and all of them are tried, and the plan says `optimal: false` with a proven bound.
 */
export const MAX_USABLE_OFFERS = 12;

/**
 * @param offers - the usable offers
 * @returns the subsets by fixed price (ties: fewer offers first), and whether they are all of them
 */
export function offerSubsets(offers: readonly CompiledOffer[]): {
  subsets: OfferSubset[];
  complete: boolean;
} {
  const subset = (taken: CompiledOffer[]): OfferSubset => ({
    offers: taken,
    fixed: taken.reduce((sum, o) => sum + o.price, 0),
  });
  const k = offers.length;
  const complete = k <= MAX_USABLE_OFFERS;
  const out: OfferSubset[] = complete
    ? Array.from({ length: 1 << k }, (_, mask) => subset(offers.filter((_, i) => (mask >> i) & 1)))
    : [subset([]), ...offers.map((o) => subset([o])), subset([...offers])];
  out.sort((a, b) => a.fixed - b.fixed || a.offers.length - b.offers.length);
  return { subsets: out, complete };
}

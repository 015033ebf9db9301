/**
 * A second lower bound on the plans taking an offer set S with periodic offers, under a weekly-hours
 * budget H: periodic offers pay rent for the hours they hold (plan-with-offers.ts uses it where a
 * set's other bound leaves the best plan unproven).
 *
 * The argument. A periodic offer o of price p_o and period P_o weeks is billed
 * p_o × max(1, ceil(span / P_o)) ≥ p_o × span / P_o, where the span runs from the start of the first
 * step o pays to the end of the last (catalog-v2). Those steps run inside the span, the steps running
 * at any moment load at most H hours a week, and each step's hours are its effortHours however it is
 * stretched (plan-v2), so their summed effort E_o is at most H × span. So o's bill is at least
 * r_o × E_o, with r_o = p_o / (H × P_o): its price per hour a learner can spend under it. It is also
 * at least p_o (one period). Choose, for each periodic offer of S, which of the two to count: for a
 * choice R of renting offers, any plan X taking exactly S costs at least
 *   fixed(S) − Σ_{o ∈ R} p_o + Σ_{c ∈ X} rent(c),
 * where rent(c) is what X paid for c (its own cost or an offer's price for it), plus r_o ×
 * effortHours(c) when a renting o paid it; and each rent(c) is at least the least of those over S.
 * The least step cost over S's plans with every credential at that least (a run on the view priced
 * so: priced-view.ts's `perHour`) is at least its proven bound V, so every plan taking S costs at
 * least fixed(S) − Σ_{o ∈ R} p_o + V.
 *
 * periodic-bound.ts bills at least one period but lets o pay freely for what not every plan earns;
 * this one makes a renting o pay for every hour it holds but may bill less than one period. Neither
 * implies the other: a set's bound is the largest found.
 *
 * Not under a budget (maxCost): the run would then turn away plans by their rent, not by their cost.
 */
import type { CompiledOffer } from './offer-table.js';
import type { OfferSubset } from './offer-subsets.js';

/** Most periodic offers in a set whose every choice of renters is tried (2^3 − 1 runs). */
const MAX_CHOICES = 3;

/**
 * @param s - an offer set
 * @returns the choices of its periodic offers with a price to pay rent, each tried in a run of its
 *   own: every non-empty choice for up to MAX_CHOICES of them (one offer first), else each alone
 *   and all
 */
export function rentChoices(s: OfferSubset): CompiledOffer[][] {
  // A free periodic offer's rent is 0: renting it out proves nothing more.
  const periodic = s.offers.filter((o) => o.periodWeeks !== undefined && o.price > 0);
  const m = periodic.length;
  if (m > MAX_CHOICES) return [...periodic.map((o) => [o]), periodic];
  const out: CompiledOffer[][] = [];
  for (let mask = 1; mask < 1 << m; mask++) out.push(periodic.filter((_, i) => (mask >> i) & 1));
  return out.sort((a, b) => a.length - b.length);
}

/**
 * @param s - the offer set
 * @param renting - its periodic offers that paid rent in the run (the others one period each)
 * @param rented - a proven lower bound on that run's least step cost (Infinity when no plan takes
 *   the set)
 * @returns a lower bound on every plan taking exactly `s`
 */
export function rentBound(
  s: OfferSubset,
  renting: readonly CompiledOffer[],
  rented: number,
): number {
  let rent = 0;
  for (const o of renting) rent += o.price;
  return s.fixed - rent + rented;
}

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
 *
 * Periods billed, case by case (`periodsBound`, one renting offer o). A plan billing o for k periods
 * has span ≤ k × P_o, so E_o ≤ H × k × P_o; for any σ ≥ 0, pricing o's steps at σ times the rent
 * adds σ × r_o × E_o ≤ σ × k × p_o to its step cost. So with V(σ) a proven lower bound on the least
 * step cost of that view (V(0): o pays freely, the set's own run), it costs at least
 *   fixed(S) − p_o + k × p_o + max over the σ run of (V(σ) − σ × k × p_o),
 * and every plan taking S costs at least the least of that over k ≥ 1. At σ = 1 the term is the rent
 * bound above, for every k; a steeper σ raises the few-period cases (a plan must then leave hours
 * out of o), σ = 0 the many-period ones (each period is paid): whole periods, where rent counts
 * fractions. Measured on the example BSIT at 20 h/week: 25,515.73 by rent, 25,532.5 (the plan, so
 * proven) with σ ∈ {0, 1, 2, 4}.
 */
import type { CompiledOffer } from './offer-table.js';
import type { OfferSubset } from './offer-subsets.js';

/** The multiples of the rent (besides 0 and 1) run for `periodsBound`. */
export const STEEPER_RENTS = [2, 4] as const;

/** The most cases of periods `periodsBound` looks at (past them, it gives up: the rent bound). */
const MOST_PERIODS = 10_000;

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

/**
 * @param s - the offer set
 * @param o - its one renting offer (periodic, price > 0)
 * @param runs - V(σ) for each multiple σ of o's rent run (σ = 0: o paying freely), each a proven
 *   lower bound on that view's least step cost (Infinity when no plan takes the set)
 * @returns a lower bound on every plan taking exactly `s`: the least over the periods k that o bills
 *   of fixed(s) − p + k × p + max over σ of (V(σ) − σ × k × p); the rent bound (σ = 1) when the
 *   cases run past MOST_PERIODS (or no run has σ = 0)
 */
export function periodsBound(
  s: OfferSubset,
  o: CompiledOffer,
  runs: readonly { scale: number; least: number }[],
): number {
  const p = o.price;
  const free = runs.find((r) => r.scale === 0)?.least ?? -Infinity;
  const rent = runs.find((r) => r.scale === 1)?.least ?? -Infinity;
  let least = Infinity;
  for (let k = 1; k <= MOST_PERIODS; k++) {
    // Every later case costs at least its periods and V(0), which only grow with k.
    if (s.fixed - p + k * p + free >= least) return least;
    let best = -Infinity;
    for (const r of runs) best = Math.max(best, r.least - r.scale * k * p);
    least = Math.min(least, s.fixed - p + k * p + best);
  }
  // Each case is at least the rent bound (σ = 1), so it bounds the cases not looked at.
  return s.fixed - p + rent;
}

/**
 * The pricing rules of catalog-v2.md "Offers", in one place: what a step pays (its own cost or the
 * price of one taken offer that covers it), what an offer costs (a one-off `price`; a periodic one
 * `price × max(1, ceil(span / periodWeeks))` for the span from the first step it pays to the end of
 * the last), and the plan's total. The planners (plan-with-offers.ts) and validatePlan both price
 * through here.
 */
import { EPS } from '../numeric/tolerance.js';

/** What the pricing rules need of an offer. */
export interface PricedOffer {
  readonly id: string;
  readonly price: number;
  /** undefined: one-off. */
  readonly periodWeeks: number | undefined;
}

/** A taken offer as the plan reports it (plan-v2 `offers`). */
export interface PlanOffer {
  offer: string;
  /** What the offer itself costs: its price, times the periods billed for a periodic one. */
  cost: number;
  /** Periods billed; 1 for a one-off offer. */
  periods: number;
  /** The start of the first step it pays. */
  startWeek: number;
  /** The end of the last step it pays. */
  endWeek: number;
}

/**
 * @param span - weeks from the first paid step's start to the last one's end
 * @param period - the billing period in weeks
 * @returns the periods billed: at least one, and enough to cover the span (a span within 1e-9 of a
 *   whole number of periods is that number, so float noise in week arithmetic bills no extra period)
 */
export function periodsBilled(span: number, period: number): number {
  return Math.max(1, Math.ceil(span / period - EPS));
}

/**
 * @param offer - the offer
 * @param paid - the [startWeek, endWeek] of each step it pays (at least one)
 * @returns how the plan reports it, with its cost
 */
export function chargeOffer(
  offer: PricedOffer,
  paid: readonly { startWeek: number; endWeek: number }[],
): PlanOffer {
  const startWeek = Math.min(...paid.map((s) => s.startWeek));
  const endWeek = Math.max(...paid.map((s) => s.endWeek));
  return chargeSpan(offer, startWeek, endWeek);
}

/**
 * `chargeOffer` given the span of the steps it pays.
 * @param offer - the offer
 * @param startWeek - the start of the first step it pays
 * @param endWeek - the end of the last step it pays
 * @returns how the plan reports it, with its cost
 */
export function chargeSpan(offer: PricedOffer, startWeek: number, endWeek: number): PlanOffer {
  const periods =
    offer.periodWeeks === undefined ? 1 : periodsBilled(endWeek - startWeek, offer.periodWeeks);
  return { offer: offer.id, cost: offer.price * periods, periods, startWeek, endWeek };
}

/**
 * @param stepCosts - each step's cost (own, or its offer's price for it)
 * @param offers - the taken offers with their costs
 * @returns plan-v2's totalCost: the steps' costs plus the offers' costs
 */
export function totalWithOffers(
  stepCosts: readonly number[],
  offers: readonly Pick<PlanOffer, 'cost'>[],
): number {
  let sum = 0;
  for (const c of stepCosts) sum += c;
  for (const o of offers) sum += o.cost;
  return sum;
}

/**
 * Offers of catalog-v2 (catalog-v2.md "Offers"): subscriptions, memberships, bundles and vouchers as
 * one construct, a way to pay for some credentials other than their own `cost`.
 */
import type { Extensions, Requirement } from './types.js';

/** Every field catalog-v2 defines on an offer; any other must start with `x-`. */
export const OFFER_FIELDS = [
  'id',
  'name',
  'provider',
  'price',
  'periodMonths',
  'prices',
  'requires',
] as const;

/** A way to pay: once (`periodMonths` absent) or for each billing period of `periodMonths`. */
export interface Offer extends Extensions {
  /** Unique across credential ids, offer ids and aliases. */
  id: string;
  name: string;
  /** A listed provider. */
  provider?: string;
  /** Paid once, or per period when `periodMonths` is given. */
  price: number;
  /** Whole months ≥ 1; one period lasts `periodMonths × 52 / 12` weeks. */
  periodMonths?: number;
  /** The credentials it covers (ids), each with its price under the offer. */
  prices: Record<string, number>;
  /** What must be held to take the offer. */
  requires?: Requirement;
}

/**
 * The length of one billing period in weeks (catalog-v2.md: `periodMonths × 52 / 12`).
 * @param offer - a periodic offer
 * @returns weeks, or undefined for a one-off offer
 */
export function periodWeeks(offer: Pick<Offer, 'periodMonths'>): number | undefined {
  return offer.periodMonths === undefined ? undefined : (offer.periodMonths * 52) / 12;
}

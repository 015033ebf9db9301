/**
 * validatePlan's offer rules (catalog-v2.md "Offers"): each step pays its own cost or, when it names
 * an offer, that offer's price for it; an offer is taken only when the query's holdings meet its
 * `requires`; the plan's `offers` list each offer its steps name exactly once, charged by the pricing
 * rules (offers/offer-pricing.ts) for the span of the steps it pays; and `totalCost` is the steps'
 * costs plus the offers' costs.
 */
import type { CatalogIndex, Offer } from '@pathwise/core';
import { isRequirementMet, periodWeeks } from '@pathwise/core';
import type { Plan } from '../plan-types.js';
import { chargeOffer, totalWithOffers } from '../offers/offer-pricing.js';
import { near } from '../numeric/tolerance.js';

/** A fault the offer rules find: its code, message and step credential (when about one step). */
export type OfferFault = [
  'WRONG_COST' | 'UNKNOWN_OFFER' | 'OFFER_NOT_ALLOWED' | 'WRONG_OFFERS' | 'WRONG_TOTAL_COST',
  string,
  string?,
];

/**
 * @param index - the catalog index
 * @param plan - a feasible plan
 * @param held - the ids the query holds (lapse applied)
 * @returns every offer rule the plan breaks
 */
export function checkOffers(
  index: CatalogIndex,
  plan: Plan,
  held: ReadonlySet<string>,
): OfferFault[] {
  const faults: OfferFault[] = [];
  const offers = new Map((index.catalog.offers ?? []).map((o) => [o.id, o] as const));
  const paidBy = new Map<Offer, Plan['steps']>();
  const creditsOf = (id: string): number => index.byId.get(id)?.credits ?? 0;
  for (const step of plan.steps) {
    const c = index.byId.get(step.credential);
    if (!c) continue;
    if (step.offer === undefined) {
      if (!near(step.cost, c.cost))
        faults.push(['WRONG_COST', `cost ${step.cost} != ${c.cost}`, c.id]);
      continue;
    }
    const o = offers.get(step.offer);
    const price = o?.prices[c.id];
    if (o === undefined || price === undefined) {
      faults.push(['UNKNOWN_OFFER', `offer "${step.offer}" does not cover it`, c.id]);
      continue;
    }
    if (!near(step.cost, price))
      faults.push(['WRONG_COST', `cost ${step.cost} != ${price} under "${o.id}"`, c.id]);
    paidBy.set(o, [...(paidBy.get(o) ?? []), step]);
  }
  const listed = plan.offers ?? [];
  for (const [o, steps] of paidBy) {
    if (!isRequirementMet(o.requires, held, creditsOf))
      faults.push(['OFFER_NOT_ALLOWED', `offer "${o.id}" requires what is not held`]);
    const expected = chargeOffer({ id: o.id, price: o.price, periodWeeks: periodWeeks(o) }, steps);
    const entries = listed.filter((l) => l.offer === o.id);
    const l = entries[0];
    if (
      entries.length !== 1 ||
      !near(l!.cost, expected.cost) ||
      l!.periods !== expected.periods ||
      !near(l!.startWeek, expected.startWeek) ||
      !near(l!.endWeek, expected.endWeek)
    )
      faults.push([
        'WRONG_OFFERS',
        `offer "${o.id}" should be listed once as ${JSON.stringify(expected)}`,
      ]);
  }
  for (const l of listed)
    if (![...paidBy.keys()].some((o) => o.id === l.offer))
      faults.push(['WRONG_OFFERS', `offer "${l.offer}" is listed but pays no step`]);
  // plan-v2: totalCost is the steps' costs, the offers' costs and the renewals' costs.
  const total = totalWithOffers(
    plan.steps.map((s) => s.cost),
    [...listed, ...(plan.renewals ?? [])],
  );
  if (!near(total, plan.totalCost))
    faults.push(['WRONG_TOTAL_COST', `totalCost ${plan.totalCost} != ${total}`]);
  return faults;
}

/**
 * @param index - the catalog index
 * @param plan - the plan
 * @returns whether the plan takes a periodic offer (its schedule may then be compact rather than earliest)
 */
export function takesPeriodicOffer(index: CatalogIndex, plan: Plan): boolean {
  return (plan.offers ?? []).some(
    (l) => index.catalog.offers?.find((o) => o.id === l.offer)?.periodMonths !== undefined,
  );
}

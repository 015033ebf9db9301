/**
 * Test support: catalog-v2's offer rules for the plan checker, written from catalog-v2.md "Offers"
 * and sharing no code with the engine: a step pays its own cost or its offer's price for it; an offer
 * is taken only when the holdings meet its `requires`; each taken offer is listed once, costing
 * `price` (one-off) or `price × max(1, ceil(span / (periodMonths × 52 / 12)))` for the span of the
 * steps it pays; totalCost is the steps' costs plus the offers'.
 */
import type { Catalog, Offer } from '@pathwise/core';
import type { Plan } from '../../plan-types.js';
import { metAt } from './requirement-met-at.js';

/** @returns what `offer` costs for paying steps spanning `span` weeks */
export function offerCost(offer: Offer, span: number): number {
  if (offer.periodMonths === undefined) return offer.price;
  const period = (offer.periodMonths * 52) / 12;
  return offer.price * Math.max(1, Math.ceil(span / period - 1e-9));
}

/**
 * @param catalog - the catalog
 * @param held - the ids held
 * @param plan - a feasible plan
 * @returns the offer faults, and the plan's cost as the rules price it
 */
export function offerFaults(
  catalog: Catalog,
  held: ReadonlySet<string>,
  plan: Plan,
): { faults: string[]; total: number } {
  const faults: string[] = [];
  const offers = new Map((catalog.offers ?? []).map((o) => [o.id, o] as const));
  const own = new Map(catalog.credentials.map((c) => [c.id, c] as const));
  const spans = new Map<string, [number, number]>();
  let total = 0;
  for (const step of plan.steps) {
    const c = own.get(step.credential);
    if (c === undefined) continue;
    const o = step.offer === undefined ? undefined : offers.get(step.offer);
    const expected = step.offer === undefined ? c.cost : o?.prices[c.id];
    if (expected === undefined) faults.push(`${c.id}: offer ${step.offer} does not cover it`);
    else if (Math.abs(step.cost - expected) > 1e-9)
      faults.push(`${c.id}: cost ${step.cost} ≠ ${expected}`);
    total += step.cost;
    if (o === undefined) continue;
    const [a, b] = spans.get(o.id) ?? [Infinity, -Infinity];
    spans.set(o.id, [Math.min(a, step.startWeek), Math.max(b, step.endWeek)]);
  }
  const listed = plan.offers ?? [];
  for (const [id, [a, b]] of spans) {
    const o = offers.get(id)!;
    const creditsOf = (x: string): number => own.get(x)?.credits ?? 0;
    if (metAt(o.requires, { heldAt: (x) => (held.has(x) ? 0 : undefined), creditsOf }) !== 0)
      faults.push(`offer ${id} taken without its requires`);
    const cost = offerCost(o, b - a);
    total += cost;
    const entries = listed.filter((l) => l.offer === id);
    if (entries.length !== 1 || Math.abs(entries[0]!.cost - cost) > 1e-9)
      faults.push(`offer ${id} should be listed once costing ${cost}`);
  }
  if (listed.some((l) => !spans.has(l.offer))) faults.push('an offer is listed that pays no step');
  return { faults, total };
}

/** @returns whether the plan takes an offer billed by period */
export function takesPeriodic(catalog: Catalog, plan: Plan): boolean {
  return (plan.offers ?? []).some(
    (l) => catalog.offers?.find((o) => o.id === l.offer)?.periodMonths !== undefined,
  );
}

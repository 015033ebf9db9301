/**
 * Who pays each step of a scheduled plan, given the offers a plan may take: each step pays the
 * least of its own cost and the one-off offers' prices for it; then each periodic offer pays the
 * steps inside the billing window that saves most (every window from a covered step's start to a
 * covered step's end is tried: inside it the offer pays every step it makes cheaper, and the window's
 * periods are billed). Offers that pay no step are not taken. Costs come from pricing rules of
 * offer-pricing.ts.
 */
import type { PlanStep } from '../plan-types.js';
import type { CompiledOffer } from './offer-table.js';
import { chargeOffer, periodsBilled, totalWithOffers, type PlanOffer } from './offer-pricing.js';

/** A plan's steps priced, with the offers taken. */
export interface PricedSteps {
  steps: PlanStep[];
  offers: PlanOffer[];
  totalCost: number;
}

/** Past this many covered steps, a periodic offer's window is all of them (no window search). */
const MAX_WINDOW_STEPS = 64;

/**
 * @param steps - the scheduled steps (their `cost` is ignored)
 * @param ownCost - a credential's own cost by id
 * @param intOf - a credential's int by id
 * @param offers - the offers the plan may take
 * @returns the steps with `cost` and `offer`, the offers taken, and the total
 */
export function assignOffers(
  steps: readonly PlanStep[],
  ownCost: (id: string) => number,
  intOf: (id: string) => number,
  offers: readonly CompiledOffer[],
): PricedSteps {
  const ints = steps.map((s) => intOf(s.credential));
  const price = steps.map((s) => ownCost(s.credential));
  const payer: (CompiledOffer | undefined)[] = steps.map(() => undefined);
  for (const o of offers) {
    if (o.periodWeeks !== undefined) continue;
    ints.forEach((c, i) => {
      const p = o.prices.get(c);
      if (p !== undefined && p < price[i]!) [price[i], payer[i]] = [p, o];
    });
  }
  for (const o of offers) {
    if (o.periodWeeks === undefined) continue;
    const window = bestWindow(steps, ints, price, o);
    for (const i of window) [price[i], payer[i]] = [o.prices.get(ints[i]!)!, o];
  }
  return chargeAssigned(steps, price, payer, offers);
}

/**
 * The plan's steps and offers once each step's payer is chosen (here, or by the portfolio's MIP
 * runner, mip-proof.ts).
 * @param steps - the scheduled steps
 * @param price - what each step pays (its own cost, or its payer's price for it)
 * @param payer - the offer that pays each step, if any
 * @param offers - the offers the plan may take (the order the taken ones are listed in)
 * @returns the steps with `cost` and `offer`, the offers taken, and the total
 */
export function chargeAssigned(
  steps: readonly PlanStep[],
  price: readonly number[],
  payer: readonly (CompiledOffer | undefined)[],
  offers: readonly CompiledOffer[],
): PricedSteps {
  const taken = offers.filter((o) => payer.includes(o));
  const charged = taken.map((o) =>
    chargeOffer(
      o,
      steps.filter((_, i) => payer[i] === o),
    ),
  );
  const priced = steps.map((s, i) => {
    const step: PlanStep = { ...s, cost: price[i]! };
    delete step.offer;
    if (payer[i] !== undefined) step.offer = payer[i].id;
    return step;
  });
  return { steps: priced, offers: charged, totalCost: totalWithOffers(price, charged) };
}

/** @returns the steps a periodic offer pays in its most saving window (empty: none saves) */
function bestWindow(
  steps: readonly PlanStep[],
  ints: readonly number[],
  price: readonly number[],
  o: CompiledOffer,
): number[] {
  const gains = new Map<number, number>();
  ints.forEach((c, i) => {
    const p = o.prices.get(c);
    if (p !== undefined && p < price[i]!) gains.set(i, price[i]! - p);
  });
  if (gains.size === 0) return [];
  const candidates = [...gains.keys()];
  const starts = candidates.map((i) => steps[i]!.startWeek);
  const ends = candidates.map((i) => steps[i]!.endWeek);
  const pairs =
    candidates.length > MAX_WINDOW_STEPS
      ? [[Math.min(...starts), [Math.max(...ends)]] as const]
      : starts.map((a) => [a, ends.filter((b) => b >= a)] as const);
  // Per window start a, the candidates starting no earlier by end, with prefix sums of their gains:
  // each end b then finds what its window saves by a binary search (not a pass over every step).
  let best: readonly [number, number] | undefined;
  let bestSaving = 0;
  for (const [a, bs] of pairs) {
    const after = candidates
      .filter((i) => steps[i]!.startWeek >= a)
      .sort((x, y) => steps[x]!.endWeek - steps[y]!.endWeek);
    const endAt = after.map((i) => steps[i]!.endWeek);
    const prefix = [0];
    for (const i of after) prefix.push(prefix[prefix.length - 1]! + gains.get(i)!);
    for (const b of bs) {
      const n = upTo(endAt, b);
      if (n === 0) continue;
      const s = prefix[n]! - o.price * periodsBilled(b - a, o.periodWeeks!);
      if (s > bestSaving) [best, bestSaving] = [[a, b], s];
    }
  }
  if (best === undefined) return [];
  const [a, b] = best;
  return candidates.filter((i) => steps[i]!.startWeek >= a && steps[i]!.endWeek <= b);
}

/** @returns how many of the ascending `xs` are at most `x` */
function upTo(xs: readonly number[], x: number): number {
  let [lo, hi] = [0, xs.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

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
import { chargeSpan, periodsBilled, totalWithOffers, type PlanOffer } from './offer-pricing.js';

/** A plan's steps priced, with the offers taken. */
export interface PricedSteps {
  steps: PlanStep[];
  offers: PlanOffer[];
  totalCost: number;
}

/**
 * Who pays each step of a plan and what the plan then costs, before its steps are written out
 * (`chargedSteps`): a pricing that loses to one found before costs no step objects.
 */
export interface Payers {
  /** What each step pays (its own cost, or its payer's price for it). */
  readonly price: readonly number[];
  /** The offer that pays each step, if any. */
  readonly payer: readonly (CompiledOffer | undefined)[];
  /** The offers taken, charged. */
  readonly offers: PlanOffer[];
  readonly totalCost: number;
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
  return written(steps, assignPayers(steps, ownCost, intOf, offers));
}

/**
 * `assignOffers` without writing the steps out.
 * @param steps - the scheduled steps (their `cost` is ignored)
 * @param ownCost - a credential's own cost by id
 * @param intOf - a credential's int by id
 * @param offers - the offers the plan may take
 * @returns who pays each step, the offers taken, and the total
 */
export function assignPayers(
  steps: readonly PlanStep[],
  ownCost: (id: string) => number,
  intOf: (id: string) => number,
  offers: readonly CompiledOffer[],
): Payers {
  const n = steps.length;
  const ints = new Array<number>(n);
  const price = new Array<number>(n);
  const payer = new Array<CompiledOffer | undefined>(n).fill(undefined);
  for (let i = 0; i < n; i++) {
    ints[i] = intOf(steps[i]!.credential);
    price[i] = ownCost(steps[i]!.credential);
  }
  for (const o of offers) {
    if (o.periodWeeks !== undefined) continue;
    for (let i = 0; i < n; i++) {
      const p = o.prices.get(ints[i]!);
      if (p !== undefined && p < price[i]!) {
        price[i] = p;
        payer[i] = o;
      }
    }
  }
  for (const o of offers) {
    if (o.periodWeeks === undefined) continue;
    for (const i of bestWindow(steps, ints, price, o)) {
      price[i] = o.prices.get(ints[i]!)!;
      payer[i] = o;
    }
  }
  return payersOf(steps, price, payer, offers);
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
  return written(steps, payersOf(steps, price, payer, offers));
}

/**
 * @param steps - the scheduled steps
 * @param payers - who pays each of them
 * @returns the steps with `cost` and `offer`
 */
export function chargedSteps(steps: readonly PlanStep[], payers: Payers): PlanStep[] {
  const { price, payer } = payers;
  return steps.map((s, i) => {
    const step: PlanStep = { ...s, cost: price[i]! };
    delete step.offer;
    if (payer[i] !== undefined) step.offer = payer[i].id;
    return step;
  });
}

/** @returns the steps written out, with the offers and the total */
function written(steps: readonly PlanStep[], payers: Payers): PricedSteps {
  return { steps: chargedSteps(steps, payers), offers: payers.offers, totalCost: payers.totalCost };
}

/** @returns the payers with the taken offers charged and the total */
function payersOf(
  steps: readonly PlanStep[],
  price: readonly number[],
  payer: readonly (CompiledOffer | undefined)[],
  offers: readonly CompiledOffer[],
): Payers {
  // Each taken offer's span, in one pass over the steps; listed in the order of `offers`.
  const spans = new Map<CompiledOffer, { start: number; end: number }>();
  for (let i = 0; i < steps.length; i++) {
    const o = payer[i];
    if (o === undefined) continue;
    const { startWeek, endWeek } = steps[i]!;
    const span = spans.get(o);
    if (span === undefined) spans.set(o, { start: startWeek, end: endWeek });
    else {
      span.start = Math.min(span.start, startWeek);
      span.end = Math.max(span.end, endWeek);
    }
  }
  const charged: PlanOffer[] = [];
  for (const o of offers) {
    const span = spans.get(o);
    if (span !== undefined) charged.push(chargeSpan(o, span.start, span.end));
  }
  return { price, payer, offers: charged, totalCost: totalWithOffers(price, charged) };
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

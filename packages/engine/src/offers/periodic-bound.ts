/**
 * A proven lower bound on the cost of any plan taking a set S of offers with a periodic offer
 * (plan-with-offers.ts uses it where S's fixed price plus its least step cost is too weak: that
 * bound bills one period and lets the offer pay every step it covers).
 *
 * The argument. A periodic offer o billed k periods pays steps that all lie inside one window of at
 * most k × P_o weeks (catalog-v2: the span from the first step it pays to the end of the last). So:
 * - each step o pays lasts at most k × P_o weeks, and every step lasts at least its durationWeeks
 *   (plan-v2), so o pays only credentials of durationWeeks at most k × P_o;
 * - under a weekly-hours budget H, the steps running at any moment load at most H hours a week, and
 *   each step's hours are its effortHours however it is stretched, so the steps o pays have summed
 *   effort at most H × k × P_o (no limit without H).
 * Let M be credentials every plan considered earns (the target and, through `all` groups, what it
 * names, hours-bound.ts; or a case's leaf, requirement/mandatory-leaves.ts) and L a proven lower
 * bound on the least step cost of S's plans with every covered step at its least price under S (the
 * priced run).
 * Any plan X ⊇ M taking S then costs at least
 *   fixed(S) − p_o + k × p_o                                   (its offers; o billed k periods)
 *   + max(0, L − Σ_{c∈M} price_S(c))                           (X \ M, every offer paying freely)
 *   + Σ_{c∈M} price_{S−o}(c) − gain_o(k)                       (M, o paying within its window)
 * where price_S(c) is c's least price under S, price_{S−o}(c) its least without o (other periodic
 * offers still pay freely: a relaxation), and gain_o(k) the most that o saves on M's credentials of
 * durationWeeks at most k × P_o and summed effort at most H × k × P_o: a 0/1 knapsack, decided
 * exactly over its Pareto front of (effort, saving) (at most MAX_FRONT points; past that its
 * fractional relaxation, still an upper bound on the saving). Minimising over k ≥ 1 (billing at least
 * one period) bounds every plan taking S, for each periodic o in S; the largest over o is the bound.
 * k runs until o may pay every saving credential of M; a larger k only bills more.
 */
import { EPS } from '../numeric/tolerance.js';
import { leastPrice, type CompiledOffer } from './offer-table.js';

/** Most points of a knapsack's Pareto front kept before falling back to its fractional bound. */
const MAX_FRONT = 1 << 14;

/** Most billing periods tried one by one; past them the least saving term for larger k is used. */
const MAX_PERIODS = 10_000;

/** What the periodic bound needs for one offer set. */
export interface PeriodicBoundInput {
  /** The offer set S. */
  taken: readonly CompiledOffer[];
  /** S's fixed price (one-off prices plus one period of each periodic offer). */
  fixed: number;
  /** A proven lower bound on the least step cost over S's plans, every covered step at its least price. */
  least: number;
  /** M: credentials every plan considered earns (not held), target included. */
  mandatory: readonly number[];
  /** Own cost by credential int. */
  own: ArrayLike<number>;
  /** effortHours by credential int. */
  effort: ArrayLike<number>;
  /** durationWeeks by credential int. */
  duration: ArrayLike<number>;
  /** The weekly-hours budget (Infinity: none). */
  hours: number;
}

/**
 * @param input - the offer set, its fixed price and least step cost, M, costs, efforts and H
 * @returns a lower bound on the total cost of every plan taking exactly S under H that earns M
 */
export function periodicBound(input: PeriodicBoundInput): number {
  const { taken, fixed, least, mandatory, hours } = input;
  let bound = fixed + least;
  if (!(hours > 0)) return bound;
  const priceUnder = (c: number, skip?: CompiledOffer): number =>
    leastPrice(input.own, taken, c, skip);
  let pricedM = 0;
  for (const c of mandatory) pricedM += priceUnder(c);
  for (const o of taken) {
    if (o.periodWeeks === undefined) continue;
    let withoutO = 0;
    const items: Item[] = [];
    for (const c of mandatory) {
      const p = priceUnder(c, o);
      withoutO += p;
      const q = o.prices.get(c);
      if (q !== undefined && q < p)
        // Without H, effort limits nothing: no weight keeps the knapsack's front one point.
        items.push({
          weight: hours < Infinity ? input.effort[c]! : 0,
          gain: p - q,
          weeks: input.duration[c]!,
        });
    }
    // X \ M costs at least L less M's part of it, and at least nothing (no price is negative).
    const rest = fixed - o.price + Math.max(0, least - pricedM) + withoutO;
    bound = Math.max(bound, rest + leastBilling(o.price, o.periodWeeks, hours, items));
  }
  return bound;
}

/**
 * @returns the least over k ≥ 1 of k × price − the most saving o can make billed k periods
 *   (credentials of at most k × period weeks, summed effort at most hours × k × period)
 */
function leastBilling(
  price: number,
  period: number,
  hours: number,
  items: readonly Item[],
): number {
  // Items by duration: those o may pay billed k periods are a prefix, growing with k.
  const byWeeks = [...items].sort((a, b) => a.weeks - b.weeks);
  const weight = items.reduce((s, i) => s + i.weight, 0);
  const longest = byWeeks.length > 0 ? byWeeks[byWeeks.length - 1]!.weeks : 0;
  const kmax = Math.max(
    1,
    Math.ceil(weight / (hours * period) - EPS),
    Math.ceil(longest / period - EPS),
  );
  const knapsack = new Knapsack();
  let next = 0;
  let best = Infinity;
  for (let k = 1; k <= Math.min(kmax, MAX_PERIODS); k++) {
    while (next < byWeeks.length && byWeeks[next]!.weeks <= k * period + EPS)
      knapsack.add(byWeeks[next++]!);
    best = Math.min(best, k * price - knapsack.most(hours * k * period));
  }
  // Larger k (not tried one by one): at least the next k's price with every saving taken.
  if (kmax > MAX_PERIODS) {
    while (next < byWeeks.length) knapsack.add(byWeeks[next++]!);
    best = Math.min(best, (MAX_PERIODS + 1) * price - knapsack.most(Infinity));
  }
  return best;
}

/** One credential o may pay: its effort, what o saves on it, and its durationWeeks. */
interface Item {
  weight: number;
  gain: number;
  weeks: number;
}

/**
 * A 0/1 knapsack's most saving for each capacity, items added one at a time. Hand-written: no
 * maintained npm library solves a knapsack with real weights exactly, and the front here is a few
 * lines.
 */
class Knapsack {
  /** Pareto front of (weight, gain), weights ascending and gains strictly ascending. */
  private front: { weight: number; gain: number }[] | undefined = [{ weight: 0, gain: 0 }];
  private readonly items: Item[] = [];
  /** The items by saving per effort, for the fractional relaxation (made when first needed). */
  private byRatio: Item[] | undefined;

  add(it: Item): void {
    this.items.push(it);
    this.byRatio = undefined;
    const front = this.front;
    if (front === undefined) return;
    const merged = [
      ...front,
      ...front.map((f) => ({ weight: f.weight + it.weight, gain: f.gain + it.gain })),
    ];
    merged.sort((a, b) => a.weight - b.weight || b.gain - a.gain);
    const next: { weight: number; gain: number }[] = [];
    for (const m of merged)
      if (next.length === 0 || m.gain > next[next.length - 1]!.gain) next.push(m);
    // Past MAX_FRONT points, the fractional relaxation (an upper bound on the 0/1 saving).
    this.front = next.length > MAX_FRONT ? undefined : next;
  }

  /** @returns the most saving within a capacity (exact while the front is kept, else an upper bound) */
  most(capacity: number): number {
    if (this.front === undefined) {
      this.byRatio ??= [...this.items].sort((a, b) => b.gain * a.weight - a.gain * b.weight);
      return fractional(this.byRatio, capacity);
    }
    let g = 0;
    for (const f of this.front) if (f.weight <= capacity + EPS) g = f.gain;
    return g;
  }
}

/**
 * @param byRatio - the items by saving per effort, best first
 * @returns the fractional knapsack's saving within a capacity (an upper bound on the 0/1 one)
 */
function fractional(byRatio: readonly Item[], capacity: number): number {
  let left = capacity + EPS;
  let g = 0;
  for (const it of byRatio) {
    if (it.weight <= left) [g, left] = [g + it.gain, left - it.weight];
    else return g + (it.gain * left) / it.weight;
  }
  return g;
}

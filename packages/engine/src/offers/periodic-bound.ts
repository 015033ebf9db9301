/**
 * A proven lower bound on the cost of any plan taking a set S of offers with a periodic offer, under a
 * weekly-hours budget H (plan-with-offers.ts uses it where S's fixed price plus its least step cost
 * is too weak: that bound bills one period and lets the offer pay every step it covers).
 *
 * The argument. A periodic offer o billed k periods pays steps that all lie inside one window of at
 * most k × P_o weeks (catalog-v2: the span from the first step it pays to the end of the last). The
 * steps running at any moment load at most H hours a week, and each step's hours are its effortHours
 * however it is stretched, so the steps o pays have summed effort at most H × k × P_o. Let M be the
 * credentials every plan earns (the target and, through `all` groups, what it names; hours-bound.ts)
 * and L a proven lower bound on the least step cost of S's plans with every covered step at its least
 * price under S (the priced run). Any plan X ⊇ M taking S then costs at least
 *   fixed(S) − p_o + k × p_o                                   (its offers; o billed k periods)
 *   + (L − Σ_{c∈M} price_S(c))                                 (X \ M, every offer paying freely)
 *   + Σ_{c∈M} price_{S−o}(c) − gain_o(H × k × P_o)             (M, o paying within its hours)
 * where price_S(c) is c's least price under S, price_{S−o}(c) its least without o (other periodic
 * offers still pay freely: a relaxation), and gain_o(W) the most that o saves on M's credentials of
 * summed effort at most W: a 0/1 knapsack, decided exactly over its Pareto front of (effort, saving)
 * (at most MAX_FRONT points; past that its fractional relaxation, still an upper bound on the saving).
 * Minimising over k ≥ 1 (billing at least one period) bounds every plan taking S, for each periodic o
 * in S; the largest over o is the bound. k runs until o pays every saving credential of M; a larger k
 * only bills more.
 */
import { EPS } from '../numeric/tolerance.js';
import type { CompiledOffer } from './offer-table.js';

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
  /** The credentials every plan earns (not held), target included. */
  mandatory: readonly number[];
  /** Own cost by credential int. */
  own: ArrayLike<number>;
  /** effortHours by credential int. */
  effort: ArrayLike<number>;
  /** The weekly-hours budget (finite). */
  hours: number;
}

/**
 * @param input - the offer set, its fixed price and least step cost, M, costs, efforts and H
 * @returns a lower bound on the total cost of every plan taking exactly S under H
 */
export function periodicBound(input: PeriodicBoundInput): number {
  const { taken, fixed, least, mandatory, hours } = input;
  let bound = fixed + least;
  if (!(hours < Infinity) || hours <= 0) return bound;
  const priceUnder = (c: number, skip?: CompiledOffer): number => {
    let p = input.own[c]!;
    for (const o of taken) if (o !== skip) p = Math.min(p, o.prices.get(c) ?? Infinity);
    return p;
  };
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
      if (q !== undefined && q < p) items.push({ weight: input.effort[c]!, gain: p - q });
    }
    const rest = fixed - o.price + (least - pricedM) + withoutO;
    const most = maxGain(items);
    const perPeriod = hours * o.periodWeeks;
    const weight = items.reduce((s, i) => s + i.weight, 0);
    const kmax = Math.max(1, Math.ceil(weight / perPeriod - EPS));
    let best = Infinity;
    for (let k = 1; k <= Math.min(kmax, MAX_PERIODS); k++)
      best = Math.min(best, k * o.price - most(k * perPeriod));
    // Larger k (not tried one by one): at least the next k's price with every saving taken.
    if (kmax > MAX_PERIODS) best = Math.min(best, (MAX_PERIODS + 1) * o.price - most(Infinity));
    bound = Math.max(bound, rest + best);
  }
  return bound;
}

/** One credential o may pay: its effort and what o saves on it. */
interface Item {
  weight: number;
  gain: number;
}

/**
 * The 0/1 knapsack's most saving for each capacity. Hand-written: no maintained npm library solves a
 * knapsack with real weights exactly, and the front here is a few lines.
 * @param items - the credentials o may pay
 * @returns the most saving within a capacity (exact up to MAX_FRONT front points, else an upper bound)
 */
function maxGain(items: readonly Item[]): (capacity: number) => number {
  // Pareto front of (weight, gain), weights ascending and gains strictly ascending.
  let front: Item[] = [{ weight: 0, gain: 0 }];
  for (const it of items) {
    const merged = [
      ...front,
      ...front.map((f) => ({ weight: f.weight + it.weight, gain: f.gain + it.gain })),
    ];
    merged.sort((a, b) => a.weight - b.weight || b.gain - a.gain);
    const next: Item[] = [];
    for (const m of merged)
      if (next.length === 0 || m.gain > next[next.length - 1]!.gain) next.push(m);
    front = next;
    if (front.length > MAX_FRONT) return fractional(items);
  }
  return (capacity) => {
    let g = 0;
    for (const f of front) if (f.weight <= capacity + EPS) g = f.gain;
    return g;
  };
}

/** @returns the fractional knapsack's saving for each capacity (an upper bound on the 0/1 one) */
function fractional(items: readonly Item[]): (capacity: number) => number {
  const byRatio = [...items].sort((a, b) => b.gain * a.weight - a.gain * b.weight);
  return (capacity) => {
    let left = capacity + EPS;
    let g = 0;
    for (const it of byRatio) {
      if (it.weight <= left) [g, left] = [g + it.gain, left - it.weight];
      else return g + (it.gain * left) / it.weight;
    }
    return g;
  };
}

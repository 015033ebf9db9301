/**
 * The tree DP of cheapest with a deadline: V(c, d) is the least cost of holding credential `c` by
 * week `d` when every occurrence of a prerequisite is priced by a policy (full value, a cost share,
 * 0 once paid, Infinity when out). Requirements are met by the time their step must start: `all`
 * sums, `any` takes the least, `atLeast k` the k least, `credits n` a min-cost cover, each child
 * priced for that start week. Values are memoised per (credential, week) for one evaluation pass.
 */
import type { CompactIndex } from '../compile/compact-index.js';
import { GROUP_ALL, GROUP_ANY, GROUP_AT_LEAST } from '../compile/compact-index.js';
import type { Workspace } from '../compile/workspace.js';
import { minCostCover } from '../cheapest/knapsack-cover.js';
import { leastIndices, sumOfLeast } from '../cheapest/cone-dp.js';

/** Tolerance on week comparisons (durations may be fractional). */
export const WEEK_EPS = 1e-9;

/**
 * What one occurrence of credential local `l` is worth when it must be held by week `t`.
 * `value(l, t)` gives the credential's own DP value at that week.
 */
export type DeadlinePrice = (
  l: number,
  t: number,
  value: (l: number, t: number) => number,
) => number;

/** Memoised deadline values over one cone. */
export class DeadlineDp {
  private readonly index: CompactIndex;
  private memo: (Map<number, number> | undefined)[];

  /**
   * @param ws - workspace with the query's held set and cone
   * @param order - the cone in post-order
   * @param earliest - per local index, the earliest week it can be held under the current exclusions
   */
  constructor(
    private readonly ws: Workspace,
    private readonly order: Int32Array,
    private readonly earliest: Float64Array,
  ) {
    this.index = ws.index;
    this.memo = new Array<Map<number, number> | undefined>(order.length);
  }

  /** Forgets every memoised value (call when the pricing policy changes). */
  reset(): void {
    this.memo = new Array<Map<number, number> | undefined>(this.order.length);
  }

  /**
   * Fills the memo bottom-up for every (credential, week) that evaluating `starts` will ask for, so
   * that later `value` calls recurse no deeper than one requirement tree (cones may be long chains).
   * @param starts - (local index, week) pairs to be evaluated
   * @param price - the policy (the one the later calls use)
   * @param isOut - local indices that are never earned (their weeks are not needed)
   */
  prime(
    starts: readonly (readonly [number, number])[],
    price: DeadlinePrice,
    isOut: (l: number) => boolean,
  ): void {
    const { index, ws, order, earliest } = this;
    const m = order.length;
    const needs: (Set<number> | undefined)[] = new Array<Set<number> | undefined>(m);
    const add = (l: number, t: number): void => {
      if (isOut(l) || !(earliest[l]! <= t + WEEK_EPS)) return;
      (needs[l] ??= new Set()).add(t);
    };
    for (const [l, d] of starts) add(l, d);
    for (let l = m - 1; l >= 0; l--) {
      const weeks = needs[l];
      if (!weeks) continue;
      const c = order[l]!;
      for (const t of weeks) {
        const ct = t - index.duration[c]!;
        for (let j = index.depStart[c]!; j < index.depStart[c + 1]!; j++) {
          const x = index.deps[j]!;
          if (!ws.isHeld(x)) add(ws.local(x), ct);
        }
      }
    }
    for (let l = 0; l < m; l++) for (const t of needs[l] ?? []) this.value(l, t, price);
  }

  /**
   * @param l - local index of a cone credential
   * @param d - the week it must be held by
   * @param price - the policy for its prerequisites
   * @returns its cost plus the least cost of meeting its requirement by `d - duration`
   */
  value(l: number, d: number, price: DeadlinePrice): number {
    if (!(this.earliest[l]! <= d + WEEK_EPS)) return Infinity;
    let memo = this.memo[l];
    const hit = memo?.get(d);
    if (hit !== undefined) return hit;
    const c = this.order[l]!;
    const v =
      this.index.cost[c]! +
      this.requirementValue(this.index.req[c]!, d - this.index.duration[c]!, price);
    (memo ??= this.memo[l] = new Map()).set(d, v);
    return v;
  }

  /**
   * @param ref - requirement ref (-1: nothing)
   * @param t - the week it must be met by
   * @param price - the policy
   * @returns the least cost of meeting it by `t` (Infinity when impossible)
   */
  requirementValue(ref: number, t: number, price: DeadlinePrice): number {
    if (ref < 0) return t >= -WEEK_EPS ? 0 : Infinity;
    const { n } = this.index;
    if (ref < n) return this.childValue(ref, t, price);
    const g = ref - n;
    const { groupStart, groupChildren, groupKind } = this.index;
    const from = groupStart[g]!;
    const to = groupStart[g + 1]!;
    const kind = groupKind[g]!;
    if (kind === GROUP_ALL) {
      let sum = 0;
      for (let j = from; j < to && sum < Infinity; j++)
        sum += this.requirementValue(groupChildren[j]!, t, price);
      return sum;
    }
    if (kind === GROUP_ANY) {
      let least = Infinity;
      for (let j = from; j < to; j++) {
        const v = this.requirementValue(groupChildren[j]!, t, price);
        if (v < least) least = v;
      }
      return least;
    }
    const values = this.childValues(from, to, t, price);
    if (kind === GROUP_AT_LEAST) return sumOfLeast(values, this.index.groupParam[g]!);
    return minCostCover(values, this.creditsOf(from, to), this.index.groupParam[g]!).value;
  }

  /**
   * Walks the argmin choices of a requirement met by week `t`.
   * @param use - called with the local index and the week of every non-held credential chosen
   */
  choose(ref: number, t: number, price: DeadlinePrice, use: (l: number, t: number) => void): void {
    if (ref < 0) return;
    const { n } = this.index;
    if (ref < n) {
      if (!this.ws.isHeld(ref)) use(this.ws.local(ref), t);
      return;
    }
    const g = ref - n;
    const { groupStart, groupChildren, groupKind } = this.index;
    const from = groupStart[g]!;
    const to = groupStart[g + 1]!;
    const kind = groupKind[g]!;
    if (kind === GROUP_ALL) {
      for (let j = from; j < to; j++) this.choose(groupChildren[j]!, t, price, use);
      return;
    }
    const values = this.childValues(from, to, t, price);
    let picks: number[];
    if (kind === GROUP_ANY) picks = leastIndices(values, 1);
    else if (kind === GROUP_AT_LEAST) picks = leastIndices(values, this.index.groupParam[g]!);
    else {
      const need = this.index.groupParam[g]!;
      picks = minCostCover(values, this.creditsOf(from, to), need, true).chosen;
    }
    for (const p of picks) this.choose(groupChildren[from + p]!, t, price, use);
  }

  private childValue(c: number, t: number, price: DeadlinePrice): number {
    if (this.ws.isHeld(c)) return t >= -WEEK_EPS ? 0 : Infinity;
    const l = this.ws.local(c);
    if (!(this.earliest[l]! <= t + WEEK_EPS)) return Infinity;
    return price(l, t, (x, d) => this.value(x, d, price));
  }

  private childValues(from: number, to: number, t: number, price: DeadlinePrice): number[] {
    const values: number[] = [];
    for (let j = from; j < to; j++)
      values.push(this.requirementValue(this.index.groupChildren[j]!, t, price));
    return values;
  }

  private creditsOf(from: number, to: number): number[] {
    const out: number[] = [];
    for (let j = from; j < to; j++) out.push(this.index.credits[this.index.groupChildren[j]!]!);
    return out;
  }
}

/**
 * The tree DP of cheapest with a deadline: V(c, d) is the least cost of holding credential `c` by
 * week `d` when every occurrence of a prerequisite is priced by a policy (full value, a cost share,
 * 0 once paid, Infinity when out). Requirements are met by the time their step must start: `all`
 * sums, `any` takes the least, `atLeast k` the k least, `credits n` a min-cost cover, each child
 * priced for that start week (the COST fold of requirement-fold.ts, with leaves priced by week).
 * Values are memoised per (credential, week) for one evaluation pass.
 *
 * With an energy rate H (the weekly-hours set bound, hours/set-bound-search.ts, on the effort view)
 * a credential also cannot be held by `d` when its requirement's value at its latest start
 * t = d − duration is more than H·t: every credential the requirement relies on is finished by t, at
 * most H hours a week, and the value is a lower bound on their summed effort (a cost share never
 * charges a credential more than once in all, a paid one is charged 0). So the value becomes
 * Infinity, and the chain of deadlines the DP passes down makes this "the effort that must be done
 * before each node, plus the longest chain after it" for every node at once.
 */
import type { CompactIndex } from '../compile/compact-index.js';
import type { Workspace } from '../compile/workspace.js';
import { EPS, within } from '../numeric/tolerance.js';
import {
  chooseRequirement,
  COST,
  foldRequirement,
  FoldLeaves,
} from '../requirement/requirement-fold.js';

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
  /** The week the requirement being folded must be met by, and its policy. */
  private t = 0;
  private price: DeadlinePrice = () => Infinity;
  private readonly valueOf = (l: number, d: number): number => this.value(l, d, this.price);
  /** COST leaves: each credential priced by the policy for week `t` (`nothing` set per fold). */
  private readonly leaves = new FoldLeaves(COST, (c) => this.credentialValue(c));

  /**
   * @param ws - workspace with the query's held set and cone
   * @param order - the cone in post-order
   * @param earliest - per local index, the earliest week it can be held under the current exclusions
   * @param energy - the most cost per week (hours a week on the effort view; default: no limit)
   */
  constructor(
    private readonly ws: Workspace,
    private readonly order: Int32Array,
    private readonly earliest: Float64Array,
    private readonly energy = Infinity,
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
      if (isOut(l) || !(earliest[l]! <= t + EPS)) return;
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
    if (!(this.earliest[l]! <= d + EPS)) return Infinity;
    let memo = this.memo[l];
    const hit = memo?.get(d);
    if (hit !== undefined) return hit;
    const c = this.order[l]!;
    const t = d - this.index.duration[c]!;
    const before = this.requirementValue(this.index.req[c]!, t, price);
    const fits = this.energy === Infinity || within(before, this.energy * t);
    const v = fits ? this.index.cost[c]! + before : Infinity;
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
    const savedT = this.t;
    const savedPrice = this.price;
    this.enter(t, price);
    const v = foldRequirement(this.index, ref, this.leaves);
    this.enter(savedT, savedPrice);
    return v;
  }

  /**
   * Walks the argmin choices of a requirement met by week `t`.
   * @param use - called with the local index and the week of every non-held credential chosen
   */
  choose(ref: number, t: number, price: DeadlinePrice, use: (l: number, t: number) => void): void {
    const savedT = this.t;
    const savedPrice = this.price;
    this.enter(t, price);
    const ws = this.ws;
    chooseRequirement(this.index, ref, this.leaves, (c) => {
      if (!ws.isHeld(c)) use(ws.local(c), t);
    });
    this.enter(savedT, savedPrice);
  }

  /** Sets the week and policy the leaves price for; nothing required is met iff `t` is not before 0. */
  private enter(t: number, price: DeadlinePrice): void {
    this.t = t;
    this.price = price;
    this.leaves.nothing = t >= -EPS ? 0 : Infinity;
  }

  /** @returns what credential `c` is worth when it must be held by week `t`, under the policy */
  private credentialValue(c: number): number {
    const t = this.t;
    if (this.ws.isHeld(c)) return t >= -EPS ? 0 : Infinity;
    const l = this.ws.local(c);
    if (!(this.earliest[l]! <= t + EPS)) return Infinity;
    return this.price(l, t, this.valueOf);
  }
}

/**
 * The tree DP of cheapest with a deadline: V(c, d) is the least cost of holding credential `c` by
 * week `d` when every occurrence of a prerequisite is priced by a policy (full value, a cost share,
 * 0 once paid, Infinity when out). Requirements are met by the time their step must start: `all`
 * sums, `any` takes the least, `atLeast k` the k least, `credits n` a min-cost cover, each child
 * priced for that start week (the COST fold of requirement-fold.ts, with leaves priced by week).
 * Values are memoised per (credential, week) for one evaluation pass (deadline-memo.ts: typed
 * arrays reused across nodes and queries, nothing allocated per node).
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
import { deadlineMemo, type DeadlineMemo } from './deadline-memo.js';
import { markAncestors, type ConeDeps } from './cone-deps.js';
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
  private readonly memo: DeadlineMemo;
  /** The week the requirement being folded must be met by, and its policy. */
  private t = 0;
  private price: DeadlinePrice = () => Infinity;
  private readonly valueOf = (l: number, d: number): number => this.value(l, d, this.price);
  /** COST leaves: each credential priced by the policy for week `t` (`nothing` set per fold). */
  private readonly leaves = new FoldLeaves(COST, (c) => this.credentialValue(c));
  /** What `choose` picked: local indices and weeks, `picked` of them. */
  pickedLocal = new Int32Array(16);
  pickedWeek = new Float64Array(16);
  picked = 0;
  private readonly pick = (c: number): void => this.record(c);

  /**
   * @param ws - workspace with the query's held set and cone (its memo arena is reused)
   * @param order - the cone in post-order
   * @param earliest - per local index, the earliest week it can be held under the current exclusions
   * @param isOut - local indices that are never earned (their weeks are never needed)
   * @param deps - the cone's prerequisite lists (`coneDeps`)
   * @param energy - the most cost per week (hours a week on the effort view; default: no limit)
   */
  constructor(
    private readonly ws: Workspace,
    private readonly order: Int32Array,
    private readonly earliest: Float64Array,
    private readonly isOut: (l: number) => boolean,
    private readonly deps: ConeDeps,
    private readonly energy = Infinity,
  ) {
    this.index = ws.index;
    this.memo = deadlineMemo(ws);
    this.pending = new Uint8Array(order.length);
    this.lowPending = order.length;
  }

  /** Entries below this number have passed their weeks down to their prerequisites (`prime`). */
  private primed = 0;
  /** Per local index, 1 when some of its entries may be unknown; none below `lowPending`. */
  private readonly pending: Uint8Array;
  private lowPending: number;

  /** @returns how many (credential, week) entries the memo holds */
  get entries(): number {
    return this.memo.count;
  }

  /** Forgets every memoised value (call when the pricing policy or the earliest weeks change). */
  reset(): void {
    this.memo.reset();
    this.primed = 0;
    this.pending.fill(0, this.lowPending);
    this.lowPending = this.order.length;
  }

  private markPending(l: number): void {
    this.pending[l] = 1;
    if (l < this.lowPending) this.lowPending = l;
  }

  /**
   * Forgets the values of the credentials marked in `dirty` and of every cone credential that
   * relies on one of them (its ancestors), keeping the rest: V(c, ·) reads only the prices and the
   * earliest weeks of c's strict descendants, and a credential's earliest week changes only when
   * its own or a descendant's decision does, so a node of the search needs only the ancestors of
   * the changed decisions recomputed. `dirty` is extended in place to the ancestors. Weeks are
   * kept, so the next `prime` passes down only the newly added ones; when `rewalk` (the earliest
   * weeks changed: a week a forgotten entry once skipped may be needed now), the forgotten entries
   * pass theirs down again here (the earliest weeks must be the new ones).
   * @param dirty - per local index, 1 when its price or earliest week changed
   * @param rewalk - whether the earliest weeks changed since the last `prime`
   */
  forget(dirty: Uint8Array, rewalk = false): void {
    const memo = this.memo;
    markAncestors(this.deps, dirty);
    for (let l = 0; l < this.order.length; l++) {
      if (!dirty[l] || memo.first(l) < 0) continue;
      memo.forget(l);
      this.markPending(l);
      if (rewalk) for (let e = memo.first(l); e >= 0; e = memo.next[e]!) this.passDown(e);
    }
  }

  /**
   * Asks for (`l`, week `t`) in the next `prime` (ignored when `l` is out or cannot be held by `t`).
   * @param l - local index
   * @param t - the week it must be held by
   */
  need(l: number, t: number): void {
    if (this.isOut(l) || !(this.earliest[l]! <= t + EPS)) return;
    this.memo.add(l, t);
  }

  /**
   * Fills the memo bottom-up for every (credential, week) that evaluating the `need`ed pairs will
   * ask for, so that later `value` calls recurse no deeper than one requirement tree (cones may be
   * long chains). Top-down first: every entry added since the last prime passes its start week
   * down to its prerequisites; then the unknown values bottom-up, visiting only the credentials
   * with new or forgotten entries (what stays known between search nodes is not walked again).
   * @param price - the policy (the one the later calls use)
   */
  prime(price: DeadlinePrice): void {
    const { order, memo, pending, earliest } = this;
    const m = order.length;
    // Top-down: each entry added since the last prime passes its start week to its prerequisites
    // once (the closure does not depend on the order; the entries it adds are visited in turn).
    for (let e = this.primed; e < memo.count; e++) {
      this.markPending(memo.owner[e]!);
      this.passDown(e);
    }
    // Bottom-up in post-order: the unknown values of the credentials marked pending.
    for (let l = this.lowPending; l < m; l++) {
      if (!pending[l]) continue;
      pending[l] = 0;
      // An entry before the earliest week is never read (`value` answers Infinity first); should
      // that week fall, the credential is forgotten again (`forget`).
      for (let e = memo.first(l); e >= 0; e = memo.next[e]!)
        if (Number.isNaN(memo.value[e]!) && earliest[l]! <= memo.week[e]! + EPS)
          memo.value[e] = this.compute(l, memo.week[e]!, price);
    }
    this.lowPending = m;
    this.primed = memo.count;
  }

  /** Asks for the prerequisites of entry `e`'s credential at the week its step must start. */
  private passDown(e: number): void {
    const { index, order, memo } = this;
    const { start, local } = this.deps;
    const l = memo.owner[e]!;
    const ct = memo.week[e]! - index.duration[order[l]!]!;
    for (let j = start[l]!; j < start[l + 1]!; j++) this.need(local[j]!, ct);
  }

  /**
   * @param l - local index of a cone credential
   * @param d - the week it must be held by
   * @param price - the policy for its prerequisites
   * @returns its cost plus the least cost of meeting its requirement by `d - duration`
   */
  value(l: number, d: number, price: DeadlinePrice): number {
    if (!(this.earliest[l]! <= d + EPS)) return Infinity;
    const memo = this.memo;
    const e = memo.find(l, d);
    if (e >= 0) {
      const hit = memo.value[e]!;
      if (!Number.isNaN(hit)) return hit;
    }
    const v = this.compute(l, d, price);
    memo.value[e >= 0 ? e : memo.add(l, d)] = v;
    return v;
  }

  /** @returns the value of (`l`, `d`), computed from its requirement (its prerequisites memoised) */
  private compute(l: number, d: number, price: DeadlinePrice): number {
    const c = this.order[l]!;
    const t = d - this.index.duration[c]!;
    const before = this.requirementValue(this.index.req[c]!, t, price);
    const fits = this.energy === Infinity || within(before, this.energy * t);
    return fits ? this.index.cost[c]! + before : Infinity;
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
   * Walks the argmin choices of a requirement met by week `t`: afterwards `pickedLocal` and
   * `pickedWeek` hold the local index and the week (`t`) of the first `picked` non-held
   * credentials chosen.
   */
  choose(ref: number, t: number, price: DeadlinePrice): void {
    const savedT = this.t;
    const savedPrice = this.price;
    this.enter(t, price);
    this.picked = 0;
    chooseRequirement(this.index, ref, this.leaves, this.pick);
    this.enter(savedT, savedPrice);
  }

  /** Notes credential `c` (chosen by `choose` at week `t`) unless it is held. */
  private record(c: number): void {
    if (this.ws.isHeld(c)) return;
    if (this.picked === this.pickedLocal.length) {
      const local = new Int32Array(this.picked * 2);
      const week = new Float64Array(this.picked * 2);
      local.set(this.pickedLocal);
      week.set(this.pickedWeek);
      this.pickedLocal = local;
      this.pickedWeek = week;
    }
    this.pickedLocal[this.picked] = this.ws.local(c);
    this.pickedWeek[this.picked++] = this.t;
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

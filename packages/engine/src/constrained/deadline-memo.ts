/**
 * The memo of the deadline DP (deadline-dp.ts) as flat typed arrays: per local cone index a short
 * chain of (week, value) entries in one arena, so that a search node allocates nothing (the DP asks
 * for 1-5 weeks per credential, so a chain beats any hash). `reset` forgets everything in O(1) by
 * bumping a generation stamp; the arena is kept per workspace and reused by every later query
 * (a workspace answers one query at a time), growing by doubling when a cone needs more.
 */
import type { Workspace } from '../compile/workspace.js';

/** (local index, week) → value entries, reset in O(1). A value of NaN means "asked, not yet known". */
export class DeadlineMemo {
  /** Per local index: the generation its chain was started in (older: empty). */
  private stamp: Uint32Array;
  /** Per local index: the first entry of its chain (-1: none). */
  private head: Int32Array;
  private gen = 1;
  /** Entry arena: week, value, the next entry of the same chain (-1: end) and its local index. */
  week: Float64Array;
  value: Float64Array;
  next: Int32Array;
  owner: Int32Array;
  private size = 0;

  /** @param n - how many local indices (credentials) the cones may have */
  constructor(n: number) {
    this.stamp = new Uint32Array(n);
    this.head = new Int32Array(n);
    const cap = 256;
    this.week = new Float64Array(cap);
    this.value = new Float64Array(cap);
    this.next = new Int32Array(cap);
    this.owner = new Int32Array(cap);
  }

  /** Forgets every entry. */
  reset(): void {
    this.size = 0;
    if (++this.gen === 0xffffffff) {
      this.stamp.fill(0);
      this.gen = 1;
    }
  }

  /** @returns the first entry of local index `l`'s chain, -1 when it has none */
  first(l: number): number {
    return this.stamp[l] === this.gen ? this.head[l]! : -1;
  }

  /** @returns how many entries there are; entries are numbered in the order they were added */
  get count(): number {
    return this.size;
  }

  /** Marks every value of local index `l` unknown (NaN), keeping its weeks. */
  forget(l: number): void {
    for (let e = this.first(l); e >= 0; e = this.next[e]!) this.value[e] = NaN;
  }

  /** @returns the entry of (`l`, week `t`), -1 when there is none */
  find(l: number, t: number): number {
    for (let e = this.first(l); e >= 0; e = this.next[e]!) if (this.week[e] === t) return e;
    return -1;
  }

  /** @returns the entry of (`l`, week `t`), added with value NaN when there was none */
  add(l: number, t: number): number {
    const found = this.find(l, t);
    if (found >= 0) return found;
    if (this.size === this.week.length) this.grow();
    const e = this.size++;
    this.week[e] = t;
    this.value[e] = NaN;
    this.next[e] = this.first(l);
    this.owner[e] = l;
    this.head[l] = e;
    this.stamp[l] = this.gen;
    return e;
  }

  private grow(): void {
    const cap = this.week.length * 2;
    const week = new Float64Array(cap);
    const value = new Float64Array(cap);
    const next = new Int32Array(cap);
    const owner = new Int32Array(cap);
    owner.set(this.owner);
    week.set(this.week);
    value.set(this.value);
    next.set(this.next);
    this.week = week;
    this.value = value;
    this.next = next;
    this.owner = owner;
  }
}

const memos = new WeakMap<Workspace, DeadlineMemo>();

/**
 * @param ws - the workspace of the query (one query at a time uses it)
 * @returns its deadline memo, reset (created on first use, then reused)
 */
export function deadlineMemo(ws: Workspace): DeadlineMemo {
  let memo = memos.get(ws);
  if (memo === undefined) memos.set(ws, (memo = new DeadlineMemo(ws.index.n)));
  memo.reset();
  return memo;
}

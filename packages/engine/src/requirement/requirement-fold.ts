/**
 * The one walk over compiled requirements, and the one place each group rule's semantics lives.
 * Every planner asks one of two questions of a requirement, and only its leaves differ:
 * - TIME, the week it is met (plan-v1's min/max recursion): `all` the latest child, `any` the
 *   earliest, `atLeast k` the k-th earliest, `credits n` the first week the held credits reach n;
 * - COST, the least cost of meeting it: `all` sums, `any` takes the least, `atLeast k` the k least,
 *   `credits n` a min-cost covering knapsack.
 * The leaves say what one credential occurrence is worth (a week, a full value, a cost share, a cost
 * by a deadline...). `chooseRequirement` walks the argmin of the same rules. A new group kind or a
 * new rule semantics is added here (and compiled in compact-index.ts), and every planner follows.
 *
 * `all` and `any` fold without allocating (the hot paths of fastest and cheapest); `atLeast` and
 * `credits` gather their children's values.
 */
import type { CompactIndex } from '../compile/compact-index.js';
import { GROUP_ALL, GROUP_ANY, GROUP_AT_LEAST, GROUP_REF } from '../compile/compact-index.js';
import { minCostCover, minCoverValue } from './knapsack-cover.js';

/** What a fold combines: weeks (the week a requirement is met). */
export const TIME = 0;
/** What a fold combines: costs (the least cost of meeting a requirement). */
export const COST = 1;
/** TIME or COST. */
export type Measure = typeof TIME | typeof COST;

/**
 * The leaves of a fold: what one credential occurrence, or nothing, is worth, and how values
 * combine. One class (not an interface each planner implements) so that the fold's hot loop sees
 * one object shape whatever it folds: with several shapes V8 stops inlining it (measured: cheapest's
 * DP ran ~40% slower once the same fold had also folded weeks).
 */
export class FoldLeaves {
  /**
   * @param measure - how children's values combine: TIME or COST
   * @param credential - the value of occurrence `slot` of credential `c` (the slot is an index into
   *   `groupChildren`, or `rootSlot(index, owner)` for a requirement that is a bare id); not called
   *   when `weeks` is given
   * @param nothing - the value of a requirement that asks nothing (ref -1); may be changed between
   *   folds (cheapest-by-deadline's depends on the week)
   * @param weeks - TIME over an array: credential `c` is worth `weeks[c]`, read without a call
   * @param slots - values by slot, read without a call (cheapest's bound, the fold's hottest
   *   caller): see SlotValues
   */
  constructor(
    readonly measure: Measure,
    readonly credential: (c: number, slot: number) => number,
    public nothing = 0,
    readonly weeks: Float64Array | null = null,
    readonly slots: SlotValues | null = null,
  ) {}
}

/** `SlotValues.code` at a slot that names a held credential (worth 0). */
export const HELD_SLOT = -1;

/**
 * Occurrence values by slot: at slot j, `code[j]` is an occurrence number o ≥ 0 (worth
 * `occurrence[o]`), HELD_SLOT (worth 0), or -2 - l (worth `local[l]`). The caller keeps the codes
 * valid at every slot its folds reach, and the values current.
 */
export interface SlotValues {
  readonly code: Int32Array;
  readonly occurrence: Float64Array;
  readonly local: Float64Array;
}

/** @returns the value SlotValues give the child at `slot` */
export function slotValue(slots: SlotValues, slot: number): number {
  const o = slots.code[slot]!;
  return o >= 0 ? slots.occurrence[o]! : o === HELD_SLOT ? 0 : slots.local[-2 - o]!;
}

/**
 * @param weeks - week each credential int is held (Infinity: never)
 * @returns TIME leaves reading them (the hot path of fastest and of scheduling)
 */
export function weeksIn(weeks: Float64Array): FoldLeaves {
  return new FoldLeaves(TIME, (c) => weeks[c]!, 0, weeks);
}

/**
 * @param timeOf - week credential `c` is held; Infinity when it never is
 * @returns TIME leaves over a callback (for small, non-hot walks)
 */
export function weeksOf(timeOf: (c: number) => number): FoldLeaves {
  return new FoldLeaves(TIME, timeOf);
}

/**
 * @param index - the compact index
 * @param c - a credential int
 * @returns the slot of `c`'s requirement when that requirement is a bare id
 */
export function rootSlot(index: CompactIndex, c: number): number {
  return index.groupChildren.length + c;
}

/**
 * @param index - the compact index
 * @param ref - a requirement ref (credential or group); -1 means nothing is required
 * @param leaves - the leaf values and the measure
 * @param slot - the occurrence `ref` fills (read by leaves that price occurrences)
 * @returns the requirement's value: the week it is met (Infinity: never) or its least cost
 *   (Infinity: impossible)
 */
export function foldRequirement(
  index: CompactIndex,
  ref: number,
  leaves: FoldLeaves,
  slot = -1,
): number {
  if (ref < 0) return leaves.nothing;
  const { n, groupStart, groupChildren } = index;
  if (ref < n) return leafValue(leaves, ref, slot);
  const g = ref - GROUP_REF;
  const from = groupStart[g]!;
  const to = groupStart[g + 1]!;
  const kind = index.groupKind[g]!;
  const time = leaves.measure === TIME;
  if (kind === GROUP_ALL) {
    let acc = 0;
    for (let j = from; j < to && acc < Infinity; j++) {
      const v = childValue(index, groupChildren[j]!, leaves, j);
      if (!time) acc += v;
      else if (v > acc) acc = v;
    }
    return acc;
  }
  if (kind === GROUP_ANY) {
    let least = Infinity;
    for (let j = from; j < to; j++) {
      const v = childValue(index, groupChildren[j]!, leaves, j);
      if (v < least) least = v;
    }
    return least;
  }
  const param = index.groupParam[g]!;
  if (kind === GROUP_AT_LEAST && param >= 1) {
    // The k least children's values, kept sorted in a scratch frame: no array per group.
    const base = reserve(param);
    let filled = 0;
    for (let j = from; j < to; j++) {
      const v = childValue(index, groupChildren[j]!, leaves, j);
      filled = insertLeast(base, param, filled, v, j);
    }
    top = base;
    if (filled < param) return Infinity;
    if (time) return least[base + param - 1]!;
    let sum = 0;
    for (let i = base; i < base + param; i++) sum += least[i]!;
    return sum;
  }
  const values = childValues(index, from, to, leaves);
  if (kind === GROUP_AT_LEAST) {
    if (!time) return sumOfLeast(values, param);
    values.sort((a, b) => a - b);
    return values[param - 1] ?? Infinity;
  }
  if (!time) return minCoverValue(values, creditsOf(index, from, to), param);
  // credits by TIME: accumulate the children's credits in order of time.
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  let sum = 0;
  for (const i of order) {
    const t = values[i]!;
    if (t === Infinity) break;
    sum += index.credits[groupChildren[from + i]!]!;
    if (sum >= param) return t;
  }
  return Infinity;
}

/**
 * Walks the argmin choices of a requirement: `all` takes every child; `any` the least, `atLeast k`
 * the k least; `credits n` a min-cost cover (COST) or the earliest children until n (TIME).
 * @param index - the compact index
 * @param ref - a requirement ref; -1 means nothing is required
 * @param leaves - the leaf values and the measure the choice minimises
 * @param use - called once per chosen credential occurrence (held ones included), with its slot
 * @param slot - the occurrence `ref` fills
 * @param admit - optional: a group child it returns false for is never chosen
 */
export function chooseRequirement(
  index: CompactIndex,
  ref: number,
  leaves: FoldLeaves,
  use: (c: number, slot: number) => void,
  slot = -1,
  admit?: (child: number) => boolean,
): void {
  if (ref < 0) return;
  const { n, groupStart, groupChildren } = index;
  if (ref < n) {
    use(ref, slot);
    return;
  }
  const g = ref - GROUP_REF;
  const from = groupStart[g]!;
  const to = groupStart[g + 1]!;
  const kind = index.groupKind[g]!;
  if (kind === GROUP_ALL) {
    for (let j = from; j < to; j++)
      chooseRequirement(index, groupChildren[j]!, leaves, use, j, admit);
    return;
  }
  const param = index.groupParam[g]!;
  if (kind === GROUP_ANY) {
    // The first of the least children (the first child when all are Infinity).
    let best = from;
    let bestValue = Infinity;
    for (let j = from; j < to; j++) {
      const v = choiceValue(index, j, leaves, admit);
      if (v < bestValue) {
        best = j;
        bestValue = v;
      }
    }
    if (to > from) chooseRequirement(index, groupChildren[best]!, leaves, use, best, admit);
    return;
  }
  if (kind === GROUP_AT_LEAST && param >= 1) {
    // The k least children, ties by position, in a scratch frame kept while they are walked.
    const base = reserve(param);
    let filled = 0;
    for (let j = from; j < to; j++)
      filled = insertLeast(base, param, filled, choiceValue(index, j, leaves, admit), j);
    for (let i = 0; i < filled; i++) {
      const j = leastAt[base + i]!;
      chooseRequirement(index, groupChildren[j]!, leaves, use, j, admit);
    }
    top = base;
    return;
  }
  const values: number[] = [];
  for (let j = from; j < to; j++) values.push(choiceValue(index, j, leaves, admit));
  let picks: number[];
  if (kind === GROUP_AT_LEAST) picks = leastIndices(values, param);
  else if (leaves.measure === COST)
    picks = minCostCover(values, creditsOf(index, from, to), param, true).chosen;
  else {
    picks = [];
    let sum = 0;
    for (const i of leastIndices(values, values.length)) {
      if (sum >= param) break;
      sum += index.credits[groupChildren[from + i]!]!;
      picks.push(i);
    }
  }
  for (const p of picks)
    chooseRequirement(index, groupChildren[from + p]!, leaves, use, from + p, admit);
}

/**
 * @param kind - a group kind (GROUP_*)
 * @param param - its parameter (k of atLeast, n of credits)
 * @returns how the rule reads in a message: `"all"`, `"any"`, `2`, `6 credits`
 */
export function groupLabel(kind: number, param: number): string {
  if (kind === GROUP_ALL) return '"all"';
  if (kind === GROUP_ANY) return '"any"';
  if (kind === GROUP_AT_LEAST) return `${param}`;
  return `${param} credits`;
}

/**
 * The children of group `g` that every way of meeting it uses: all of `all`, the only child of a
 * one-child `any`, all of a k-of-k `atLeast`, and the children of `credits n` without which the
 * others cannot reach n.
 * @param index - the compact index
 * @param g - a group number
 * @param visit - called with the ref of each such child
 */
export function forEachForcedChild(
  index: CompactIndex,
  g: number,
  visit: (child: number) => void,
): void {
  const from = index.groupStart[g]!;
  const to = index.groupStart[g + 1]!;
  const kind = index.groupKind[g]!;
  const size = to - from;
  const every =
    kind === GROUP_ALL ||
    (kind === GROUP_ANY && size === 1) ||
    (kind === GROUP_AT_LEAST && index.groupParam[g] === size);
  if (every) {
    for (let j = from; j < to; j++) visit(index.groupChildren[j]!);
    return;
  }
  if (kind === GROUP_ANY || kind === GROUP_AT_LEAST) return;
  let total = 0;
  for (let j = from; j < to; j++) total += index.credits[index.groupChildren[j]!]!;
  for (let j = from; j < to; j++) {
    const x = index.groupChildren[j]!;
    if (total - index.credits[x]! < index.groupParam[g]!) visit(x);
  }
}

/** @returns the sum of the k least values (Infinity when fewer than k are finite) */
export function sumOfLeast(values: number[], k: number): number {
  if (k === 1) {
    let least = Infinity;
    for (const v of values) if (v < least) least = v;
    return least;
  }
  const sorted = new Float64Array(values).sort();
  let sum = 0;
  for (let i = 0; i < k; i++) sum += sorted[i] ?? Infinity;
  return sum;
}

/** @returns indices of the k least values, ties by position */
export function leastIndices(values: readonly number[], k: number): number[] {
  const idx = values.map((_, i) => i);
  idx.sort((a, b) => values[a]! - values[b]! || a - b);
  return idx.slice(0, k);
}

/*
 * Scratch for atLeast groups, written by hand because it is the fold's hot path (issue 16: a sorted
 * array per group was most of cheapest's time): a stack of frames, one per atLeast group being
 * folded (folds nest), each holding its k least values so far, sorted, with their slots. Planning is
 * synchronous, so one stack per process serves every planner.
 */
let least = new Float64Array(1024);
let leastAt = new Int32Array(1024);
let top = 0;

/** @returns the start of a new frame of `k` entries on the scratch stack (pop it with `top = base`) */
function reserve(k: number): number {
  const base = top;
  top += k;
  if (top > least.length) {
    const size = Math.max(top, 2 * least.length);
    const values = new Float64Array(size);
    values.set(least);
    least = values;
    const slots = new Int32Array(size);
    slots.set(leastAt);
    leastAt = slots;
  }
  return base;
}

/**
 * Inserts value `v` of slot `j` into the sorted frame at `base` of capacity `k` holding `filled`
 * entries; an equal value stays after the ones before it (ties by position).
 * @returns how many entries the frame holds now
 */
function insertLeast(base: number, k: number, filled: number, v: number, j: number): number {
  let i: number;
  if (filled < k) i = base + filled++;
  else if (v < least[base + k - 1]!) i = base + k - 1;
  else return filled;
  while (i > base && least[i - 1]! > v) {
    least[i] = least[i - 1]!;
    leastAt[i] = leastAt[i - 1]!;
    i--;
  }
  least[i] = v;
  leastAt[i] = j;
  return filled;
}

/** @returns the value of group child `j` for a choice: Infinity when `admit` refuses it */
function choiceValue(
  index: CompactIndex,
  j: number,
  leaves: FoldLeaves,
  admit: ((child: number) => boolean) | undefined,
): number {
  const child = index.groupChildren[j]!;
  return admit && !admit(child) ? Infinity : childValue(index, child, leaves, j);
}

function childValues(index: CompactIndex, from: number, to: number, leaves: FoldLeaves): number[] {
  const values: number[] = [];
  for (let j = from; j < to; j++)
    values.push(childValue(index, index.groupChildren[j]!, leaves, j));
  return values;
}

/**
 * A group child's value. The folds' loops read a credential child here (`leafValue`), not through
 * `foldRequirement`: both are small enough to be inlined, while a recursive call's number comes back
 * boxed, one heap object per child. Measured on `pnpm bench offers`' 10^4 catalog (one-off offers,
 * 1,000 queries): the planner allocated 660 MB, half of it in the folds; 441 MB since.
 * @param index - the compact index
 * @param child - a requirement ref
 * @param leaves - the fold's leaves
 * @param slot - the occurrence it fills
 * @returns its value
 */
function childValue(index: CompactIndex, child: number, leaves: FoldLeaves, slot: number): number {
  return child >= 0 && child < index.n
    ? leafValue(leaves, child, slot)
    : foldRequirement(index, child, leaves, slot);
}

/**
 * @param leaves - the fold's leaves
 * @param ref - a credential int
 * @param slot - the occurrence it fills
 * @returns its value
 */
function leafValue(leaves: FoldLeaves, ref: number, slot: number): number {
  const weeks = leaves.weeks;
  if (weeks !== null) return weeks[ref]!;
  const slots = leaves.slots;
  return slots === null ? leaves.credential(ref, slot) : slotValue(slots, slot);
}

function creditsOf(index: CompactIndex, from: number, to: number): number[] {
  const out: number[] = [];
  for (let j = from; j < to; j++) out.push(index.credits[index.groupChildren[j]!]!);
  return out;
}

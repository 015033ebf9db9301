/**
 * The schedule of a chosen set (plan-v1 "The plan"): each credential starts as soon as its requirement
 * is met by holdings (week 0) and the end weeks of the other chosen steps (and not before its release
 * week, where one is given: offers/mip-proof.ts), ends `durationWeeks` later;
 * steps ordered by start week (ties: prerequisites first); `satisfies` names the chosen credentials whose requirement names it.
 */
import type { Workspace } from '../compile/workspace.js';
import { foldRequirement } from '../requirement/requirement-fold.js';
import type { PlanStep } from '../plan-types.js';
import type { CompactIndex } from '../compile/compact-index.js';

/** Steps and totals of a scheduled set. */
export interface Schedule {
  steps: PlanStep[];
  totalCost: number;
  totalWeeks: number;
}

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param set - credential ints to earn, all in the cone, target included
 * @param release - optional: the week before which credential int `c` does not start (default 0)
 * @returns the earliest-start schedule (at or after each release)
 * @throws Error when some chosen step's requirement is never met (an internal fault)
 */
export function scheduleSteps(
  ws: Workspace,
  order: Int32Array,
  set: readonly number[],
  release?: (c: number) => number,
): Schedule {
  const index = ws.index;
  const at = ws.at;
  const m = order.length;
  const locals = new Int32Array(set.length);
  for (let i = 0; i < set.length; i++) locals[i] = ws.local(set[i]!);
  locals.sort();
  // Cone credentials not chosen are never held; chosen ones are written in topological order.
  for (let l = 0; l < m; l++) at[order[l]!] = Infinity;
  const start = new Float64Array(set.length);
  for (let i = 0; i < locals.length; i++) {
    const c = order[locals[i]!]!;
    const met = foldRequirement(index, index.req[c]!, ws.weeks);
    const s = release === undefined ? met : Math.max(met, release(c));
    if (s === Infinity)
      throw new Error(`internal: chosen step "${index.ids[c]}" has an unmet requirement`);
    start[i] = s;
    at[c] = s + index.duration[c]!;
  }
  // satisfies: the chosen credentials whose requirement names the step (a step's index is found by
  // bisecting the sorted locals, so nothing here is as large as the cone).
  const satisfies: string[][] = new Array<string[]>(set.length);
  for (let i = 0; i < locals.length; i++) satisfies[i] = [];
  for (let i = 0; i < locals.length; i++) {
    const d = order[locals[i]!]!;
    for (let j = index.depStart[d]!; j < index.depStart[d + 1]!; j++) {
      const x = index.deps[j]!;
      const k = ws.isHeld(x) ? -1 : stepIndex(locals, ws.local(x));
      if (k >= 0) satisfies[k]!.push(index.ids[d]!);
    }
  }
  // Ordered by start week; ties in the cone's topological order (the step's position), so a
  // zero-week prerequisite is listed before the step it enables ("met by the endWeek of earlier steps").
  const credential = Int32Array.from(locals, (l) => order[l]!);
  const end = Float64Array.from(credential, (c) => at[c]!);
  return stepsByStart(index, credential, start, end, satisfies, at[order[m - 1]!]!);
}

/** @returns the position of local index `l` in the ascending `locals`, or -1 when absent */
function stepIndex(locals: Int32Array, l: number): number {
  let lo = 0;
  let hi = locals.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = locals[mid]!;
    if (v === l) return mid;
    if (v < l) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The one writer of a Schedule from per-step weeks, for every scheduler.
 * @param index - the compiled catalog (ids and costs)
 * @param credential - credential int of each step
 * @param start - start week of each step
 * @param end - end week of each step
 * @param satisfies - per step, the ids of the chosen credentials whose requirement names it (sorted
 *   here, in place)
 * @param totalWeeks - the week the target is held
 * @param tie - order among equal starts, lower first (default: the step's position)
 * @returns the steps ordered by start week, with their total cost
 */
export function stepsByStart(
  index: CompactIndex,
  credential: ArrayLike<number>,
  start: ArrayLike<number>,
  end: ArrayLike<number>,
  satisfies: string[][],
  totalWeeks: number,
  tie?: ArrayLike<number>,
): Schedule {
  const k = credential.length;
  const rank: number[] = new Array<number>(k);
  for (let i = 0; i < k; i++) rank[i] = i;
  rank.sort((a, b) => start[a]! - start[b]! || (tie === undefined ? a - b : tie[a]! - tie[b]!));
  const steps: PlanStep[] = new Array<PlanStep>(k);
  let totalCost = 0;
  for (let r = 0; r < k; r++) {
    const i = rank[r]!;
    const c = credential[i]!;
    totalCost += index.cost[c]!;
    steps[r] = {
      credential: index.ids[c]!,
      cost: index.cost[c]!,
      startWeek: start[i]!,
      endWeek: end[i]!,
      satisfies: satisfies[i]!.sort(),
    };
  }
  return { steps, totalCost, totalWeeks };
}

/**
 * List scheduling of a chosen set under a weekly-hours budget (serial schedule generation): steps are
 * placed one at a time in a dependency-respecting priority order, each at the earliest week at which
 * its requirement is met (by holdings and the end weeks of steps already placed) AND its load fits
 * the budget for its whole run (see weekly-load.ts for the load model). A step is eligible once every
 * chosen credential its requirement names is placed, so its requirement week is final when placed.
 */
import type { Workspace } from '../compile/workspace.js';
import { foldRequirement } from '../requirement/requirement-fold.js';
import type { PlanStep } from '../plan-types.js';
import type { Schedule } from '../schedule/schedule-steps.js';
import { LoadProfile } from './load-profile.js';
import { stretchedWeeks, weeklyLoad } from './weekly-load.js';

/**
 * Which eligible step goes next: `order` the cone's dependency order (the rule for cheapest);
 * `earliest` the least unconstrained earliest start; `tail` the longest remaining chain to the target.
 */
export type PriorityRule = 'order' | 'earliest' | 'tail';

/** Every priority rule, for trying them all. */
export const PRIORITY_RULES: readonly PriorityRule[] = ['order', 'earliest', 'tail'];

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param set - credential ints to earn, all in the cone, target included
 * @param effort - effortHours per credential int (0: none)
 * @param hours - the weekly-hours budget H (> 0)
 * @param rule - the priority rule (default `order`)
 * @returns the schedule, steps ordered by start week (ties: placement order)
 * @throws Error when some chosen step's requirement is never met (an internal fault)
 */
export function hoursSchedule(
  ws: Workspace,
  order: Int32Array,
  set: readonly number[],
  effort: Float64Array,
  hours: number,
  rule: PriorityRule = 'order',
): Schedule {
  const index = ws.index;
  const at = ws.at;
  const m = order.length;
  const k = set.length;
  const locals = new Int32Array(k);
  for (let i = 0; i < k; i++) locals[i] = ws.local(set[i]!);
  locals.sort();
  const stepOf = new Int32Array(m).fill(-1);
  for (let i = 0; i < k; i++) stepOf[locals[i]!] = i;
  const weeks = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const c = order[locals[i]!]!;
    weeks[i] = stretchedWeeks(index.duration[c]!, effort[c]!, hours);
  }
  // Chosen prerequisites of each step (by step number) and, reversed, its chosen dependents.
  const prereqs: number[][] = [];
  const dependents: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < k; i++) {
    const d = order[locals[i]!]!;
    const mine: number[] = [];
    for (let j = index.depStart[d]!; j < index.depStart[d + 1]!; j++) {
      const x = index.deps[j]!;
      const l = ws.isHeld(x) ? -1 : ws.local(x);
      const p = l < 0 ? -1 : stepOf[l]!;
      if (p >= 0) {
        mine.push(p);
        dependents[p]!.push(i);
      }
    }
    prereqs.push(mine);
  }
  const key = priorityKeys(ws, order, locals, weeks, dependents, rule);

  for (let l = 0; l < m; l++) at[order[l]!] = Infinity;
  const profile = new LoadProfile(hours);
  const start = new Float64Array(k);
  const placedAt = new Int32Array(k);
  const waiting = new Int32Array(k);
  for (let i = 0; i < k; i++) waiting[i] = prereqs[i]!.length;
  const ready: number[] = [];
  for (let i = 0; i < k; i++) if (waiting[i] === 0) ready.push(i);
  // O(k^2) selection by scanning the eligible list: plans have tens to hundreds of steps.
  for (let placed = 0; placed < k; placed++) {
    let pick = 0;
    for (let r = 1; r < ready.length; r++) {
      const a = ready[r]!;
      const b = ready[pick]!;
      if (key[a]! < key[b]! || (key[a] === key[b] && a < b)) pick = r;
    }
    const i = ready[pick]!;
    ready.splice(pick, 1);
    const c = order[locals[i]!]!;
    const met = foldRequirement(index, index.req[c]!, ws.weeks);
    if (met === Infinity)
      throw new Error(`internal: chosen step "${index.ids[c]}" has an unmet requirement`);
    const load = weeklyLoad(weeks[i]!, effort[c]!);
    const s = profile.earliestFit(met, weeks[i]!, load);
    profile.add(s, weeks[i]!, load);
    start[i] = s;
    at[c] = s + weeks[i]!;
    placedAt[i] = placed;
    for (const d of dependents[i]!) if (--waiting[d]! === 0) ready.push(d);
  }

  const rank: number[] = Array.from({ length: k }, (_, i) => i);
  rank.sort((a, b) => start[a]! - start[b]! || placedAt[a]! - placedAt[b]!);
  const steps: PlanStep[] = new Array<PlanStep>(k);
  let totalCost = 0;
  for (let r = 0; r < k; r++) {
    const i = rank[r]!;
    const c = order[locals[i]!]!;
    totalCost += index.cost[c]!;
    const satisfies = dependents[i]!.map((d) => index.ids[order[locals[d]!]!]!).sort();
    steps[r] = {
      credential: index.ids[c]!,
      cost: index.cost[c]!,
      startWeek: start[i]!,
      endWeek: at[c]!,
      satisfies,
    };
  }
  return { steps, totalCost, totalWeeks: at[order[m - 1]!]! };
}

/** Priority keys per step number (lower goes first among eligible steps). */
function priorityKeys(
  ws: Workspace,
  order: Int32Array,
  locals: Int32Array,
  weeks: Float64Array,
  dependents: number[][],
  rule: PriorityRule,
): Float64Array {
  const k = locals.length;
  const key = new Float64Array(k);
  if (rule === 'order') {
    for (let i = 0; i < k; i++) key[i] = i;
  } else if (rule === 'earliest') {
    // Unconstrained earliest start over the chosen set, stretched durations (steps are topological).
    const at = ws.at;
    const index = ws.index;
    for (let l = 0; l < order.length; l++) at[order[l]!] = Infinity;
    for (let i = 0; i < k; i++) {
      const c = order[locals[i]!]!;
      key[i] = foldRequirement(index, index.req[c]!, ws.weeks);
      at[c] = key[i]! + weeks[i]!;
    }
  } else {
    // Longest chain of stretched weeks from the step to the end (negated: longest first).
    const tail = new Float64Array(k);
    for (let i = k - 1; i >= 0; i--) {
      let most = 0;
      for (const d of dependents[i]!) most = Math.max(most, tail[d]!);
      tail[i] = weeks[i]! + most;
      key[i] = -tail[i]!;
    }
  }
  return key;
}

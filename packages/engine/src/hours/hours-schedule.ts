/**
 * List scheduling of a chosen set under a weekly-hours budget (serial schedule generation): steps are
 * placed one at a time in a dependency-respecting priority order, each no earlier than its requirement
 * is met (by holdings and the end weeks of steps already placed), on one of its start days, with its
 * load fitting the budget for its whole run (see weekly-load.ts for the load model). A fixed step (or
 * one without effort) takes its weeks at its load; a self-paced one either runs at its highest load
 * from the earliest start that fits (`full`) or at the start and load that end it earliest (`end`).
 * A step is eligible once every chosen credential its requirement names is placed, so its
 * requirement week is final when placed.
 */
import type { Workspace } from '../compile/workspace.js';
import { foldRequirement } from '../requirement/requirement-fold.js';
import type { Schedule } from '../schedule/schedule-steps.js';
import { LoadProfile, type Placement } from './load-profile.js';
import type { HoursModel } from './hours-model.js';
import { chosenSteps, NO_SCHEDULE, toSchedule } from './chosen-steps.js';
import type { PlacementRule, PriorityRule } from './schedule-rules.js';

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param set - credential ints to earn, all in the cone, target included
 * @param model - the query's hours model (budget, pace, starts)
 * @param rule - the priority rule (default `order`)
 * @param placement - how self-paced steps are placed (default `end`)
 * @param perturb - optional: turns the rule's priority keys (per step, lower first) into others
 *   (the sampling of sampled-schedules.ts); eligibility still follows the dependencies
 * @returns the schedule, steps ordered by start week (ties: placement order); totalWeeks Infinity
 *   when some step has no start day left
 * @throws Error when some chosen step's requirement is never met (an internal fault)
 */
export function hoursSchedule(
  ws: Workspace,
  order: Int32Array,
  set: readonly number[],
  model: HoursModel,
  rule: PriorityRule = 'order',
  placement: PlacementRule = 'end',
  perturb?: (keys: Float64Array) => void,
): Schedule {
  const index = ws.index;
  const at = ws.at;
  const chosen = chosenSteps(ws, order, set);
  const { locals, credential, prereqs, dependents } = chosen;
  const k = locals.length;
  const weeks = Float64Array.from(credential, (c) => model.shortest(c));
  const key = priorityKeys(ws, order, locals, weeks, dependents, rule);
  perturb?.(key);

  for (let l = 0; l < order.length; l++) at[order[l]!] = Infinity;
  const profile = new LoadProfile(model.hours);
  const start = new Float64Array(k);
  const end = new Float64Array(k);
  const placedAt = new Int32Array(k);
  const waiting = Int32Array.from(prereqs, (p) => p.length);
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
    const c = credential[i]!;
    const met = foldRequirement(index, index.req[c]!, ws.weeks);
    if (met === Infinity)
      throw new Error(`internal: chosen step "${index.ids[c]}" has an unmet requirement`);
    const p = place(profile, model, c, met, placement);
    if (p.start === Infinity) return NO_SCHEDULE;
    profile.add(p.start, p.weeks, loadOf(model, c, p.weeks));
    start[i] = p.start;
    end[i] = p.start + p.weeks;
    at[c] = end[i]!;
    placedAt[i] = placed;
    for (const d of dependents[i]!) if (--waiting[d]! === 0) ready.push(d);
  }
  return toSchedule(ws, chosen, start, end, placedAt);
}

/** Where step c goes on the profile, ready at `met`. */
function place(
  profile: LoadProfile,
  model: HoursModel,
  c: number,
  met: number,
  placement: PlacementRule,
): Placement {
  const next = (t: number): number => model.next(c, t);
  const effort = model.tables.effort[c]!;
  if (model.malleable(c) && placement === 'end')
    return profile.earliestEnd(met, effort, model.highest(c), model.shortest(c), next);
  const weeks = model.malleable(c) ? model.shortest(c) : model.index.duration[c]!;
  return { start: profile.earliestFit(met, weeks, loadOf(model, c, weeks), next), weeks };
}

/** @returns the hours a week c loads when it runs `weeks` */
function loadOf(model: HoursModel, c: number, weeks: number): number {
  const e = model.tables.effort[c]!;
  return e > 0 && weeks > 0 ? e / weeks : 0;
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

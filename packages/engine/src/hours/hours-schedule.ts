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
import { chosenSteps, NO_SCHEDULE, toSchedule, type ChosenSteps } from './chosen-steps.js';
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
  const key =
    rule === 'latest'
      ? latestStarts(ws, order, chosen, weeks, model)
      : priorityKeys(ws, order, locals, weeks, dependents, rule);
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
  rule: Exclude<PriorityRule, 'latest'>,
): Float64Array {
  const k = locals.length;
  const key = new Float64Array(k);
  if (rule === 'order') {
    for (let i = 0; i < k; i++) key[i] = i;
  } else if (rule === 'earliest') {
    key.set(earliestStarts(ws, order, locals, weeks));
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

/** Unconstrained earliest start per step over the chosen set, stretched weeks (steps are topological). */
function earliestStarts(
  ws: Workspace,
  order: Int32Array,
  locals: Int32Array,
  weeks: Float64Array,
): Float64Array {
  const k = locals.length;
  const start = new Float64Array(k);
  const at = ws.at;
  const index = ws.index;
  for (let l = 0; l < order.length; l++) at[order[l]!] = Infinity;
  for (let i = 0; i < k; i++) {
    const c = order[locals[i]!]!;
    start[i] = foldRequirement(index, index.req[c]!, ws.weeks);
    at[c] = start[i]! + weeks[i]!;
  }
  return start;
}

/**
 * The `latest` rule's keys: per step, the latest start that lets the target (the last step) end by
 * the set's own lower bound T, max(its unconstrained critical path, its other steps' effort / H + the
 * target's weeks); a step ends by the latest start of every chosen step its requirement serves, and a
 * step with start days starts on its last one by then (-Infinity: none).
 */
function latestStarts(
  ws: Workspace,
  order: Int32Array,
  chosen: ChosenSteps,
  weeks: Float64Array,
  model: HoursModel,
): Float64Array {
  const { locals, credential, dependents } = chosen;
  const k = locals.length;
  const early = earliestStarts(ws, order, locals, weeks);
  let effort = 0;
  for (let i = 0; i < k - 1; i++) effort += model.tables.effort[credential[i]!]!;
  const finish = Math.max(early[k - 1]! + weeks[k - 1]!, effort / model.hours + weeks[k - 1]!);
  const latest = new Float64Array(k);
  for (let i = k - 1; i >= 0; i--) {
    let by = finish;
    for (const d of dependents[i]!) by = Math.min(by, latest[d]!);
    latest[i] = model.previous(credential[i]!, by - weeks[i]!);
  }
  return latest;
}

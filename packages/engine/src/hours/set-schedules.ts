/**
 * The schedule portfolio of one chosen set under a weekly-hours budget and start days:
 * - `listSchedule`: list schedules under every priority and placement rule, and the two phase
 *   schedules; the earliest-ending wins (ties: the first tried), then double-justified
 *   (justify-schedule.ts). Without a budget one list schedule is exact: each step starts on its first
 *   start day after its requirement is met, whatever the order.
 * - `laneSchedule`: the two lane phase schedules (lane-phase-schedule.ts: fixed steps and start days
 *   in phases), the earlier one double-justified.
 * - `bestSchedule`: the earlier of the two.
 * They are kept apart because the set search samples more list schedules of its best set
 * (sampled-schedules.ts), and a sample is justified only when it beats the list schedule it starts
 * from: started from an earlier lane schedule, it would skip samples whose justification wins.
 */
import type { Workspace } from '../compile/workspace.js';
import type { Schedule } from '../schedule/schedule-steps.js';
import { before } from '../numeric/tolerance.js';
import type { HoursModel } from './hours-model.js';
import { hoursSchedule } from './hours-schedule.js';
import { phaseSchedule } from './phase-schedule.js';
import { lanePhaseSchedule } from './lane-phase-schedule.js';
import { justifySchedule } from './justify-schedule.js';
import { LAYERINGS, PLACEMENT_RULES, PRIORITY_RULES } from './schedule-rules.js';

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param set - credential ints to earn, all in the cone, target included
 * @param model - the query's hours model
 * @returns the earliest-ending list or phase schedule (totalWeeks Infinity when a start day is missing)
 */
export function listSchedule(
  ws: Workspace,
  order: Int32Array,
  set: readonly number[],
  model: HoursModel,
): Schedule {
  let best = hoursSchedule(ws, order, set, model, 'order', 'full');
  if (model.hours === Infinity) return best;
  const consider = (s: Schedule | undefined): void => {
    if (s !== undefined && before(s.totalWeeks, best.totalWeeks)) best = s;
  };
  for (const layering of LAYERINGS) consider(phaseSchedule(ws, order, set, model, layering));
  for (const rule of PRIORITY_RULES)
    for (const placement of PLACEMENT_RULES)
      consider(hoursSchedule(ws, order, set, model, rule, placement));
  return justifySchedule(ws, order, set, model, best);
}

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param set - credential ints to earn, all in the cone, target included
 * @param model - the query's hours model
 * @returns the earlier lane phase schedule, justified; undefined without a budget or when neither
 *   layering gives one
 */
export function laneSchedule(
  ws: Workspace,
  order: Int32Array,
  set: readonly number[],
  model: HoursModel,
): Schedule | undefined {
  if (model.hours === Infinity) return undefined;
  let best: Schedule | undefined;
  const consider = (s: Schedule | undefined): void => {
    if (s !== undefined && (best === undefined || before(s.totalWeeks, best.totalWeeks))) best = s;
  };
  for (const layering of LAYERINGS) consider(lanePhaseSchedule(ws, order, set, model, layering));
  for (const placement of PLACEMENT_RULES)
    consider(hoursSchedule(ws, order, set, model, 'latest', placement));
  return best === undefined ? undefined : justifySchedule(ws, order, set, model, best);
}

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param set - credential ints to earn, all in the cone, target included
 * @param model - the query's hours model
 * @returns the earlier of `listSchedule` and `laneSchedule` (ties: the list schedule)
 */
export function bestSchedule(
  ws: Workspace,
  order: Int32Array,
  set: readonly number[],
  model: HoursModel,
): Schedule {
  const list = listSchedule(ws, order, set, model);
  const lane = laneSchedule(ws, order, set, model);
  return lane !== undefined && before(lane.totalWeeks, list.totalWeeks) ? lane : list;
}

/**
 * The schedule portfolio of one chosen set under a weekly-hours budget and start days: list schedules
 * under every priority and placement rule, and the two phase schedules; the earliest-ending wins (ties:
 * the first tried), then double-justified (justify-schedule.ts). Without a budget one list schedule is exact: each step starts on its first start
 * day after its requirement is met, whatever the order.
 */
import type { Workspace } from '../compile/workspace.js';
import type { Schedule } from '../schedule/schedule-steps.js';
import { before } from '../numeric/tolerance.js';
import type { HoursModel } from './hours-model.js';
import { hoursSchedule } from './hours-schedule.js';
import { phaseSchedule } from './phase-schedule.js';
import { justifySchedule } from './justify-schedule.js';
import { LAYERINGS, PLACEMENT_RULES, PRIORITY_RULES } from './schedule-rules.js';

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param set - credential ints to earn, all in the cone, target included
 * @param model - the query's hours model
 * @returns the earliest-ending schedule found (totalWeeks Infinity when a start day is missing)
 */
export function bestSchedule(
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

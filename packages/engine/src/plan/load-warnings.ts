/**
 * The warning a plan made without a weekly-hours budget carries when its peak load is more than a
 * full-time week (issue 9: the README's Google Data Analytics plan ran eight courses at once, about
 * 80 hours a week). The CLI prints it under the table and GraphQL's Plan.warnings lists it, from here,
 * so both say the same thing.
 */
import type { Plan } from '../plan-types.js';
import { cleanNumber } from '../numeric/clean-number.js';

/** Hours a week past which a plan without a budget is warned about: a full-time week. */
export const HEAVY_WEEKLY_HOURS = 40;

/**
 * @param plan - a plan from the engine
 * @param weeklyHours - the query's weekly-hours budget, when it had one
 * @returns the warnings to show beside the plan: one when there is no budget and the peak load is
 *   more than HEAVY_WEEKLY_HOURS; none otherwise (a budget already bounds the load)
 */
export function loadWarnings(plan: Plan, weeklyHours: number | undefined): string[] {
  const peak = cleanNumber(plan.peakWeeklyHours ?? 0);
  if (weeklyHours !== undefined || !plan.feasible || !(peak > HEAVY_WEEKLY_HOURS)) return [];
  const shown = Math.round(peak * 10) / 10;
  return [
    `peak load ${shown} hours a week is more than ${HEAVY_WEEKLY_HOURS} (full time): steps run side by side; give a weekly-hours budget to plan at the pace you can keep`,
  ];
}

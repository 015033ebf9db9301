/**
 * The weekly-hours model (plan-v1: "a weekly-hours budget, where given, is an extra constraint").
 * Chosen semantics, used alike by the planner, validatePlan and the test checker:
 * - a credential with `effortHours` e > 0 and `durationWeeks` d > 0 loads the learner evenly while it
 *   runs; with no effortHours, e = 0, or d = 0 it loads nothing (and is never stretched);
 * - under a budget of H hours a week such a credential takes d' = max(d, e / H) weeks (no rounding:
 *   weeks are real numbers, as durations are), so its load e / d' is never above H: a credential
 *   heavier than the budget on its own is stretched, its endWeek is startWeek + d';
 * - time is continuous: a step runs on [startWeek, endWeek), and a plan fits the budget when at every
 *   moment the summed load of the steps running then is at most H. The load only changes at step
 *   starts and ends, so checking it at every step start suffices.
 */

/**
 * @param durationWeeks - the catalog's durationWeeks d
 * @param effortHours - the catalog's effortHours e (undefined: none)
 * @param weeklyHours - the budget H (> 0)
 * @returns the weeks the credential takes under the budget: max(d, e / H) when d > 0 and e > 0, else d
 */
export function stretchedWeeks(
  durationWeeks: number,
  effortHours: number | undefined,
  weeklyHours: number,
): number {
  if (!(durationWeeks > 0) || !(effortHours !== undefined && effortHours > 0)) return durationWeeks;
  return Math.max(durationWeeks, effortHours / weeklyHours);
}

/**
 * @param weeks - the (stretched) weeks the credential runs
 * @param effortHours - its effortHours (undefined: none)
 * @returns hours per week it loads the learner while it runs (0 when it has no effort or no duration)
 */
export function weeklyLoad(weeks: number, effortHours: number | undefined): number {
  if (!(weeks > 0) || !(effortHours !== undefined && effortHours > 0)) return 0;
  return effortHours / weeks;
}

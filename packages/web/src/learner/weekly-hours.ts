/**
 * Study hours per week of a plan: a step with effortHours e running from startWeek to endWeek loads
 * e / (endWeek - startWeek) hours in each week it covers (the API's weekly-hours model), prorated
 * for partial weeks.
 */
import type { StepData } from '../api/documents.js';

/**
 * @param steps - the plan's steps
 * @param weeks - how many weeks to report (the plan's length, rounded up)
 * @returns hours in each week 0..weeks-1
 */
export function weeklyHours(steps: StepData[], weeks: number): number[] {
  const hours = new Array<number>(weeks).fill(0);
  for (const step of steps) {
    const span = step.endWeek - step.startWeek;
    const effort = step.credential.effortHours;
    if (!effort || span <= 0) continue;
    const load = effort / span;
    for (let w = Math.floor(step.startWeek); w < Math.min(weeks, Math.ceil(step.endWeek)); w++) {
      const overlap = Math.min(w + 1, step.endWeek) - Math.max(w, step.startWeek);
      if (overlap > 0) hours[w]! += load * overlap;
    }
  }
  return hours;
}

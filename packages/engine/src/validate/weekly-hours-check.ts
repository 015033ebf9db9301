/**
 * The weekly-hours checks of validatePlan (model in hours/weekly-load.ts): the summed load of the
 * steps running at every moment is at most the budget, and the plan's peak load.
 */
import { within } from '../numeric/tolerance.js';
import { loadsAtStarts } from '../hours/weekly-load.js';

export { peakLoad } from '../hours/weekly-load.js';

/** A step as these checks see it. */
export interface LoadedStep {
  credential: string;
  startWeek: number;
  endWeek: number;
  /** Hours per week while it runs. */
  load: number;
}

/**
 * @param steps - the plan's steps with their loads
 * @param hours - the weekly-hours budget
 * @returns the moments (step starts) at which the load is over the budget, with that load
 */
export function overloads(
  steps: readonly LoadedStep[],
  hours: number,
): { week: number; load: number }[] {
  return loadsAtStarts(steps).filter((l) => !within(l.load, hours));
}

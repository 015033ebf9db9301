/**
 * The weekly-hours checks of validatePlan (model in hours/weekly-load.ts): the summed load of the
 * steps running at every moment is at most the budget, and the plan's peak load.
 */
import { before, within } from '../numeric/tolerance.js';

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
 * @param skip - a step to leave out (-1: none)
 * @param week - the moment
 * @returns the summed load of the steps running at `week` ([start, end))
 */
function loadAt(steps: readonly LoadedStep[], skip: number, week: number): number {
  let sum = 0;
  steps.forEach((s, i) => {
    if (i !== skip && s.load > 0 && !before(week, s.startWeek) && before(week, s.endWeek))
      sum += s.load;
  });
  return sum;
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
  const out: { week: number; load: number }[] = [];
  const seen = new Set<number>();
  for (const s of steps) {
    if (seen.has(s.startWeek)) continue;
    seen.add(s.startWeek);
    const load = loadAt(steps, -1, s.startWeek);
    if (!within(load, hours)) out.push({ week: s.startWeek, load });
  }
  return out;
}

/**
 * @param steps - the plan's steps with their loads
 * @returns the largest summed load at any moment (the load only rises at a step start)
 */
export function peakLoad(steps: readonly LoadedStep[]): number {
  let most = 0;
  for (const s of steps) most = Math.max(most, loadAt(steps, -1, s.startWeek));
  return most;
}

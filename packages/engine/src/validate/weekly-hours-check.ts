/**
 * The weekly-hours checks of validatePlan (model in hours/weekly-load.ts): the summed load of the
 * steps running at every moment is at most the budget, and, for cheapest, no step could have started
 * earlier (from the week its requirement is met) with the other steps left where they are.
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
 * @param i - the step to test
 * @param metAt - the week its requirement is met
 * @param hours - the weekly-hours budget
 * @returns an earlier week at which step `i` fits for its whole run, or undefined when there is none
 */
export function earlierFit(
  steps: readonly LoadedStep[],
  i: number,
  metAt: number,
  hours: number,
): number | undefined {
  const step = steps[i]!;
  const weeks = step.endWeek - step.startWeek;
  // A start is a candidate only at the requirement week or where another step ends.
  const candidates = [metAt, ...steps.map((s) => s.endWeek).filter((e) => e > metAt)];
  for (const t of candidates) {
    if (!before(t, step.startWeek)) continue;
    if (!(step.load > 0)) return t;
    const points = [
      t,
      ...steps.map((s) => s.startWeek).filter((p) => p > t && before(p, t + weeks)),
    ];
    if (points.every((p) => within(loadAt(steps, i, p) + step.load, hours))) return t;
  }
  return undefined;
}

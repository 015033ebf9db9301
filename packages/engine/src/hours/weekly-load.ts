/**
 * The weekly-hours model of plan-v2 for one step, used alike by the planner and validatePlan:
 * - a credential with `effortHours` e > 0 loads the learner at one constant `hoursPerWeek` while it
 *   runs, and `hoursPerWeek × weeks = e`; without effort (or e = 0) it loads nothing;
 * - `fixed` pace: it runs exactly `durationWeeks` d at e / d hours a week, so under a budget H it can
 *   be taken only when e / d ≤ H;
 * - `self` pace: it runs L ≥ d weeks at e / L, so under a budget H it takes at least max(d, e / H) weeks
 *   and may take longer; without a budget it runs d weeks (a zero-week self step with effort is then
 *   instantaneous, as in v1, and reports 0 hours a week: there is no budget to spread it against);
 * - time is continuous: a step runs on [startWeek, endWeek), and a plan fits the budget when at every
 *   moment the summed hoursPerWeek of the steps running then is at most H.
 */
import { slack, within } from '../numeric/tolerance.js';

/** What the hours model needs of one credential. */
export interface StepPace {
  /** durationWeeks d. */
  duration: number;
  /** effortHours e (0: none). */
  effort: number;
  /** Whether its pace is `fixed`. */
  fixed: boolean;
}

/**
 * @param p - the credential's pace
 * @param weeklyHours - the budget H (Infinity: none)
 * @returns the fewest weeks it can take: d, or max(d, e / H) for a self-paced step with effort
 */
export function shortestWeeks(p: StepPace, weeklyHours: number): number {
  if (p.fixed || !(p.effort > 0) || weeklyHours === Infinity) return p.duration;
  return Math.max(p.duration, p.effort / weeklyHours);
}

/**
 * @param p - the credential's pace
 * @param weeklyHours - the budget H (Infinity: none)
 * @returns whether it can be taken under the budget at all (a fixed step heavier than H cannot)
 */
export function fitsHours(p: StepPace, weeklyHours: number): boolean {
  return (
    !p.fixed || !(p.effort > 0) || !(p.duration > 0) || within(p.effort / p.duration, weeklyHours)
  );
}

/**
 * @param p - the credential's pace
 * @param weeklyHours - the budget H (Infinity: none)
 * @returns the highest constant load it may run at: e / d for a fixed step (or without a budget),
 *   min(e / d, H) for a self-paced one (H when d = 0); 0 without effort
 */
export function highestLoad(p: StepPace, weeklyHours: number): number {
  if (!(p.effort > 0)) return 0;
  if (p.fixed || weeklyHours === Infinity) return p.duration > 0 ? p.effort / p.duration : 0;
  return p.duration > 0 ? Math.min(p.effort / p.duration, weeklyHours) : weeklyHours;
}

/**
 * @param effortHours - the credential's effortHours (undefined: none)
 * @param startWeek - the step's start
 * @param endWeek - the step's end
 * @returns the step's constant hoursPerWeek: effort / (end − start), 0 without effort or length
 */
export function stepHoursPerWeek(
  effortHours: number | undefined,
  startWeek: number,
  endWeek: number,
): number {
  const weeks = endWeek - startWeek;
  if (!(weeks > 0) || !(effortHours !== undefined && effortHours > 0)) return 0;
  return effortHours / weeks;
}

/** A step as the load sweep sees it: it loads `load` hours a week on [startWeek, endWeek). */
export interface LoadSpan {
  startWeek: number;
  endWeek: number;
  load: number;
}

/**
 * The summed load at each distinct step start, by one sweep (plans may have 10^5 steps, so not
 * pairwise). The load only rises at a start, so these are every moment a budget or a peak needs.
 * At week t the running steps are those with slack(start) ≤ t and t < slack(end) (the tolerance of
 * numeric/tolerance.ts); every step ended by t has started by t, so the load at t is the loads
 * started by t less the loads ended by t.
 * @param spans - the steps
 * @returns each distinct start week, ascending, with the load then
 */
export function loadsAtStarts(spans: readonly LoadSpan[]): { week: number; load: number }[] {
  const loaded = spans.filter((s) => s.load > 0);
  const starts = loaded.map((s) => [slack(s.startWeek), s.load] as const);
  const ends = loaded.map((s) => [slack(s.endWeek), s.load] as const);
  starts.sort((a, b) => a[0] - b[0]);
  ends.sort((a, b) => a[0] - b[0]);
  const weeks = Float64Array.from(spans, (s) => s.startWeek).sort();
  const out: { week: number; load: number }[] = [];
  let load = 0;
  let i = 0;
  let j = 0;
  for (let k = 0; k < weeks.length; k++) {
    const t = weeks[k]!;
    if (k > 0 && t === weeks[k - 1]) continue;
    while (i < starts.length && starts[i]![0] <= t) load += starts[i++]![1];
    while (j < ends.length && ends[j]![0] <= t) load -= ends[j++]![1];
    out.push({ week: t, load });
  }
  return out;
}

/**
 * @param spans - the steps
 * @returns the largest summed load at any moment (0 for none)
 */
export function peakLoad(spans: readonly LoadSpan[]): number {
  let peak = 0;
  for (const l of loadsAtStarts(spans)) peak = Math.max(peak, l.load);
  return peak;
}

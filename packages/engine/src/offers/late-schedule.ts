/**
 * The same steps, each as late as the steps it counts toward allow (the target stays where it ends).
 * A periodic offer bills the span of the steps it pays, and an earliest-start schedule can stretch
 * that span (a step with no prerequisites starts at week 0 although what it counts toward starts
 * much later); the plan with offers prices both schedules and keeps the cheaper
 * (plan-with-offers.ts). Only without a weekly-hours budget and start days, where any start no
 * earlier than a step's requirement is met is allowed.
 */
import type { PlanStep } from '../plan-types.js';

/**
 * @param steps - an earliest-start schedule, ordered by startWeek with prerequisites first on ties
 * @param totalWeeks - the week the target is held
 * @returns the steps moved as late as their dependents allow, in the same order rules
 */
export function lateSchedule(steps: readonly PlanStep[], totalWeeks: number): PlanStep[] {
  const late = steps.map((s) => ({ ...s }));
  const byId = new Map(late.map((s) => [s.credential, s] as const));
  for (let i = late.length - 1; i >= 0; i--) {
    const s = late[i]!;
    let end = totalWeeks;
    for (const d of s.satisfies) {
      const dependent = byId.get(d);
      if (dependent !== undefined) end = Math.min(end, dependent.startWeek);
    }
    const length = s.endWeek - s.startWeek;
    if (end > s.endWeek) [s.startWeek, s.endWeek] = [end - length, end];
  }
  const rank = new Map(steps.map((s, i) => [s.credential, i] as const));
  return late.sort(
    (a, b) => a.startWeek - b.startWeek || rank.get(a.credential)! - rank.get(b.credential)!,
  );
}

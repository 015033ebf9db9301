/**
 * The same steps, each periodic offer's covered steps held back to one release week so that they run
 * close together: a periodic offer bills the span of the steps it pays, and neither the earliest nor
 * the latest schedule (late-schedule.ts) packs those steps when they hang off chains of different
 * lengths (a covered course with no prerequisites and a covered badge at the end of a long chain).
 * Here every covered step starts no earlier than the latest earliest-start among its offer's covered
 * steps, and every step as early as that and its prerequisites allow; so the covered steps' span is
 * the longest chain among them, not their spread over the plan. The target may end later (cheapest
 * ignores weeks; a caller under a deadline drops the schedule when it ends past it). Only without a
 * weekly-hours budget and start days, where any start no earlier than a step's requirement is met is
 * allowed; the plan with offers prices it beside the other two and keeps the cheapest.
 */
import type { PlanStep } from '../plan-types.js';
import type { CompiledOffer } from './offer-table.js';

/**
 * @param steps - an earliest-start schedule, ordered by startWeek with prerequisites first on ties
 * @param intOf - a credential's int by id
 * @param ownCost - a credential's own cost by id
 * @param taken - the offers of the plan (only the periodic ones hold steps back)
 * @returns the rescheduled steps in the same order rules and the week the target is held; undefined
 *   when no periodic offer covers two steps (nothing to pack)
 */
export function windowSchedule(
  steps: readonly PlanStep[],
  intOf: (id: string) => number,
  ownCost: (id: string) => number,
  taken: readonly CompiledOffer[],
): { steps: PlanStep[]; totalWeeks: number } | undefined {
  const release = new Map<string, number>();
  for (const o of taken) {
    if (o.periodWeeks === undefined) continue;
    const covered = steps.filter((s) => {
      const p = o.prices.get(intOf(s.credential));
      return p !== undefined && p < ownCost(s.credential);
    });
    if (covered.length < 2) continue;
    const at = Math.max(...covered.map((s) => s.startWeek));
    for (const s of covered)
      release.set(s.credential, Math.max(release.get(s.credential) ?? 0, at));
  }
  if (release.size === 0) return undefined;
  const out = steps.map((s) => ({ ...s }));
  // Each step's end by id; prerequisites come first in `steps`, so one pass in order suffices.
  const ready = new Map<string, number>();
  let totalWeeks = 0;
  for (const s of out) {
    const length = s.endWeek - s.startWeek;
    const start = Math.max(release.get(s.credential) ?? 0, ready.get(s.credential) ?? 0);
    [s.startWeek, s.endWeek] = [start, start + length];
    totalWeeks = Math.max(totalWeeks, s.endWeek);
    for (const d of s.satisfies) ready.set(d, Math.max(ready.get(d) ?? 0, s.endWeek));
  }
  const rank = new Map(steps.map((s, i) => [s.credential, i] as const));
  out.sort(
    (a, b) => a.startWeek - b.startWeek || rank.get(a.credential)! - rank.get(b.credential)!,
  );
  return { steps: out, totalWeeks };
}

/**
 * The same steps, each periodic offer's covered steps held back to one release week so that they run
 * close together: a periodic offer bills the span of the steps it pays, and neither the earliest nor
 * the latest schedule (late-schedule.ts) packs those steps when they hang off chains of different
 * lengths (a covered course with no prerequisites and a covered badge at the end of a long chain).
 * Held back to the latest earliest-start among them, the covered steps' span is the longest chain
 * among them, not their spread over the plan; held back to an earlier week, only the covered steps
 * starting by then move (a far one stays outside the window, paid at its own price). Every other
 * step starts as early as its prerequisites allow. The target may end later (cheapest ignores
 * weeks; a caller under a deadline drops a schedule that ends past it). Only without a weekly-hours
 * budget and start days, where any start no earlier than a step's requirement is met is allowed;
 * the plan with offers prices these beside the other two schedules and keeps the cheapest.
 */
import type { PlanStep } from '../plan-types.js';
import type { CompiledOffer } from './offer-table.js';

/** Earlier release weeks tried per periodic offer besides its latest. */
const MAX_RELEASES = 6;

/** A schedule: its steps and the week the target is held. */
export interface Schedule {
  steps: PlanStep[];
  totalWeeks: number;
}

/**
 * @param steps - an earliest-start schedule, ordered by startWeek with prerequisites first on ties
 * @param intOf - a credential's int by id
 * @param ownCost - a credential's own cost by id
 * @param taken - the offers of the plan (only the periodic ones hold steps back)
 * @returns packed schedules in the same order rules: every periodic offer's covered steps held back
 *   to their latest earliest-start, then, offer by offer, to a few earlier ones; none when no
 *   periodic offer covers two steps (nothing to pack)
 */
export function windowSchedule(
  steps: readonly PlanStep[],
  intOf: (id: string) => number,
  ownCost: (id: string) => number,
  taken: readonly CompiledOffer[],
): Schedule[] {
  const covering = taken.flatMap((o) => {
    if (o.periodWeeks === undefined) return [];
    const covered = steps.filter((s) => {
      const p = o.prices.get(intOf(s.credential));
      return p !== undefined && p < ownCost(s.credential);
    });
    return covered.length < 2 ? [] : [covered];
  });
  if (covering.length === 0) return [];
  const out = [release(steps, covering, -1, Infinity)];
  for (const [i, covered] of covering.entries()) {
    const weeks = [...new Set(covered.map((s) => s.startWeek))].sort((a, b) => a - b);
    const stride = Math.max(1, Math.ceil(weeks.length / MAX_RELEASES));
    for (let w = weeks.length - 1 - stride; w >= 0; w -= stride)
      out.push(release(steps, covering, i, weeks[w]!));
  }
  return out;
}

/**
 * @param steps - an earliest-start schedule in the order rules above
 * @param covering - per periodic offer, the steps it covers
 * @param capped - the offer (index in `covering`) whose release week is capped; -1: none
 * @param cap - that offer's release week: its covered steps starting later stay put
 * @returns the rescheduled steps and the week the target is held
 */
function release(
  steps: readonly PlanStep[],
  covering: readonly (readonly PlanStep[])[],
  capped: number,
  cap: number,
): Schedule {
  const held = new Map<string, number>();
  for (const [i, covered] of covering.entries()) {
    const moved = i === capped ? covered.filter((s) => s.startWeek <= cap) : covered;
    const at = Math.max(...moved.map((s) => s.startWeek));
    for (const s of moved) held.set(s.credential, Math.max(held.get(s.credential) ?? 0, at));
  }
  const out = steps.map((s) => ({ ...s }));
  // Each step's end by id; prerequisites come first in `steps`, so one pass in order suffices.
  const ready = new Map<string, number>();
  let totalWeeks = 0;
  for (const s of out) {
    const length = s.endWeek - s.startWeek;
    const start = Math.max(held.get(s.credential) ?? 0, ready.get(s.credential) ?? 0);
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

/**
 * Planning under a weekly-hours budget and start days (plan-v2 `weeklyHours`, `pace`, `starts`), on
 * top of the plan found without them.
 * - A fixed course heavier than H cannot be taken under H: it is excluded, and when the plan found
 *   without the budget used one, the constrained planner re-plans with it excluded (exact: the cost
 *   of cheapest then depends on H, and the reason names what cannot be met).
 * - cheapest: the set, and so totalCost, is exactly the cheapest plan's (or the cheapest by the
 *   deadline); the schedule is the earliest-ending of the schedule portfolio (set-schedules.ts). With a
 *   deadline that schedule misses, no other set is searched: `feasible: false, optimal: false`
 *   (undecided) with a reason, never a false claim of infeasibility.
 * - fastest: resource-constrained scheduling is NP-hard, so the week is proven by bounds: the best
 *   schedule of several candidate sets (the plan without the budget, the fastest set at fewest weeks,
 *   the cheapest and the least-effort sets, and the sets the set-bound search finds) is optimal
 *   exactly when it meets a lower bound that holds over every set and every schedule (hours-bound.ts,
 *   set-bound-search.ts); otherwise `optimal: false` with that bound. Each set's schedule is the
 *   best of a portfolio of list and phase schedules, double-justified (justify-schedule.ts); while the
 *   best one misses the bound, more list schedules of its set are sampled (sampled-schedules.ts),
 *   within SAMPLE_SHARE of the time budget, so an unproven query answers soon with its gap.
 *   With a deadline the best schedule misses: infeasible and proven when the bound is past the
 *   deadline, else undecided.
 */
import type { Workspace } from '../compile/workspace.js';
import { cheapestSet } from '../cheapest/branch-and-bound.js';
import { fastestSet } from '../fastest/fastest-set.js';
import { planConstrained } from '../constrained/plan-constrained.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import { noPlan, planned, type PlanOutcome } from '../plan/plan-outcome.js';
import type { Schedule } from '../schedule/schedule-steps.js';
import { before, show, within } from '../numeric/tolerance.js';
import type { HoursModel } from './hours-model.js';
import { bestSchedule } from './set-schedules.js';
import { hoursLowerBound, stretchedEarliest } from './hours-bound.js';
import { setBound } from './set-bound-search.js';
import { sampledSchedule } from './sampled-schedules.js';

/** Share of the time budget the least-effort and cheapest searches may take (the rest: the bound). */
const CANDIDATE_SHARE = 0.25;

/**
 * Share of the query's time budget that sampling more schedules (sampled-schedules.ts) may spend in
 * all, over both its turns: 2% (40 ms of the default 2 s). Sampling only shortens a schedule, it
 * never proves a bound, so an unproven query answers with its gap instead of sampling until the whole
 * budget is spent.
 */
export const SAMPLE_SHARE = 0.02;

/**
 * @param ws - workspace with the query's held set (the target is not held)
 * @param q - the resolved query
 * @param base - the plan found without the hours budget and start days
 * @param model - the query's hours model
 * @param now - the clock (ms) for time budgets
 * @param view - scratch over the effort view (effort-view.ts) for the query's budget (for fastest)
 * @returns the plan's outcome under the hours budget and start days
 */
export function planWithHours(
  ws: Workspace,
  q: ResolvedQuery,
  base: PlanOutcome,
  model: HoursModel,
  now: () => number,
  view?: Workspace,
): PlanOutcome {
  if (!base.feasible) return base;
  const index = ws.index;
  const unusable = [...ws.cone(q.target)].filter((c) => !model.usable(c));
  const banned = new Set([...q.exclude, ...unusable]);
  const name = `"${index.ids[q.target]}"`;
  const underHours =
    model.hours < Infinity ? ` within ${show(model.hours)} hours a week` : ' on its start days';
  const undecided = (weeks: number, bound?: number): PlanOutcome =>
    noPlan(
      weeks === Infinity
        ? `no start day is left for a step of the plan found for ${name}; no other plan was searched`
        : `the plan found for ${name}${underHours} ends at week ${show(weeks)} > ${show(q.maxWeeks)}; no other plan was searched`,
      false,
      bound,
    );
  // The plan without the budget, or (when it takes a course too heavy for H) re-planned without those.
  let start = base;
  if (base.schedule.steps.some((s) => banned.has(index.idOf.get(s.credential)!))) {
    start = planConstrained(ws, { ...q, exclude: [...banned], constrained: true }, now);
    if (!start.feasible) return start;
  }
  const startSet = start.schedule.steps.map((s) => index.idOf.get(s.credential)!);
  const order = ws.cone(q.target);

  if (q.objective === 'cheapest') {
    const schedule = bestSchedule(ws, order, startSet, model);
    if (!within(schedule.totalWeeks, q.maxWeeks))
      return undecided(schedule.totalWeeks, start.bound);
    return planned(schedule, start.optimal, start.bound);
  }

  // Candidate sets share the query's time budget, on top of the base plan's.
  const stopAt = now() + q.timeBudgetMs;
  const slice = (): number => Math.max(0, (stopAt - now()) * CANDIDATE_SHARE);
  const allowed = (set: readonly number[]): boolean => {
    let cost = 0;
    for (const c of set) {
      if (banned.has(c)) return false;
      cost += index.cost[c]!;
    }
    return within(cost, q.maxCost);
  };
  let best: Schedule | undefined;
  let bestSet: readonly number[] = [];
  const offer = (set: readonly number[]): void => {
    if (!allowed(set)) return;
    const s = bestSchedule(ws, order, set, model);
    if (
      best === undefined ||
      before(s.totalWeeks, best.totalWeeks) ||
      (within(s.totalWeeks, best.totalWeeks) && s.totalCost < best.totalCost)
    ) {
      best = s;
      bestSet = set;
    }
  };
  // More list schedules of the best set, sampled, until one meets the bound (sampled-schedules.ts),
  // within SAMPLE_SHARE of the budget in all: `part` of what is left of it this turn.
  let sampleLeft = q.timeBudgetMs * SAMPLE_SHARE;
  const sample = (part: number): void => {
    if (best === undefined || best.totalWeeks === Infinity || sampleLeft <= 0) return;
    const t0 = now();
    const until = Math.min(stopAt, t0 + sampleLeft * part);
    best = sampledSchedule({ ws, order, model, bound, stopAt: until, now }, bestSet, best);
    sampleLeft -= now() - t0;
  };
  offer(startSet);
  // The fastest set when every step takes its fewest weeks and waits for its start day.
  const stretched = stretchedEarliest(ws, order, banned, model);
  if (stretched[order.length - 1]! < Infinity) offer(fastestSet(ws, order, stretched));
  const unlimited = base.optimal ? base.schedule.totalWeeks : (base.bound ?? 0);
  const floor = Math.max(
    unlimited,
    start === base ? 0 : start.optimal ? start.schedule.totalWeeks : (start.bound ?? 0),
  );
  // The cheap bound first (critical path, the `all` closure's effort): often it is met already.
  let bound = Math.max(floor, hoursLowerBound(ws, order, q.target, stretched, model, 0));
  const open = (): boolean => best !== undefined && before(bound, best.totalWeeks);
  if (open() && banned.size === 0) offer(cheapestSet(ws, order, slice(), now).set);
  if (open() && view !== undefined) {
    // The least-effort set does the least work: the natural candidate when the hours bind.
    view.setHeld(q.held);
    const least = cheapestSet(view, view.cone(q.target), slice(), now);
    offer(least.set);
    const effort = least.optimal ? least.cost : least.bound;
    bound = Math.max(bound, hoursLowerBound(ws, order, q.target, stretched, model, effort));
  }
  if (open()) sample(0.5);
  if (view !== undefined && open()) {
    bound = setBound({
      view,
      target: q.target,
      banned,
      model,
      floor: bound,
      best: () => best!.totalWeeks,
      offer,
      stopAt,
      now,
    });
  }
  if (open()) sample(1);
  if (best === undefined || best.totalWeeks === Infinity) return undecided(Infinity, bound);
  if (!within(best.totalWeeks, q.maxWeeks)) {
    if (!within(bound, q.maxWeeks)) {
      return noPlan(
        `${name} cannot be held before week ${show(bound)} > ${show(q.maxWeeks)}${underHours}`,
      );
    }
    return undecided(best.totalWeeks, bound);
  }
  return planned(best, within(best.totalWeeks, bound), bound);
}

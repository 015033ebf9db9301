/**
 * Planning under a weekly-hours budget and start days (plan-v2 `weeklyHours`, `pace`, `starts`), on
 * top of the plan found without them.
 * - A fixed course heavier than H cannot be taken under H: it is excluded, and when the plan found
 *   without the budget used one, the constrained planner re-plans with it excluded (exact: the cost
 *   of cheapest then depends on H, and the reason names what cannot be met).
 * - cheapest: the set, and so totalCost, is exactly the cheapest plan's (or the cheapest by the
 *   deadline); the schedule is the earliest-ending of the schedule portfolio (set-schedules.ts). With a
 *   deadline that schedule misses, the deadline is decided by fastest's set search
 *   (search-hours-sets.ts): the least-cost schedule it finds by the deadline is the plan, optimal only
 *   when its cost meets the proven least cost without the budget (else that is its bound); none, and
 *   the week bound past the deadline: infeasible, proven; none otherwise: undecided, with a reason.
 * - fastest: the best schedule of the set search, optimal exactly when it meets the proven week bound
 *   that holds over every set and schedule; otherwise `optimal: false` with that bound. With a
 *   deadline the best schedule misses: infeasible and proven when the bound is past the deadline,
 *   else undecided.
 */
import type { Workspace } from '../compile/workspace.js';
import { planConstrained } from '../constrained/plan-constrained.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import { noPlan, planned, type PlanOutcome } from '../plan/plan-outcome.js';
import type { Schedule } from '../schedule/schedule-steps.js';
import { before, show, within } from '../numeric/tolerance.js';
import type { HoursModel } from './hours-model.js';
import { bestSchedule } from './set-schedules.js';
import { searchHoursSets } from './search-hours-sets.js';
import { stretchedDeadline } from './stretched-deadline.js';

export { SAMPLE_SHARE } from './search-hours-sets.js';

/**
 * @param ws - workspace with the query's held set (the target is not held)
 * @param q - the resolved query
 * @param base - the plan found without the hours budget and start days
 * @param model - the query's hours model
 * @param now - the clock (ms) for time budgets
 * @param view - scratch over the effort view (effort-view.ts) for the query's budget
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
        ? `no plan found for ${name}${underHours} has a start day left for every step, and none was ruled out`
        : `the earliest plan found for ${name}${underHours} ends at week ${show(weeks)} > ${show(q.maxWeeks)}, and none was ruled out`,
      false,
      bound,
    );
  // The plan without the budget, or (when it takes a course too heavy for H) re-planned without those.
  let start = base;
  if (base.schedule.steps.some((s) => banned.has(index.idOf.get(s.credential)!))) {
    const heavy = unusable.filter((c) => !q.exclude.includes(c));
    start = planConstrained(ws, { ...q, exclude: [...banned], heavy, constrained: true }, now);
    if (!start.feasible) return start;
  }
  const startSet = start.schedule.steps.map((s) => index.idOf.get(s.credential)!);
  const search = (floor: number, stopAt?: number) =>
    searchHoursSets({ ws, q, model, banned, startSet, floor, now, stopAt, view });

  if (q.objective === 'cheapest') {
    const schedule = bestSchedule(ws, ws.cone(q.target), startSet, model);
    if (within(schedule.totalWeeks, q.maxWeeks))
      return planned(schedule, start.optimal, start.bound);
    // The deadline is decided over every set. First the relaxation with each step at its fewest
    // weeks (stretched-deadline.ts): its least cost is a proven bound (the budget only removes
    // schedules, as does the plan found without it), and no set there proves none here.
    // The relaxation and the set search share one time budget: half of it at most for the first.
    const stopAt = now() + q.timeBudgetMs;
    const order = ws.cone(q.target);
    const found0 = start.optimal ? start.schedule.totalCost : (start.bound ?? 0);
    const relaxed = stretchedDeadline(ws, q, model, banned, found0, (now() + stopAt) / 2, now);
    const least = Math.max(found0, relaxed.optimal ? relaxed.cost : relaxed.bound);
    if (least === Infinity || !within(least, q.maxCost))
      return noPlan(
        `no plan holds ${name} by week ${show(q.maxWeeks)}${underHours}${q.maxCost < Infinity ? ` for at most ${show(q.maxCost)}` : ''}`,
      );
    let plan: Schedule | undefined;
    if (relaxed.set.length > 0) {
      const s = bestSchedule(ws, order, relaxed.set, model);
      if (within(s.totalWeeks, q.maxWeeks) && within(s.totalCost, q.maxCost)) plan = s;
    }
    // Then, unless that met the bound, fastest's set search: its least-cost schedule by the deadline.
    let found: ReturnType<typeof searchHoursSets> | undefined;
    if (plan === undefined || !within(plan.totalCost, least)) {
      found = search(0, stopAt);
      const other = found.cheapestByDeadline;
      if (other !== undefined && (plan === undefined || before(other.totalCost, plan.totalCost)))
        plan = other;
    }
    if (plan !== undefined) return planned(plan, within(plan.totalCost, least), least);
    if (found !== undefined && !within(found.bound, q.maxWeeks))
      return noPlan(
        `${name} cannot be held before week ${show(found.bound)} > ${show(q.maxWeeks)}${underHours}`,
      );
    return undecided(found?.best?.totalWeeks ?? Infinity, least);
  }

  const floor = Math.max(
    base.optimal ? base.schedule.totalWeeks : (base.bound ?? 0),
    start === base ? 0 : start.optimal ? start.schedule.totalWeeks : (start.bound ?? 0),
  );
  const { best, bound } = search(floor);
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

/**
 * The exact cost-time frontier by an epsilon-constraint sweep over the exact deadline search
 * (constrained/cheapest-by-deadline.ts), from the cheap end to the fast end:
 * 1. P = the cheapest plan within the query's deadline (if any) and budget;
 * 2. Q = the cheapest plan holding the target clearly before P's week;
 *    - Q costs the same as P: P was not the fastest of its cost; P := Q, repeat 2;
 *    - else P is a Pareto point (nothing at most its cost is faster, nothing by its week is
 *      cheaper); record it, P := Q, repeat 2;
 * 3. stop when no plan is faster (P's week is the earliest week the target can be held: proven by
 *    the earliest pass), when Q exceeds the budget, or when no Q exists.
 * Each search is exact, so each point is proven; the weeks strictly fall at every step, so the sweep
 * ends (after at most as many searches as the target has possible finish weeks). Past the shared
 * time budget the sweep stops at the first unproven search, keeps the plan it found (valid, marked
 * `optimal: false`) and reports the proven bounds of the part it did not settle.
 * Why not a library: no npm multi-objective solver searches requirement trees; this reuses the
 * engine's own exact single-objective search, the standard way to an exact bi-objective frontier.
 */
import type { Workspace } from '../compile/workspace.js';
import { cheapestSet } from '../cheapest/branch-and-bound.js';
import { cheapestByDeadline, type DeadlineResult } from '../constrained/cheapest-by-deadline.js';
import { coneExclusions } from '../constrained/cone-exclusions.js';
import { earliestOrReason } from '../constrained/earliest-or-reason.js';
import { before, near, show, slack, within } from '../numeric/tolerance.js';
import { scheduleSteps } from '../schedule/schedule-steps.js';
import { planned, type PlanOutcome } from '../plan/plan-outcome.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import type { FrontierGap } from './frontier-types.js';

/** The sweep's result before its plans are shaped. */
export interface SweepOutcome {
  /** The points, by weeks ascending. */
  points: PlanOutcome[];
  complete: boolean;
  gap?: FrontierGap | undefined;
  /** Why there is no plan within the limits, when there is none. */
  reason?: string | undefined;
  /** The earliest week the target can be held with the exclusions (Infinity: never). */
  first: number;
}

/**
 * @param ws - workspace with the query's held set (the target is not held)
 * @param q - the resolved query: target, exclusions, deadline (`maxWeeks`), budget (`maxCost`),
 *   time budget
 * @param now - the clock (ms) the time budget is measured on
 * @returns the Pareto points and whether the frontier is complete
 */
export function paretoSweep(ws: Workspace, q: ResolvedQuery, now: () => number): SweepOutcome {
  const order = ws.cone(q.target);
  const excluded = coneExclusions(ws, order, q.exclude);
  const { first, reason } = earliestOrReason(ws, q, order, excluded);
  if (reason !== undefined) return { points: [], complete: true, reason, first };
  const stopAt = now() + q.timeBudgetMs;
  const search = (deadline: number): DeadlineResult =>
    cheapestByDeadline({ ws, order, excluded, deadline, stopAt, cap: q.maxCost, now });

  let deadline = q.maxWeeks;
  let current: DeadlineResult;
  if (q.exclude.length === 0 && !(q.maxWeeks < Infinity)) {
    // No deadline and nothing excluded: the unconstrained search (faster on wide cones).
    const free = cheapestSet(ws, order, q.timeBudgetMs, now);
    current = { set: free.set, cost: free.cost, optimal: free.optimal, bound: free.bound };
  } else current = search(deadline);

  const points: PlanOutcome[] = [];
  const overBudget = (r: DeadlineResult): boolean => r.optimal && !within(r.bound, q.maxCost);
  if (current.set.length === 0 || !within(current.cost, q.maxCost)) {
    if (current.optimal || overBudget(current))
      return { points, complete: true, reason: noneWithin(ws, q), first };
    return { points, complete: false, gap: gapOf(first, deadline, current.bound), first };
  }
  for (;;) {
    const schedule = scheduleSteps(ws, order, current.set);
    const weeks = schedule.totalWeeks;
    if (!current.optimal) {
      // The search ran out of time: keep its (valid) plan, unproven, and stop here.
      points.push(planned(schedule, false, current.bound));
      return {
        points: points.reverse(),
        complete: false,
        gap: gapOf(first, deadline, current.bound),
        first,
      };
    }
    if (!before(first, weeks)) {
      // Nothing is faster than the earliest week: the fast end, proven.
      points.push(planned(schedule, true));
      return { points: points.reverse(), complete: true, first };
    }
    deadline = slack(slack(weeks));
    const faster = search(deadline);
    if (faster.set.length > 0 && near(faster.cost, current.cost)) {
      // As cheap and faster: `current` was not the fastest of its cost (and `faster` is proven
      // cheapest by its deadline, because `current` was by a later one).
      current = { ...faster, optimal: true };
      continue;
    }
    // `current` is a Pareto point when nothing faster costs as little: proven when the search
    // finished, or when its bound already exceeds `current`'s cost.
    const proven = faster.optimal || faster.bound > current.cost;
    points.push(planned(schedule, proven, proven ? undefined : current.cost));
    const within_ = faster.set.length > 0 && within(faster.cost, q.maxCost);
    if (!within_) {
      if (faster.optimal || overBudget(faster))
        return { points: points.reverse(), complete: true, first };
      return {
        points: points.reverse(),
        complete: false,
        gap: gapOf(first, deadline, Math.max(faster.bound, current.cost)),
        first,
      };
    }
    current = faster;
  }
}

function gapOf(first: number, deadline: number, minCost: number): FrontierGap {
  return deadline < Infinity
    ? { fromWeeks: first, toWeeks: deadline, minCost }
    : { fromWeeks: first, minCost };
}

function noneWithin(ws: Workspace, q: ResolvedQuery): string {
  return `no plan to "${ws.index.ids[q.target]}" costs at most the budget ${show(q.maxCost)}`;
}

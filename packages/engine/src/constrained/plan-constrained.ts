/**
 * Planning under constraints (plan-v1: "with constraints (budget, deadline, exclusions) there may be
 * none"): cheapest with a deadline is the exact deadline search; fastest under a budget is the least
 * possible finish week D whose cheapest-by-D plan fits the budget (the cost by D only falls as D
 * grows, so a binary search over the possible finish weeks finds it). Without a budget, fastest is
 * the earliest week with exclusions applied, planned cheapest by that week. Exclusions are the
 * query's and the retired credentials in reach (resolve-query.ts). Infeasibility names the
 * requirement that cannot be met, and whether what it needs is excluded or retired.
 */
import type { Workspace } from '../compile/workspace.js';
import { cheapestSet } from '../cheapest/branch-and-bound.js';
import { dropUnneededFree } from '../cheapest/unneeded-free-steps.js';
import { coneShape } from '../cheapest/cone-shape.js';
import { EPS, show, within } from '../numeric/tolerance.js';
import { scheduleSteps } from '../schedule/schedule-steps.js';
import { noPlan, planned, type PlanOutcome } from '../plan/plan-outcome.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import { cheapestByDeadline, type DeadlineResult } from './cheapest-by-deadline.js';
import { finishWeeks } from './finish-weeks.js';
import { coneExclusions } from './cone-exclusions.js';
import { earliestOrReason } from './earliest-or-reason.js';

/**
 * @param ws - workspace with the query's held set (the target is not held)
 * @param q - the resolved query with its constraints
 * @param now - the clock (ms)
 * @returns the plan's schedule, or why there is none
 */
export function planConstrained(
  ws: Workspace,
  q: ResolvedQuery,
  now: () => number = () => performance.now(),
): PlanOutcome {
  const index = ws.index;
  const name = `"${index.ids[q.target]}"`;
  const order = ws.cone(q.target);
  const excluded = coneExclusions(ws, order, q.exclude);
  const { earliest, first: d0, reason } = earliestOrReason(ws, q, order, excluded);
  if (reason !== undefined) return noPlan(reason);
  const stopAt = now() + q.timeBudgetMs;
  // Computed once for every deadline the search below is asked about.
  const { occurrences } = coneShape(ws, order);
  const search = (deadline: number, cap: number, floor?: number): DeadlineResult =>
    cheapestByDeadline({ ws, order, excluded, deadline, stopAt, cap, now, floor, occurrences });
  const byWeek = (deadline: number): string =>
    deadline < Infinity ? ` by week ${show(deadline)}` : '';
  const overBudget = (r: DeadlineResult, deadline: number): PlanOutcome | undefined => {
    if (r.cost <= q.maxCost) return undefined;
    if (r.bound > q.maxCost) {
      const cost = r.optimal && r.cost < Infinity ? show(r.cost) : `at least ${show(r.bound)}`;
      return noPlan(
        `cheapest plan to ${name}${byWeek(deadline)} costs ${cost} > budget ${show(q.maxCost)}`,
      );
    }
    return noPlan(
      `no plan to ${name}${byWeek(deadline)} within budget ${show(q.maxCost)} was found in the time budget (lower bound ${show(r.bound)})`,
      false,
      r.bound,
    );
  };

  if (q.objective === 'cheapest') {
    // The unconstrained optimum is the answer when its plan meets the deadline, else a floor. Its
    // search gives up at its first set when that misses the deadline: the deadline then most
    // likely binds, and the deadline search alone is quicker (in `pnpm bench constrained`, whose
    // deadlines lie between the fastest and the cheapest plan, 600 of 600 proven either way, in
    // about a quarter less time).
    let result: DeadlineResult | undefined;
    let floor: number | undefined;
    if (q.exclude.length === 0) {
      const misses = (set: number[]): boolean =>
        !within(scheduleSteps(ws, order, set).totalWeeks, q.maxWeeks);
      const giveUp =
        q.maxWeeks < Infinity ? (set: number[]) => set.length > 0 && misses(set) : undefined;
      const free = cheapestSet(ws, order, q.timeBudgetMs, now, Infinity, giveUp);
      if (free.gaveUp === undefined) {
        if (misses(free.set)) floor = free.bound;
        else result = { set: free.set, cost: free.cost, optimal: free.optimal, bound: free.bound };
      }
    }
    result ??= search(q.maxWeeks, Infinity, floor);
    const over = overBudget(result, q.maxWeeks);
    if (over) return over;
    const set = dropUnneededFree(ws, order, result.set);
    return planned(scheduleSteps(ws, order, set), result.optimal, result.bound);
  }

  // fastest: the least finish week D with a plan by D within the budget.
  if (!(q.maxCost < Infinity)) {
    const r = search(d0, Infinity);
    return planned(scheduleSteps(ws, order, r.set), true);
  }
  const top = cheapestOverall(ws, order, q, stopAt, now) ?? search(q.maxWeeks, q.maxCost);
  const over = overBudget(top, q.maxWeeks);
  if (over) return over;
  let best = scheduleSteps(ws, order, top.set);
  const weeks = finishWeeks(ws, order, excluded, earliest, best.totalWeeks + EPS).filter(
    (w) => w >= d0 - EPS && w < best.totalWeeks - EPS,
  );
  let lo = 0;
  let hi = weeks.length;
  let provenBelow = -1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = search(weeks[mid]!, q.maxCost);
    if (r.cost <= q.maxCost) {
      best = scheduleSteps(ws, order, r.set);
      let first = 0;
      while (first < mid && weeks[first]! < best.totalWeeks - EPS) first++;
      hi = first;
    } else {
      if (r.bound > q.maxCost) provenBelow = Math.max(provenBelow, mid);
      lo = mid + 1;
    }
  }
  const bound = provenBelow + 1 < weeks.length ? weeks[provenBelow + 1]! : best.totalWeeks;
  const optimal = bound >= best.totalWeeks - EPS;
  return planned(best, optimal, bound);
}

/**
 * The first probe of fastest under a budget, at no deadline, is the cheapest plan overall: without
 * exclusions the unconstrained search finds it, far quicker than the deadline search (in `pnpm
 * bench constrained` at 10^4, ~0.6 ms against 4-18 ms). Its unneeded free steps are dropped, as
 * cheapest's are.
 * @returns that plan as a deadline result, or undefined when the deadline search must run (a
 *   deadline, exclusions, or the unconstrained search unproven in the time left)
 */
function cheapestOverall(
  ws: Workspace,
  order: Int32Array,
  q: ResolvedQuery,
  stopAt: number,
  now: () => number,
): DeadlineResult | undefined {
  if (q.exclude.length > 0 || q.maxWeeks < Infinity) return undefined;
  const free = cheapestSet(ws, order, Math.max(0, stopAt - now()), now);
  if (!free.optimal) return undefined;
  const set = dropUnneededFree(ws, order, free.set);
  return { set, cost: free.cost, optimal: true, bound: free.cost };
}

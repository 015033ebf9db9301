/**
 * Planning under constraints (plan-v1: "with constraints (budget, deadline, exclusions) there may be
 * none"): cheapest with a deadline is the exact deadline search; fastest under a budget is the least
 * possible finish week D whose cheapest-by-D plan fits the budget (the cost by D only falls as D
 * grows, so a binary search over the possible finish weeks finds it). Without a budget, fastest is
 * the earliest week with exclusions applied, planned cheapest by that week. Infeasibility names the
 * requirement that cannot be met.
 */
import type { Workspace } from '../compile/workspace.js';
import { cheapestSet } from '../cheapest/branch-and-bound.js';
import { requirementTimeAt } from '../compile/requirement-time.js';
import { scheduleSteps, type Schedule } from '../schedule/schedule-steps.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import { cheapestByDeadline, type DeadlineResult } from './cheapest-by-deadline.js';
import { finishWeeks } from './finish-weeks.js';
import { unreachableReason } from './infeasible-reason.js';
import { WEEK_EPS } from './deadline-dp.js';

/** A constrained answer before it is dressed as a Plan. */
export interface ConstrainedOutcome {
  feasible: boolean;
  optimal: boolean;
  schedule: Schedule;
  bound?: number;
  reason?: string;
}

const within = (v: number, limit: number): boolean =>
  v <= limit + WEEK_EPS * Math.max(1, Math.abs(limit));
const show = (v: number): string => String(Math.round(v * 1e6) / 1e6);

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
): ConstrainedOutcome {
  const index = ws.index;
  const name = `"${index.ids[q.target]}"`;
  const order = ws.cone(q.target);
  const m = order.length;
  const excluded = new Uint8Array(m);
  const excludedInts = new Set(q.exclude);
  for (const c of q.exclude) {
    const l = ws.local(c);
    if (l >= 0) excluded[l] = 1;
  }
  const infeasible = (reason: string, optimal = true, bound?: number): ConstrainedOutcome => {
    const schedule: Schedule = { steps: [], totalCost: 0, totalWeeks: 0 };
    const out: ConstrainedOutcome = { feasible: false, optimal, schedule, reason };
    if (bound !== undefined) out.bound = bound;
    return out;
  };
  // Earliest weeks with the exclusions applied (left in ws.at for the reason walk).
  const earliest = earliestWithout(ws, order, excluded);
  const d0 = earliest[m - 1]!;
  if (!(d0 < Infinity))
    return infeasible(unreachableReason(ws, (c) => excludedInts.has(c) && !ws.isHeld(c), q.target));
  if (!within(d0, q.maxWeeks))
    return infeasible(`${name} cannot be held before week ${show(d0)} > ${show(q.maxWeeks)}`);
  const stopAt = now() + q.timeBudgetMs;
  const search = (deadline: number, cap: number, floor?: number): DeadlineResult =>
    cheapestByDeadline({
      ws,
      order,
      excluded,
      deadline,
      stopAt,
      cap,
      now,
      ...(floor !== undefined ? { floor } : {}),
    });
  const byWeek = (deadline: number): string =>
    deadline < Infinity ? ` by week ${show(deadline)}` : '';
  const overBudget = (r: DeadlineResult, deadline: number): ConstrainedOutcome | undefined => {
    if (r.cost <= q.maxCost) return undefined;
    if (r.bound > q.maxCost) {
      const cost = r.optimal && r.cost < Infinity ? show(r.cost) : `at least ${show(r.bound)}`;
      return infeasible(
        `cheapest plan to ${name}${byWeek(deadline)} costs ${cost} > budget ${show(q.maxCost)}`,
      );
    }
    return infeasible(
      `no plan to ${name}${byWeek(deadline)} within budget ${show(q.maxCost)} was found in the time budget (lower bound ${show(r.bound)})`,
      false,
      r.bound,
    );
  };

  if (q.objective === 'cheapest') {
    let result: DeadlineResult | undefined;
    let floor: number | undefined;
    if (excludedInts.size === 0) {
      // The unconstrained optimum is the answer when it meets the deadline, else a lower bound.
      const free = cheapestSet(ws, order, q.timeBudgetMs, now);
      if (within(scheduleSteps(ws, order, free.set).totalWeeks, q.maxWeeks)) {
        result = { set: free.set, cost: free.cost, optimal: free.optimal, bound: free.bound };
      } else floor = free.bound;
    }
    result ??= search(q.maxWeeks, Infinity, floor);
    const over = overBudget(result, q.maxWeeks);
    if (over) return over;
    const out: ConstrainedOutcome = {
      feasible: true,
      optimal: result.optimal,
      schedule: scheduleSteps(ws, order, result.set),
    };
    if (!result.optimal) out.bound = result.bound;
    return out;
  }

  // fastest: the least finish week D with a plan by D within the budget.
  if (!(q.maxCost < Infinity)) {
    const r = search(d0, Infinity);
    return { feasible: true, optimal: true, schedule: scheduleSteps(ws, order, r.set) };
  }
  const top = search(q.maxWeeks, q.maxCost);
  const over = overBudget(top, q.maxWeeks);
  if (over) return over;
  let best = scheduleSteps(ws, order, top.set);
  const weeks = finishWeeks(ws, order, excluded, earliest, best.totalWeeks + WEEK_EPS).filter(
    (w) => w >= d0 - WEEK_EPS && w < best.totalWeeks - WEEK_EPS,
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
      while (first < mid && weeks[first]! < best.totalWeeks - WEEK_EPS) first++;
      hi = first;
    } else {
      if (r.bound > q.maxCost) provenBelow = Math.max(provenBelow, mid);
      lo = mid + 1;
    }
  }
  const bound = provenBelow + 1 < weeks.length ? weeks[provenBelow + 1]! : best.totalWeeks;
  const optimal = bound >= best.totalWeeks - WEEK_EPS;
  const out: ConstrainedOutcome = { feasible: true, optimal, schedule: best };
  if (!optimal) out.bound = bound;
  return out;
}

function earliestWithout(ws: Workspace, order: Int32Array, excluded: Uint8Array): Float64Array {
  const index = ws.index;
  const at = ws.at;
  const times = new Float64Array(order.length);
  for (let l = 0; l < order.length; l++) {
    const c = order[l]!;
    const t = excluded[l]
      ? Infinity
      : requirementTimeAt(index, index.req[c]!, at) + index.duration[c]!;
    times[l] = t;
    at[c] = t;
  }
  return times;
}

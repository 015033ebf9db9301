/**
 * The cost-time frontier under a weekly-hours budget, start days, offers or a sponsor: the same
 * epsilon-constraint sweep as pareto-sweep.ts, but each step is a whole plan query through the
 * planner's own pipeline (the one `Planner.plan` runs: offers/plan-with-offers.ts,
 * offers/plan-with-sponsor.ts, hours/plan-with-hours.ts), so every point is a plan those planners
 * return, with its offers and sponsor share, and is proven exactly when the query behind it is.
 * 1. F = fastest under every input and limit: its week (or its proven bound) is the earliest week
 *    any plan can hold the target, so the sweep needs no query below it (under hours a cheapest
 *    query by a deadline the no-hours plan meets may be undecided, see plan-with-hours.ts);
 * 2. P = cheapest (cost as `cheapest` defines it: out-of-pocket, then total, under a sponsor) by the
 *    query's deadline; Q = cheapest by a deadline clearly before P's week;
 *    - Q costs the same: P := Q (P was not the fastest of its cost), repeat;
 *    - else P is a Pareto point, proven when P's query and Q's are (or Q's bound exceeds P's cost);
 * 3. stop at F's week (proven end), when Q is proven not to exist (proven end), or at the first
 *    query that is not proven or past the shared time budget: then the plans found stay (valid,
 *    `optimal: false` where unproven), F's plan is added when it is faster, and the gap says where
 *    the rest can lie.
 * Costs are compared lexicographically on (outOfPocket, total) under a sponsor, else on total.
 */
import { before, near, slack } from '../numeric/tolerance.js';
import { planned, type PlanOutcome } from '../plan/plan-outcome.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import type { FrontierGap } from './frontier-types.js';
import type { SweepOutcome } from './pareto-sweep.js';

/** Share of the time budget the fastest query may take (the rest: the cheapest queries). */
const FASTEST_SHARE = 0.25;

/** What the sweep needs: the planner's pipeline and clock. */
export interface OutcomeSweep {
  /** Plans a resolved query as `Planner.plan` does (before shaping). */
  plan: (q: ResolvedQuery) => PlanOutcome;
  /** The resolved query, its objective ignored. */
  q: ResolvedQuery;
  /** A proven lower bound on the week of any plan (the no-hours earliest week). */
  first: number;
  now: () => number;
}

/**
 * @param sweep - the pipeline, query, earliest week and clock
 * @returns the Pareto points by weeks ascending, whether the frontier is complete, and the gap
 */
export function outcomeSweep(sweep: OutcomeSweep): SweepOutcome {
  const { plan, q, now } = sweep;
  const stopAt = now() + q.timeBudgetMs;
  const left = (): number => Math.max(1, stopAt - now());
  const sponsored = q.sponsor !== undefined;
  const key = (so: PlanOutcome): number => (sponsored ? so.outOfPocket! : so.schedule.totalCost);
  // a costs less than b: a lower key, or the same key and a lower total.
  const cheaper = (a: PlanOutcome, b: PlanOutcome): boolean =>
    before(key(a), key(b)) ||
    (near(key(a), key(b)) && before(a.schedule.totalCost, b.schedule.totalCost));
  const dominated = (a: PlanOutcome, b: PlanOutcome): boolean =>
    !before(weeksOf(a), weeksOf(b)) && !cheaper(a, b) && !(a.optimal && !b.optimal);
  const sameCost = (a: PlanOutcome, b: PlanOutcome): boolean =>
    near(key(a), key(b)) && near(a.schedule.totalCost, b.schedule.totalCost);

  const fast = plan({ ...q, objective: 'fastest', timeBudgetMs: left() * FASTEST_SHARE });
  if (!fast.feasible && fast.optimal)
    return { points: [], complete: true, reason: fast.reason, first: Infinity };
  // The earliest week any plan holds the target: F's week when proven, else F's bound.
  let first = sweep.first;
  if (fast.feasible && fast.optimal) first = Math.max(first, fast.schedule.totalWeeks);
  else if (fast.bound !== undefined) first = Math.max(first, fast.bound);

  const ask = (deadline: number): PlanOutcome => {
    const byDeadline: ResolvedQuery = {
      ...q,
      objective: 'cheapest',
      maxWeeks: deadline,
      constrained: q.constrained || deadline < Infinity,
      timeBudgetMs: left(),
    };
    const so = plan(byDeadline);
    if (so.optimal || q.weeklyHours === Infinity) return so;
    // Not proven under the hours budget (plan-with-hours.ts searches no other set for cheapest by a
    // deadline): the same query without the budget is a relaxation (the budget only delays), so
    // its proven "none" holds here, its proven cost is a lower bound, and a plan that meets it
    // is proven.
    const relaxed = plan({ ...byDeadline, weeklyHours: Infinity, timeBudgetMs: left() });
    if (!relaxed.optimal) return so;
    if (!relaxed.feasible) return so.feasible ? so : relaxed;
    if (so.feasible && sameCost(so, relaxed)) return { ...so, optimal: true, bound: undefined };
    return { ...so, bound: Math.max(so.bound ?? 0, key(relaxed)) };
  };
  let deadline = q.maxWeeks;
  let current = ask(deadline);
  const points: PlanOutcome[] = [];
  // Cut short: keep what was found, add F's plan when it is faster, and bound the rest.
  const cut = (minCost: number): SweepOutcome => {
    if (fast.feasible) {
      // F's plan is valid and the fastest: listed unless a point is as fast; it drops what it dominates.
      while (points.length > 0 && dominated(points[points.length - 1]!, fast)) points.pop();
      const last = points[points.length - 1];
      if (last === undefined || before(weeksOf(fast), weeksOf(last)))
        points.push({ ...fast, optimal: false, bound: minCost });
    }
    return {
      points: points.reverse(),
      complete: false,
      gap: gapOf(first, deadline, minCost),
      first,
    };
  };
  if (!current.feasible) {
    if (current.optimal) return { points, complete: true, reason: current.reason, first };
    return cut(current.bound ?? 0);
  }
  for (;;) {
    const weeks = weeksOf(current);
    if (!current.optimal) {
      // The query ran out of time or could not decide: its (valid) plan stays, unproven.
      points.push({ ...current, optimal: false, bound: current.bound ?? 0 });
      return cut(current.bound ?? 0);
    }
    if (!before(first, weeks)) {
      // Nothing is faster than the earliest week: the fast end, proven.
      points.push(planned1(current));
      return { points: points.reverse(), complete: true, first };
    }
    deadline = slack(slack(weeks));
    if (now() >= stopAt) {
      points.push({ ...current, optimal: false, bound: key(current) });
      return cut(key(current));
    }
    const faster = ask(deadline);
    if (faster.feasible && sameCost(faster, current)) {
      // As cheap and faster: proven cheapest by its deadline, as `current` was by a later one.
      current = { ...faster, optimal: true, bound: undefined };
      continue;
    }
    const proven = faster.optimal || (faster.bound !== undefined && faster.bound > key(current));
    points.push(proven ? planned1(current) : { ...current, optimal: false, bound: key(current) });
    if (!faster.feasible) {
      if (faster.optimal) return { points: points.reverse(), complete: true, first };
      return cut(Math.max(faster.bound ?? 0, key(current)));
    }
    current = faster;
  }
}

/** @returns the outcome marked proven, its bound dropped */
function planned1(so: PlanOutcome): PlanOutcome {
  return { ...so, ...planned(so.schedule, true) };
}

function weeksOf(so: PlanOutcome): number {
  return so.schedule.totalWeeks;
}

function gapOf(first: number, deadline: number, minCost: number): FrontierGap {
  return deadline < Infinity
    ? { fromWeeks: first, toWeeks: deadline, minCost }
    : { fromWeeks: first, minCost };
}

/**
 * The cost-time frontier under `keepFor` (plan-v2): the same epsilon-constraint sweep as every other
 * frontier under a pipeline (outcome-sweep.ts), each step a whole `Planner.plan` query with
 * `keepFor` (renewals/plan-with-renewals.ts), so every point is a plan that query returns and is
 * proven exactly when that query is.
 * - Cost axis: `totalCost` as `plan` prices it under keepFor: the steps, the offers and the upkeep
 *   over the horizon (paid renewals, or the `renewal.by` credentials earned to renew); under a
 *   sponsor, the learner's share first, as `cheapest` defines it.
 * - Time axis: `totalWeeks`, the week the target is held (plan-v2: renewals not counted). A deadline
 *   (`maxWeeks`) binds that week, as it does for `plan` under keepFor.
 * The sweep's points carry their Plan; this file only adapts a Plan to the sweep's outcome and back.
 */
import type { Plan, PlanQuery } from '../plan-types.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import type { PlanOutcome } from '../plan/plan-outcome.js';
import type { Frontier } from './frontier-types.js';
import { outcomeSweep } from './outcome-sweep.js';

/** A sweep outcome that carries the Plan it stands for. */
type KeptOutcome = PlanOutcome & { plan: Plan };

/**
 * @param plan - `Planner.plan` (keepFor included)
 * @param query - the frontier's query, with keepFor > 0 and a credential target (checked)
 * @param q - the same query resolved (its deadline, budget, hours, sponsor and time budget)
 * @param now - the clock the time budget is measured on
 * @returns the frontier: plans by weeks ascending, whether it is complete, and any gap
 */
export function keepFrontier(
  plan: (query: PlanQuery) => Plan,
  query: PlanQuery,
  q: ResolvedQuery,
  now: () => number,
): Frontier {
  const { explain: _explain, ...asked } = query;
  const ask = (r: ResolvedQuery): KeptOutcome => {
    const one: PlanQuery = { ...asked, objective: r.objective, timeBudgetMs: r.timeBudgetMs };
    if (r.maxWeeks < Infinity) one.maxWeeks = r.maxWeeks;
    else delete one.maxWeeks;
    if (r.weeklyHours < Infinity) one.weeklyHours = r.weeklyHours;
    else delete one.weeklyHours;
    let p = plan(one);
    if (r.objective === 'fastest' && p.feasible) {
      // fastest under keepFor places its upkeep after the target (plan-with-renewals.ts), not as a
      // cheapest plan would: the sweep's fast point is the cheapest plan by fastest's week instead,
      // with fastest's proof of that week (its optimal, its bound in weeks).
      const byThen = plan({ ...one, objective: 'cheapest', maxWeeks: p.totalWeeks });
      if (byThen.feasible) p = { ...byThen, optimal: p.optimal, bound: p.bound };
    }
    return {
      feasible: p.feasible,
      optimal: p.optimal,
      bound: p.bound,
      reason: p.reason,
      schedule: { steps: [], totalCost: p.totalCost, totalWeeks: p.totalWeeks },
      outOfPocket: p.outOfPocket,
      plan: p,
    };
  };
  // No proven earliest week is known before the sweep: the fastest query's proves it (first = 0).
  const sweep = outcomeSweep({ plan: ask, q, first: 0, now });
  const plans = sweep.points.map((so) => {
    const p = (so as KeptOutcome).plan;
    const out: Plan = { ...p, objective: 'cheapest', optimal: so.optimal };
    if (so.optimal) delete out.bound;
    else out.bound = so.bound ?? 0;
    return out;
  });
  const out: Frontier = {
    feasible: plans.length > 0,
    complete: sweep.complete,
    target: query.target,
    plans,
    lapsed: q.lapsed,
  };
  if (sweep.gap !== undefined) out.gap = sweep.gap;
  if (sweep.reason !== undefined) out.reason = sweep.reason;
  else if (!out.feasible) out.reason = 'no plan was found in the time budget';
  return out;
}

/**
 * The planner's return-on-investment slot: with the query's `currentAnnualEarnings`, a feasible plan
 * (and every plan of a frontier) gets `paybackMonths` from the outcomes of the credential it reaches.
 * For a credential target that is the target; for a target form, the credential of `reached` with
 * the highest median earnings (the plan ends holding all of them; docs/plan-v2.md "Return on
 * investment").
 */
import type { CatalogIndex } from '@pathwise/core';
import type { Plan, PlanQuery } from '../plan-types.js';
import type { Frontier } from '../frontier/frontier-types.js';
import { paybackMonths } from './payback-months.js';

/**
 * @param index - the catalog's lookups
 * @param plan - a plan
 * @returns the median annual earnings its reached credential reports, or undefined when none has
 *   `outcomes` (or the plan is infeasible)
 */
export function reachedMedianEarnings(index: CatalogIndex, plan: Plan): number | undefined {
  if (!plan.feasible) return undefined;
  const ids = typeof plan.target === 'string' ? [plan.target] : (plan.reached?.credentials ?? []);
  let best: number | undefined;
  for (const id of ids) {
    const median = index.byId.get(id)?.outcomes?.medianAnnualEarnings;
    if (median !== undefined && (best === undefined || median > best)) best = median;
  }
  return best;
}

/**
 * @param index - the catalog's lookups
 * @param query - the query the plan answers (checked)
 * @param plan - its plan
 * @returns the plan, with `paybackMonths` when the query gives `currentAnnualEarnings`, the reached
 *   credential has `outcomes`, and its median is above the current earnings
 */
export function withPayback(index: CatalogIndex, query: PlanQuery, plan: Plan): Plan {
  const current = query.currentAnnualEarnings;
  if (current === undefined) return plan;
  const median = reachedMedianEarnings(index, plan);
  if (median === undefined) return plan;
  const months = paybackMonths(plan.totalCost, median, current);
  return months === undefined ? plan : { ...plan, paybackMonths: months };
}

/**
 * @param index - the catalog's lookups
 * @param query - the query the frontier answers (checked)
 * @param frontier - its frontier
 * @returns the frontier with each plan given its `paybackMonths` as `withPayback` does
 */
export function frontierWithPayback(
  index: CatalogIndex,
  query: PlanQuery,
  frontier: Frontier,
): Frontier {
  if (query.currentAnnualEarnings === undefined) return frontier;
  return { ...frontier, plans: frontier.plans.map((p) => withPayback(index, query, p)) };
}

/**
 * Query.reachable under a sponsor: a reach's cost is what the learners pay (`outOfPocket`), so the
 * limit `maxCost` bounds that share. The engine's `maxCost` bounds a plan's total, which is larger, so
 * reachable asks the engine without it and checks the share here. Exact: cheapest under a sponsor
 * minimises the share by the deadline, so its proven least share above `maxCost` rules the candidate
 * out, and one at or under it is a plan within the limits.
 */
import type { Plan } from '@pathwise/engine';

/** Float noise allowed when comparing a share of summed prices with the limit (as the engine's). */
const EPS = 1e-9;

/**
 * @param plan - a plan asked under a sponsor without a budget
 * @param maxCost - the most the learners may pay, when given
 * @returns the plan when its share fits; otherwise an infeasible plan, `optimal` when ruled out, with
 *   the share's proven bound
 */
export function withinShare(plan: Plan, maxCost: number | null | undefined): Plan {
  if (!plan.feasible || maxCost == null) return plan;
  const share = plan.outOfPocket ?? plan.totalCost;
  if (share <= maxCost + EPS) return plan;
  const bound = plan.optimal ? share : (plan.bound ?? 0);
  const ruledOut = bound > maxCost + EPS;
  const { bound: _unused, ...rest } = plan;
  return {
    ...rest,
    feasible: false,
    steps: [],
    optimal: ruledOut,
    ...(ruledOut ? {} : { bound }),
  };
}

/** @returns what the learners pay for a reach: its outOfPocket under a sponsor, else its total */
export function learnerCost(reach: { totalCost: number; outOfPocket?: number }): number {
  return reach.outOfPocket ?? reach.totalCost;
}

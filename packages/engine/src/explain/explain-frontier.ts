/**
 * The frontier's explanation slot: when a frontier query asks `explain: true`, each of its plans gets
 * its explanation as a plan of its own does (attach-explanation.ts). A frontier point is the cheapest
 * plan that holds the target by its own `totalWeeks` (plan-v2 "The frontier document"), so it is
 * explained as the answer to that query: objective cheapest, `maxWeeks` its weeks; each option
 * passed over is priced as the cheapest plan that also holds it by that week.
 * Bounded: the explanations share what is left of the query's time budget after the sweep, each
 * point in turn taking an equal part of what remains (a point left without time still gets its
 * steps, holdings and lapsed notes; its options are reported as not compared).
 */
import type { PlanQuery } from '../plan-types.js';
import type { Frontier } from '../frontier/frontier-types.js';
import { DEFAULT_TIME_BUDGET_MS } from '../query/resolve-query.js';
import { withExplanation, type ExplainContext } from './attach-explanation.js';

/**
 * @param ctx - the planner's catalog, goal planner and clocks
 * @param query - the frontier's query (checked by the frontier that answered it)
 * @param frontier - its frontier
 * @param startedAt - `ctx.clock()` when the frontier started (its time counts against the budget)
 * @returns the frontier, each plan with `explanation` when the query asked for one
 */
export function frontierWithExplanations(
  ctx: ExplainContext,
  query: PlanQuery,
  frontier: Frontier,
  startedAt: number,
): Frontier {
  if (query.explain !== true) return frontier;
  const stopAt = startedAt + (query.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
  const plans = frontier.plans.map((plan, i) => {
    const share = Math.max(0, stopAt - ctx.clock()) / (frontier.plans.length - i);
    const asked: PlanQuery = {
      ...query,
      objective: 'cheapest',
      maxWeeks: plan.totalWeeks,
      timeBudgetMs: share,
    };
    return withExplanation(ctx, asked, plan);
  });
  return { ...frontier, plans };
}

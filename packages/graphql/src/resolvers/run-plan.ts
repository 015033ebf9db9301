/**
 * Every plan a request makes goes through here: its time budget is the smaller of what it asks for
 * and what is left of the request's planning budget, and the planning time it took is charged to
 * the request (time spent queueing for a worker is not).
 */
import { PathwiseError } from '@pathwise/core';
import type { Plan, PlanQuery } from '@pathwise/engine';
import type { CatalogView, PathwiseContext } from '../context.js';

/**
 * @param ctx - the request context (limits and its planning clock)
 * @param view - the request's catalog version
 * @param query - the plan query; `timeBudgetMs` is the most this plan may use
 * @returns the plan
 * @throws PathwiseError TIMEOUT when the request has no planning budget left
 * @throws UnknownCredentialError / InvalidInputError from the planner
 */
export async function runPlan(
  ctx: PathwiseContext,
  view: CatalogView,
  query: PlanQuery,
): Promise<Plan> {
  const left = ctx.limits.requestPlanBudgetMs - ctx.planClock.spentMs;
  if (left <= 0) {
    throw new PathwiseError(
      'TIMEOUT',
      `this request used its ${ctx.limits.requestPlanBudgetMs} ms planning budget; ask for fewer plans per request`,
    );
  }
  const timeBudgetMs = Math.max(1, Math.min(query.timeBudgetMs ?? left, left));
  const { plan, ms } = await view.plan({ ...query, timeBudgetMs });
  ctx.planClock.spentMs += ms;
  return plan;
}

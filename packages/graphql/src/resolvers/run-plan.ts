/**
 * Every plan a request makes goes through here: its time budget is the smaller of what it asks for
 * and what is left of the request's planning budget, and the time it took is charged to the request.
 */
import { PathwiseError } from '@pathwise/core';
import type { Plan, PlanQuery, Planner } from '@pathwise/engine';
import type { PathwiseContext } from '../context.js';

/**
 * @param ctx - the request context (limits and its planning clock)
 * @param planner - the planner of the request's catalog version
 * @param query - the plan query; `timeBudgetMs` is the most this plan may use
 * @returns the plan
 * @throws PathwiseError TIMEOUT when the request has no planning budget left
 * @throws UnknownCredentialError / InvalidInputError from the planner
 */
export function runPlan(ctx: PathwiseContext, planner: Planner, query: PlanQuery): Plan {
  const left = ctx.limits.requestPlanBudgetMs - ctx.planClock.spentMs;
  if (left <= 0) {
    throw new PathwiseError(
      'TIMEOUT',
      `this request used its ${ctx.limits.requestPlanBudgetMs} ms planning budget; ask for fewer plans per request`,
    );
  }
  const started = performance.now();
  try {
    return planner.plan({ ...query, timeBudgetMs: Math.max(1, Math.min(query.timeBudgetMs ?? left, left)) });
  } finally {
    ctx.planClock.spentMs += performance.now() - started;
  }
}

/**
 * Every plan a request makes goes through here. The request's planning budget is charged up front:
 * its first plan fixes a deadline (now + the budget) that every later plan of the request shares,
 * aliased fields running side by side included. A plan's time budget is the smallest of what it
 * asks for, the time left before the deadline, and the budget not yet spent; a plan that cannot
 * start before the deadline fails with TIMEOUT. The planner (a worker pool) gets the deadline, the
 * request's abort signal and its client, so queued work is dropped when the deadline passes or the
 * client goes away. Plans come back without floating-point noise (the engine's cleanPlan, as the
 * CLI prints them).
 */
import { PathwiseError } from '@pathwise/core';
import { cleanPlan, type Frontier, type Plan, type PlanQuery } from '@pathwise/engine';
import type { CatalogView, PathwiseContext, PlanRun } from '../context.js';

function timeout(ctx: PathwiseContext): PathwiseError {
  return new PathwiseError(
    'TIMEOUT',
    `this request used its ${ctx.limits.requestPlanBudgetMs} ms planning budget; ask for fewer plans per request`,
  );
}

/**
 * @param ctx - the request context (limits, its planning clock, abort signal and client)
 * @param view - the request's catalog version
 * @param query - the plan query; `timeBudgetMs` is the most this plan may use
 * @returns the plan
 * @throws PathwiseError TIMEOUT when the request has no planning budget left, or ended
 * @throws UnknownCredentialError / InvalidInputError from the planner
 */
export async function runPlan(
  ctx: PathwiseContext,
  view: CatalogView,
  query: PlanQuery,
): Promise<Plan> {
  return cleanPlan((await charged(ctx, query, (q, run) => view.plan(q, run))).plan);
}

/**
 * The frontier under the same budget rules as a plan (the whole sweep shares one time budget).
 * @param ctx - the request context
 * @param view - the request's catalog version
 * @param query - the query; `timeBudgetMs` is the most the sweep may use
 * @returns the frontier
 * @throws as `runPlan` does
 */
export async function runFrontier(
  ctx: PathwiseContext,
  view: CatalogView,
  query: PlanQuery,
): Promise<Frontier> {
  const { frontier } = await charged(ctx, query, (q, run) => view.frontier(q, run));
  return { ...frontier, plans: frontier.plans.map(cleanPlan) };
}

/** Runs one planning call within the request's budget and charges its time. */
async function charged<T extends { ms: number }>(
  ctx: PathwiseContext,
  query: PlanQuery,
  call: (query: PlanQuery, run: PlanRun) => Promise<T>,
): Promise<T> {
  const budget = ctx.limits.requestPlanBudgetMs;
  const deadline = (ctx.planClock.deadline ??= Date.now() + budget);
  const left = Math.min(deadline - Date.now(), budget - ctx.planClock.spentMs);
  if (left <= 0 || ctx.signal?.aborted) throw timeout(ctx);
  const asked = query.timeBudgetMs;
  // A malformed budget (negative, NaN) reaches the engine unchanged, which refuses it: one check.
  const timeBudgetMs =
    asked !== undefined && !(asked >= 0) ? asked : Math.max(1, Math.min(asked ?? left, left));
  const result = await call(
    { ...query, timeBudgetMs },
    { deadline, signal: ctx.signal, client: ctx.client },
  );
  ctx.planClock.spentMs += result.ms;
  return result;
}

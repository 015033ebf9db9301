/**
 * Query.frontier: the exact cost-time frontier for one learner (plan-v2 "Frontier"), from the same
 * PlanInput as Query.plan (its objective is ignored: the frontier spans both), and the Frontier and
 * FrontierGap object types. Each plan of the frontier is a Plan object, so every Plan field works on it
 * (its explanation too: each point explained as the cheapest plan by its own weeks).
 */
import type { Frontier } from '@pathwise/engine';
import type { GraphQLResolveInfo } from 'graphql';
import type { PathwiseContext } from '../context.js';
import type { LapsedParent, PlanParent, WalletReportParent } from './parents.js';
import { credentialRef } from './parents.js';
import type { PlanInput } from './inputs.js';
import { planQueryOf } from './query-plan.js';
import { runFrontier } from './run-plan.js';
import { selectsField } from './selects-field.js';

/** A Frontier object of the schema. */
export interface FrontierParent {
  frontier: Frontier;
  index: PlanParent['index'];
  wallet?: WalletReportParent | undefined;
  /** The query's weekly-hours budget, when it had one. */
  weeklyHours?: number | undefined;
}

/**
 * @returns the frontier with the catalog index it was made on
 * @throws as Query.plan does (BAD_USER_INPUT for a bad input, TIMEOUT past the request's budget)
 */
export async function frontierResolver(
  _root: unknown,
  { input }: { input: PlanInput },
  ctx: PathwiseContext,
  info?: GraphQLResolveInfo,
): Promise<FrontierParent> {
  const view = await ctx.catalog();
  const { query, wallet } = await planQueryOf(input, ctx, view.index);
  // Each point's explanation re-plans (bounded by the same time budget): only when selected.
  if (selectsField(info, 'explanation', 'plans')) query.explain = true;
  const frontier = await runFrontier(ctx, view, query);
  return { frontier, index: view.index, wallet, weeklyHours: query.weeklyHours };
}

/** Field resolvers of Frontier (FrontierGap's fields are the engine's, read as they are). */
export const frontierTypeResolvers = {
  Frontier: {
    feasible: ({ frontier }: FrontierParent) => frontier.feasible,
    complete: ({ frontier }: FrontierParent) => frontier.complete,
    target: ({ frontier, index }: FrontierParent) =>
      typeof frontier.target === 'string' ? credentialRef(index, frontier.target) : null,
    plans: ({ frontier, index, wallet, weeklyHours }: FrontierParent): PlanParent[] =>
      frontier.plans.map((plan) => ({
        plan,
        index,
        ...(wallet ? { wallet } : {}),
        ...(weeklyHours !== undefined ? { weeklyHours } : {}),
      })),
    gap: ({ frontier }: FrontierParent) => frontier.gap ?? null,
    reason: ({ frontier }: FrontierParent) => frontier.reason ?? null,
    lapsed: ({ frontier, index }: FrontierParent): LapsedParent[] =>
      (frontier.lapsed ?? []).map((lapsed) => ({ lapsed, index })),
  },
};

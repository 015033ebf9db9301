/**
 * Query.plan: an exact plan for one learner (plan-v1.md), from `have` and, when sent, a wallet,
 * under the input's deadline, budget and exclusions when given.
 */
import type { PathwiseContext } from '../context.js';
import type { CatalogIndex } from '@pathwise/core';
import type { PlanQuery } from '@pathwise/engine';
import type { GraphQLResolveInfo } from 'graphql';
import { selectsField } from './selects-field.js';
import type { PlanParent, WalletReportParent } from './parents.js';
import type { PlanInput } from './inputs.js';
import { planLimits, toHoldings, toTarget } from './inputs.js';
import { toEngineObjective } from './objective.js';
import { walletHoldings } from './wallet-holdings.js';
import { runPlan } from './run-plan.js';

/**
 * @returns the plan with the catalog index it was made on
 * @throws UnknownCredentialError (BAD_USER_INPUT) for an unknown target or holding
 * @throws InvalidInputError (BAD_USER_INPUT) for a malformed date (asOf, startDate) or budget
 * @throws PathwiseError TIMEOUT when the request's planning budget is spent
 */
export async function planResolver(
  _root: unknown,
  { input }: { input: PlanInput },
  ctx: PathwiseContext,
  info?: GraphQLResolveInfo,
): Promise<PlanParent> {
  const view = await ctx.catalog();
  const { query, wallet } = await planQueryOf(input, ctx, view.index);
  // The explanation re-plans (bounded): only when the operation selects it.
  if (selectsField(info, 'explanation')) query.explain = true;
  const plan = await runPlan(ctx, view, query);
  const budget = query.weeklyHours === undefined ? {} : { weeklyHours: query.weeklyHours };
  return { plan, index: view.index, wallet, ...budget };
}

/**
 * PlanInput as an engine query: `have` plus the wallet's holdings, the objective, the time budget
 * under the service's ceiling, and the limits. Query.plan and Query.frontier share it.
 * @returns the query and what the wallet gave, when one was sent
 * @throws InvalidInputError (BAD_USER_INPUT) for a wallet that cannot be read
 */
export async function planQueryOf(
  input: PlanInput,
  ctx: PathwiseContext,
  index: CatalogIndex,
): Promise<{ query: PlanQuery; wallet: WalletReportParent | undefined }> {
  const have = toHoldings(input.have);
  const asOf = input.asOf ?? undefined;
  const wallet = input.wallet == null ? undefined : await walletHoldings(input.wallet, index, asOf);
  const query: PlanQuery = {
    target: toTarget(input),
    have: wallet ? [...have, ...wallet.holdings] : have,
    asOf: asOf || undefined,
    objective: toEngineObjective(input.objective),
    // The server's ceiling; the client may ask for less. Whether the value is valid is the engine's
    // one query check (run-plan.ts passes a malformed budget through for it to refuse).
    timeBudgetMs: Math.min(input.timeBudgetMs ?? Infinity, ctx.limits.planTimeBudgetMs),
    ...planLimits(input),
    ...(input.startDate != null ? { startDate: input.startDate } : {}),
    ...(input.keepFor != null ? { keepFor: input.keepFor } : {}),
  };
  return { query, wallet };
}

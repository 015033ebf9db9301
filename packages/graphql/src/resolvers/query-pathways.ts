/**
 * Query.pathways: the cheapest and the fastest pathway to a target, summarised (totals, the
 * credentials to earn, the providers involved), for boards comparing routes.
 */
import type { Plan } from '@pathwise/engine';
import type { PathwiseContext } from '../context.js';
import type { CredentialParent, ProviderParent } from './parents.js';
import { credentialRef } from './parents.js';
import type { HoldingInput } from './inputs.js';
import { toHoldings } from './inputs.js';
import { toGraphQLObjective, type GraphQLObjective } from './objective.js';
import { runPlan } from './run-plan.js';

/** One PathwaySummary. */
export interface PathwaySummaryParent {
  objective: GraphQLObjective;
  target: CredentialParent;
  feasible: boolean;
  optimal: boolean;
  totalCost: number;
  totalWeeks: number;
  stepCount: number;
  credentials: CredentialParent[];
  providers: ProviderParent[];
}

/**
 * @returns the cheapest then the fastest pathway's summary
 * @throws UnknownCredentialError (BAD_USER_INPUT) for an unknown target or holding
 * @throws PathwiseError TIMEOUT when the request's planning budget is spent
 */
export async function pathwaysResolver(
  _root: unknown,
  args: { target: string; have?: HoldingInput[] | null; asOf?: string | null },
  ctx: PathwiseContext,
): Promise<PathwaySummaryParent[]> {
  const view = await ctx.catalog();
  const { index } = view;
  const have = toHoldings(args.have);
  const summarise = (plan: Plan): PathwaySummaryParent => {
    const credentials = plan.steps.map((s) => credentialRef(index, s.credential));
    const providerIds = [...new Set(credentials.map((c) => c.credential.provider))];
    const providers = providerIds.flatMap((id) => {
      const provider = id === undefined ? undefined : index.providersById.get(id);
      return provider ? [{ provider, index }] : [];
    });
    return {
      objective: toGraphQLObjective(plan.objective),
      target: credentialRef(index, args.target),
      feasible: plan.feasible,
      optimal: plan.optimal,
      totalCost: plan.totalCost,
      totalWeeks: plan.totalWeeks,
      stepCount: plan.steps.length,
      credentials,
      providers,
    };
  };
  const summaries: PathwaySummaryParent[] = [];
  for (const objective of ['cheapest', 'fastest'] as const) {
    const plan = await runPlan(ctx, view, {
      target: args.target,
      have,
      asOf: args.asOf || undefined,
      objective,
      timeBudgetMs: ctx.limits.planTimeBudgetMs,
    });
    summaries.push(summarise(plan));
  }
  return summaries;
}

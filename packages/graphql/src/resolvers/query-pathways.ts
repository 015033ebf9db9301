/**
 * Query.pathways: the cheapest and the fastest pathway to a target, summarised (totals, the
 * credentials to earn, the providers involved), for boards comparing routes. With `weeklyHours`
 * both are the engine's plans under that budget (the same hours scheduling as Query.plan). Each says
 * whether its weeks figure is proven the fewest: the fastest when it is optimal, the cheapest when
 * the proven fastest finishes no earlier.
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
  weeksProven: boolean;
  peakWeeklyHours: number;
}

/**
 * @returns the cheapest then the fastest pathway's summary
 * @throws UnknownCredentialError (BAD_USER_INPUT) for an unknown target or holding
 * @throws PathwiseError TIMEOUT when the request's planning budget is spent
 */
export async function pathwaysResolver(
  _root: unknown,
  args: {
    target: string;
    have?: HoldingInput[] | null;
    asOf?: string | null;
    weeklyHours?: number | null;
  },
  ctx: PathwiseContext,
): Promise<PathwaySummaryParent[]> {
  const view = await ctx.catalog();
  const { index } = view;
  const have = toHoldings(args.have);
  const summarise = (plan: Plan, weeksProven: boolean): PathwaySummaryParent => {
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
      weeksProven,
      peakWeeklyHours: plan.peakWeeklyHours ?? 0,
    };
  };
  const ask = (objective: 'cheapest' | 'fastest'): Promise<Plan> =>
    runPlan(ctx, view, {
      target: args.target,
      have,
      asOf: args.asOf || undefined,
      objective,
      timeBudgetMs: ctx.limits.planTimeBudgetMs,
      ...(args.weeklyHours != null ? { weeklyHours: args.weeklyHours } : {}),
    });
  const cheapest = await ask('cheapest');
  const fastest = await ask('fastest');
  // The fastest's weeks are the fewest when proven; the cheapest's too when they are no more.
  const fewest = fastest.feasible && fastest.optimal;
  return [
    summarise(cheapest, fewest && cheapest.feasible && cheapest.totalWeeks <= fastest.totalWeeks),
    summarise(fastest, fewest),
  ];
}

/**
 * Query.reachable, for workforce boards: which credentials a group holding `from` can reach within a
 * cost and a time limit, and at what cost. Each candidate is planned exactly for cost; when the
 * cheapest plan is too slow, the fastest plan is tried too. It gives up (TIMEOUT) past the request's
 * planning budget.
 */
import { InvalidInputError } from '@pathwise/core';
import type { Plan } from '@pathwise/engine';
import type { PathwiseContext } from '../context.js';
import type { CredentialParent } from './parents.js';
import type { HoldingInput } from './inputs.js';
import { toHoldings } from './inputs.js';
import { toGraphQLObjective, type GraphQLObjective } from './objective.js';
import { runPlan } from './run-plan.js';

/** One reachable credential. */
export interface ReachParent {
  credential: CredentialParent;
  totalCost: number;
  totalWeeks: number;
  objective: GraphQLObjective;
  optimal: boolean;
  stepCount: number;
}

/** Arguments of Query.reachable. */
export interface ReachableArgs {
  from: HoldingInput[];
  maxCost?: number | null;
  maxWeeks?: number | null;
  asOf?: string | null;
  kinds?: string[] | null;
}

/**
 * @returns the credentials reachable within the limits, cheapest first (then fastest, then by id)
 * @throws UnknownCredentialError (BAD_USER_INPUT) for an unknown holding
 * @throws InvalidInputError (BAD_USER_INPUT) for a negative limit or too many candidates
 * @throws PathwiseError TIMEOUT when the request's planning budget is spent
 */
export async function reachableResolver(
  _root: unknown,
  args: ReachableArgs,
  ctx: PathwiseContext,
): Promise<ReachParent[]> {
  for (const [name, value] of [
    ['maxCost', args.maxCost],
    ['maxWeeks', args.maxWeeks],
  ] as const) {
    if (value != null && !(value >= 0))
      throw new InvalidInputError(`${name} must be ≥ 0, got ${value}`);
  }
  const maxCost = args.maxCost ?? Infinity;
  const maxWeeks = args.maxWeeks ?? Infinity;
  const view = await ctx.catalog();
  const { index } = view;
  const kinds = args.kinds ? new Set(args.kinds) : undefined;
  const candidates = index.catalog.credentials.filter((c) => !kinds || kinds.has(c.kind));
  if (candidates.length > ctx.limits.maxReachableTargets) {
    throw new InvalidInputError(
      `${candidates.length} candidate credentials exceed the limit of ${ctx.limits.maxReachableTargets}; narrow them with kinds`,
    );
  }
  const have = toHoldings(args.from);
  const fits = (p: Plan): boolean =>
    p.feasible && p.totalCost <= maxCost && p.totalWeeks <= maxWeeks;
  const ask = (target: string, objective: 'cheapest' | 'fastest'): Promise<Plan> =>
    runPlan(ctx, view, {
      target,
      have,
      ...(args.asOf ? { asOf: args.asOf } : {}),
      objective,
      timeBudgetMs: ctx.limits.batchPlanTimeBudgetMs,
    });
  const reaches: ReachParent[] = [];
  for (const [i, credential] of candidates.entries()) {
    // Planning in this thread blocks it: let other requests in now and then. runPlan stops the
    // loop when the request's budget is spent.
    if (i % 16 === 15) await new Promise<void>((resolve) => setImmediate(resolve));
    const cheapest = await ask(credential.id, 'cheapest');
    if (cheapest.feasible && cheapest.steps.length === 0) continue; // already held
    let chosen: Plan | undefined = fits(cheapest) ? cheapest : undefined;
    if (!chosen && cheapest.feasible && cheapest.totalCost <= maxCost) {
      const fastest = await ask(credential.id, 'fastest');
      if (fits(fastest)) chosen = fastest;
    }
    if (!chosen) continue;
    reaches.push({
      credential: { credential, index },
      totalCost: chosen.totalCost,
      totalWeeks: chosen.totalWeeks,
      objective: toGraphQLObjective(chosen.objective),
      optimal: chosen.optimal,
      stepCount: chosen.steps.length,
    });
  }
  return reaches.sort(
    (a, b) =>
      a.totalCost - b.totalCost ||
      a.totalWeeks - b.totalWeeks ||
      a.credential.credential.id.localeCompare(b.credential.credential.id),
  );
}

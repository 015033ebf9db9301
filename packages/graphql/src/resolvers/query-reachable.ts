/**
 * Query.reachable, for workforce boards: which credentials a group holding `from` can reach within a
 * cost and a time limit, and at what cost. Exact: each candidate is planned cheapest with the
 * engine's deadline (`maxWeeks`) and budget (`maxCost`), so a credential reachable only by a plan in
 * between the cheapest and the fastest is found. A candidate whose proof ran out of its time budget is
 * listed with `optimal: false` (and `undecided: true` when it is neither found nor ruled out). It
 * gives up (TIMEOUT) past the request's planning budget. With `weeklyHours`, each plan is the
 * engine's plan under that budget (the same hours scheduling as Query.plan), so weeks count study
 * hours; the engine decides a deadline its cheapest set's schedule misses over every set, so one plan
 * per candidate settles it. `weeksProven` is deprecated: it always equals `!undecided`.
 *
 * With `sponsor` (boards fund groups), a reach's cost is what the learners pay: each candidate is
 * planned cheapest under the sponsor by the deadline, which minimises `outOfPocket`, and `maxCost`
 * bounds that share, not the total (reach-sponsor.ts); reaches then come least out of pocket first.
 *
 * With `keepFor` (months), each candidate is planned as Query.plan plans it under that keepFor: its
 * cost includes the cheapest upkeep over the horizon (paid renewals or earning a `renewal.by`
 * credential), the engine's budget `maxCost` bounds that cost, and the deadline `maxWeeks` bounds the
 * week the candidate is held (renewals come later and are not counted, as in plan). A candidate held
 * already stays out whatever its upkeep; one that lapses within the horizon with no renewal is ruled out.
 */
import { InvalidInputError } from '@pathwise/core';
import { checkPlanQuery, type Plan } from '@pathwise/engine';
import type { PathwiseContext } from '../context.js';
import type { CredentialParent } from './parents.js';
import type { HoldingInput } from './inputs.js';
import { toHoldings } from './inputs.js';
import { toGraphQLObjective, type GraphQLObjective } from './objective.js';
import { runPlan } from './run-plan.js';
import { planLimits, type SponsorInput } from './inputs.js';
import { learnerCost, withinShare } from './reach-sponsor.js';
import { positionsOfKinds } from './credential-list.js';

/** One reachable (or undecided) credential. */
export interface ReachParent {
  credential: CredentialParent;
  totalCost: number;
  totalWeeks: number;
  objective: GraphQLObjective;
  optimal: boolean;
  stepCount: number;
  undecided: boolean;
  bound?: number;
  /** Deprecated: always `!undecided` (totalWeeks is a found plan's week, not a proven fewest). */
  weeksProven: boolean;
  peakWeeklyHours: number;
  /** Under a sponsor: what the learners pay (the proven bound when undecided). */
  outOfPocket?: number;
  /** Under a sponsor: what the sponsor pays (absent when undecided). */
  sponsored?: number;
}

/** Arguments of Query.reachable. */
export interface ReachableArgs {
  from: HoldingInput[];
  maxCost?: number | null;
  maxWeeks?: number | null;
  asOf?: string | null;
  kinds?: string[] | null;
  weeklyHours?: number | null;
  /** A sponsor paying up to an amount of the eligible costs, as PlanInput.sponsor. */
  sponsor?: SponsorInput | null;
  /** Months each candidate must stay valid after it is earned, as PlanInput.keepFor. */
  keepFor?: number | null;
}

/**
 * @returns the credentials reachable within the limits, cheapest first (then fastest, then by id)
 * @throws UnknownCredentialError (BAD_USER_INPUT) for an unknown holding
 * @throws InvalidInputError (BAD_USER_INPUT) for a negative limit or too many candidates
 * @throws InvalidQueryError (BAD_USER_INPUT) for a weeklyHours or keepFor out of range, naming it
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
  // A bad weeklyHours or keepFor is refused before any planning, even with no candidate (the engine's
  // one check; the target is a stand-in, as every candidate is a valid id).
  const keepFor = args.keepFor ?? undefined;
  if (args.weeklyHours != null || keepFor !== undefined)
    checkPlanQuery({
      target: 'any',
      ...(args.weeklyHours != null ? { weeklyHours: args.weeklyHours } : {}),
      ...(keepFor !== undefined ? { keepFor } : {}),
    });
  const view = await ctx.catalog();
  const { index } = view;
  const kinds = args.kinds ? new Set(args.kinds) : undefined;
  // Candidates are counted before any is read (a catalog read on demand decodes only the candidates
  // it plans): without kinds every credential is one, with kinds the compiled kind column says which
  // (an index without one reads them in slices, letting other requests in).
  const all = index.catalog.credentials;
  const positions = kinds ? await positionsOfKinds(index, kinds) : undefined;
  const count = positions?.length ?? all.length;
  if (count > ctx.limits.maxReachableTargets) {
    throw new InvalidInputError(
      `${count} candidate credentials exceed the limit of ${ctx.limits.maxReachableTargets}; narrow them with kinds`,
    );
  }
  const candidates = positions ? Array.from(positions, (i) => all[i]!) : all;
  const have = toHoldings(args.from);
  // Under a sponsor maxCost bounds the learners' share, which the engine's budget (on the total)
  // does not: the plans are asked without it and their share is checked against it (withinShare).
  const sponsor = args.sponsor != null ? planLimits({ sponsor: args.sponsor }).sponsor : undefined;
  const ask = (target: string): Promise<Plan> =>
    runPlan(ctx, view, {
      target,
      have,
      asOf: args.asOf || undefined,
      objective: 'cheapest',
      maxWeeks: args.maxWeeks ?? undefined,
      maxCost: sponsor ? undefined : (args.maxCost ?? undefined),
      weeklyHours: args.weeklyHours ?? undefined,
      ...(sponsor ? { sponsor } : {}),
      ...(keepFor !== undefined ? { keepFor } : {}),
      timeBudgetMs: ctx.limits.batchPlanTimeBudgetMs,
    });
  const reaches: ReachParent[] = [];
  for (const [i, credential] of candidates.entries()) {
    // Planning in this thread blocks it: let other requests in now and then. runPlan stops the
    // loop when the request's budget is spent.
    if (i % 16 === 15) await new Promise<void>((resolve) => setImmediate(resolve));
    let plan = await ask(credential.id);
    // Already held: no step earns it (under keepFor the plan may still earn a `by` credential to renew it).
    if (plan.feasible && !plan.steps.some((s) => s.credential === credential.id)) continue;
    if (sponsor) plan = withinShare(plan, args.maxCost);
    if (!plan.feasible && plan.optimal) continue; // proven: no plan within the limits
    const undecided = !plan.feasible;
    const reach: ReachParent = {
      credential: { credential, index },
      totalCost: undecided ? (plan.bound ?? 0) : plan.totalCost,
      totalWeeks: plan.totalWeeks,
      objective: toGraphQLObjective(plan.objective),
      optimal: plan.optimal,
      stepCount: plan.steps.length,
      undecided,
      weeksProven: !undecided,
      peakWeeklyHours: undecided ? 0 : (plan.peakWeeklyHours ?? 0),
      ...(sponsor
        ? undecided
          ? { outOfPocket: plan.bound ?? 0 }
          : { outOfPocket: plan.outOfPocket ?? plan.totalCost, sponsored: plan.sponsored ?? 0 }
        : {}),
    };
    if (!plan.optimal && plan.bound !== undefined) reach.bound = plan.bound;
    reaches.push(reach);
  }
  return reaches.sort(
    (a, b) =>
      learnerCost(a) - learnerCost(b) ||
      a.totalCost - b.totalCost ||
      a.totalWeeks - b.totalWeeks ||
      a.credential.credential.id.localeCompare(b.credential.credential.id),
  );
}

/**
 * createPlanner: compiles a catalog once (compact index, reusable scratch) and answers plan queries
 * through the pipeline of plan-steps.ts: resolve the query, plan without constraints or under them,
 * then under a weekly-hours budget, and shape the Plan.
 */
import type { Catalog, CatalogIndex } from '@pathwise/core';
import { compileIndex, type CompactIndex } from '../compile/compact-index.js';
import { Workspace } from '../compile/workspace.js';
import { catalogIndexView } from '../compile/catalog-index-view.js';
import { resolveQuery, type ResolvedQuery } from '../query/resolve-query.js';
import { todayIso } from '../query/today.js';
import { effortViews } from '../hours/effort-view.js';
import { hoursTablesOf, type HoursTables } from '../hours/hours-model.js';
import { effortById, runSteps, shapePlan, type PlanContext } from './plan-steps.js';
import type { Plan, PlanQuery } from '../plan-types.js';
import type { Planner } from '../planner.js';
import { planFrontier } from '../frontier/plan-frontier.js';
import { createGoalPlanner, type GoalPlanner } from '../target/goal-planner.js';
import { isTargetForm } from '../target/target-types.js';
import { withExplanation, type ExplainContext } from '../explain/attach-explanation.js';
import { frontierWithExplanations } from '../explain/explain-frontier.js';
import type { Frontier } from '../frontier/frontier-types.js';
import { compileOffers } from '../offers/offer-table.js';
import { pricedView, type PricedView } from '../offers/priced-view.js';
import { planWithOffers, type OffersContext } from '../offers/plan-with-offers.js';
import { planWithSponsor } from '../offers/plan-with-sponsor.js';
import { eligibility } from '../offers/sponsor-share.js';
import { frontierWithPayback, withPayback } from '../roi/attach-payback.js';
import { planWithRenewals, type RenewalsContext } from '../renewals/plan-with-renewals.js';
import { checkPlanQuery } from '../query/check-query.js';
import { InvalidQueryError } from '../query/query-errors.js';
import { keepFrontier } from '../frontier/keep-frontier.js';
import type { MipSolver } from '../mip/mip-model.js';

/** Options of `createPlanner`. */
export interface PlannerOptions {
  /** The clock for a query without `asOf` (default: today's UTC date). */
  today?: () => string;
  /** The clock (ms) that `timeBudgetMs` is measured on (default: performance.now). */
  clock?: () => number;
  /**
   * The catalog's compact index when it is already compiled (e.g. read from a compiled snapshot,
   * compile/index-snapshot.ts); it must be the index of this very catalog. Default: compiled here.
   */
  compiled?: CompactIndex;
  /**
   * A MIP solver (mip/highs-solver.ts's loadHighsSolver) for the portfolio: where the engine's own
   * search leaves a cheapest plan with periodic or other offers unproven, the query's exact programme
   * is solved in the budget left (offers/mip-proof.ts). Without one, such plans stay unproven.
   */
  mip?: MipSolver;
  /**
   * Run `mip` on every cheapest query in its scope, proven by the search or not (to test the
   * solver's plans, and to compare the two runners); default false.
   */
  mipAlways?: boolean;
}

/** A planner with its compiled index exposed (for benchmarks and the graph). */
export interface CompiledPlanner extends Planner {
  /** The typed-array index the planners run on. */
  readonly compact: CompactIndex;
  /**
   * Plans as `plan` does (a credential target, no keepFor) with `earned` held too, as the steps of
   * an earlier plan: they imply nothing, since catalog-v2's implied holdings follow what a learner
   * was awarded, not what a plan earns (an undated holding of a step would make its prerequisites
   * held for ever). For the upkeep after fastest's steps (renewals/plan-with-renewals.ts).
   */
  planAfter(query: PlanQuery, earned: readonly string[]): Plan;
}

/**
 * Compiles a valid catalog for planning. `index` (core's lookups) is a view over the compiled index.
 * @param catalog - a catalog that passed validation (acyclic, no dangling ids)
 * @param options - optional clocks (today's date; milliseconds for time budgets)
 * @returns the planner; reuse it for every query on this catalog version
 */
export function createPlanner(catalog: Catalog, options: PlannerOptions = {}): CompiledPlanner {
  const compact = options.compiled ?? compileIndex(catalog);
  const ws = new Workspace(compact);
  const today = options.today ?? todayIso;
  const clock = options.clock ?? (() => performance.now());
  const index: CatalogIndex = catalogIndexView(catalog, compact);
  let tables: HoursTables | undefined;
  let views: ((hours: number) => Workspace) | undefined;
  const ctx: PlanContext = {
    ws,
    clock,
    hoursTables: () => (tables ??= hoursTablesOf(compact)),
    effortView: (hours) => (views ??= effortViews(compact, ctx.hoursTables()))(hours),
  };

  // With offers, the pipeline runs once per set of offers (offers/plan-with-offers.ts).
  const offers = compileOffers(catalog, compact);
  let priced: PricedView | undefined;
  const offered: OffersContext = {
    ...ctx,
    offers,
    priced: () => (priced ??= pricedView(compact)),
    mip: options.mip && { solver: options.mip, always: options.mipAlways === true },
  };
  const base = (c: OffersContext, q: ResolvedQuery) =>
    offers.length > 0 ? planWithOffers(c, q) : runSteps(c, q);
  // Under a sponsor, cheapest minimises the learner's share (offers/plan-with-sponsor.ts).
  const outcome = (q: ResolvedQuery) =>
    q.sponsor === undefined
      ? base(offered, q)
      : planWithSponsor(offered, q, eligibility(catalog, q.sponsor), base);

  // resolve → base → constrained → hours (plan-steps.ts) → shape.
  let goals: GoalPlanner | undefined;
  const goalPlanner = (): GoalPlanner =>
    (goals ??= createGoalPlanner(
      catalog,
      index,
      (c) => createPlanner(c, withoutCompiled(options)),
      today,
    ));

  const explaining: ExplainContext = { index, goals: goalPlanner, clock, today };
  // The query is checked (resolveQuery, the goal planner) before the slots read it.
  // Under keepFor (renewals/plan-with-renewals.ts): planners over the catalog with upkeep, by target.
  const keepers = new Map<string, CompiledPlanner>();
  const renewing: RenewalsContext = {
    catalog,
    index,
    plan: (q) => plan(q),
    today,
    keepPlanner(key, build) {
      let p = keepers.get(key);
      if (p === undefined) {
        if (keepers.size >= 8) keepers.delete(keepers.keys().next().value!);
        keepers.set(key, (p = createPlanner(build(), withoutCompiled(options))));
      }
      return p;
    },
  };
  const plan = (query: PlanQuery): Plan => {
    if (query?.keepFor !== undefined && checkPlanQuery(query).keepFor! > 0) {
      if (isTargetForm(query.target)) throw keepForFormError();
      resolveQuery(compact, index, query, query.asOf ?? today());
      // Explained once, the renewals placed (attach-explanation.ts), not inside the renewal pipeline.
      const { explain: _explain, ...asked } = query;
      const kept = withExplanation(explaining, query, planWithRenewals(renewing, asked));
      return withPayback(index, query, kept);
    }
    if (isTargetForm(query?.target)) {
      const goal = goalPlanner().plan(query);
      return withPayback(index, query, withExplanation(explaining, query, goal));
    }
    const q = resolveQuery(compact, index, query, query?.asOf ?? today());
    return withPayback(index, query, withExplanation(explaining, query, shaped(query, q)));
  };
  // One resolved query through the pipeline, shaped as a plan.
  const shaped = (query: PlanQuery, q: ResolvedQuery): Plan =>
    shapePlan(query, q, outcome(q), ws, effortById(ctx));
  const planAfter = (query: PlanQuery, earned: readonly string[]): Plan => {
    if (query.keepFor !== undefined || isTargetForm(query.target))
      throw new Error('internal: planAfter plans a credential target without keepFor');
    const q = resolveQuery(compact, index, query, query.asOf ?? today());
    const held = new Set(q.held);
    for (const id of earned) held.add(compact.idOf.get(id)!);
    return shaped(query, { ...q, held: [...held] });
  };
  const frontier = (query: PlanQuery): Frontier => {
    const keeping = (checkPlanQuery(query).keepFor ?? 0) > 0;
    if (keeping && isTargetForm(query.target)) throw keepForFormError();
    const startedAt = clock();
    const resolved = (): ResolvedQuery =>
      resolveQuery(compact, index, query, query?.asOf ?? today());
    // Under keepFor: the sweep over plan's own queries (frontier/keep-frontier.ts).
    const swept = keeping
      ? keepFrontier(plan, query, resolved(), clock)
      : isTargetForm(query?.target)
        ? goalPlanner().frontier(query)
        : planFrontier(ctx, query, resolved(), { plan: outcome, offers: offers.length > 0 });
    const explained = frontierWithExplanations(explaining, query, swept, startedAt);
    return frontierWithPayback(index, query, explained);
  };

  return {
    compact,
    index,
    plan,
    planAfter,
    frontier,
  };
}

/** @returns the error for keepFor with a target form (plan and frontier alike) */
function keepForFormError(): InvalidQueryError {
  return new InvalidQueryError([
    { path: 'keepFor', message: 'is supported with a credential target only' },
  ]);
}

/** @returns the options for a planner over another catalog (its own index, not this one's) */
function withoutCompiled({ compiled: _compiled, ...rest }: PlannerOptions): PlannerOptions {
  return rest;
}

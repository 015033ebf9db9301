/**
 * `Planner.frontier`: the resolved query's Pareto set of cost against weeks, each point dressed as a
 * Plan by the plan pipeline's `shapePlan`, as a cheapest plan by its own weeks.
 * - Without offers, a sponsor, start days in the cone, or a weekly-hours budget that some credential
 *   in the cone loads (effortHours > 0), the sweep over the exact deadline search (pareto-sweep.ts):
 *   the hours budget then binds nothing, so that frontier is the answer and is complete.
 * - Otherwise the sweep over the planner's whole pipeline (outcome-sweep.ts): each point is the plan
 *   `Planner.plan` returns for cheapest by a deadline, with its offers and sponsor share, proven when
 *   that query is.
 */
import { effortById, shapePlan, type PlanContext } from '../plan/plan-steps.js';
import { planned, noSteps, type PlanOutcome } from '../plan/plan-outcome.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import type { PlanQuery } from '../plan-types.js';
import { coneExclusions } from '../constrained/cone-exclusions.js';
import { earliestOrReason } from '../constrained/earliest-or-reason.js';
import type { Frontier } from './frontier-types.js';
import { paretoSweep, type SweepOutcome } from './pareto-sweep.js';
import { outcomeSweep } from './outcome-sweep.js';

/** The planner's pipeline, for the sweep under hours, offers and a sponsor. */
export interface FrontierPipeline {
  /** Plans a resolved query as `Planner.plan` does, before shaping. */
  plan: (q: ResolvedQuery) => PlanOutcome;
  /** Whether the catalog lists offers. */
  offers: boolean;
}

/**
 * @param ctx - the planner's scratch and clocks
 * @param query - the query as given
 * @param q - the query resolved
 * @param pipeline - the planner's whole pipeline (offers, sponsor, hours)
 * @returns the frontier: plans by weeks ascending, whether it is complete, and any gap
 */
export function planFrontier(
  ctx: PlanContext,
  query: PlanQuery,
  q: ResolvedQuery,
  pipeline: FrontierPipeline,
): Frontier {
  const cheapest: ResolvedQuery = { ...q, objective: 'cheapest' };
  const asked: PlanQuery = { ...query, objective: 'cheapest' };
  ctx.ws.setHeld(q.held);
  let sweep: SweepOutcome;
  if (ctx.ws.isHeld(q.target)) {
    // No steps; through the pipeline for its offers (none) and sponsor share (0, 0).
    const held = pipeline.offers || q.sponsor !== undefined ? pipeline.plan(cheapest) : undefined;
    sweep = { points: [held ?? planned(noSteps(), true)], complete: true, first: 0 };
  } else if (!pipeline.offers && q.sponsor === undefined && !hoursBind(ctx, q))
    sweep = paretoSweep(ctx.ws, cheapest, ctx.clock);
  else {
    const order = ctx.ws.cone(q.target);
    const excluded = coneExclusions(ctx.ws, order, q.exclude);
    const { first, reason } = earliestOrReason(ctx.ws, q, order, excluded);
    sweep =
      reason !== undefined
        ? { points: [], complete: true, reason, first }
        : outcomeSweep({ plan: pipeline.plan, q: cheapest, first, now: ctx.clock });
  }
  const out: Frontier = {
    feasible: sweep.points.length > 0,
    complete: sweep.complete,
    target: query.target,
    plans: sweep.points.map((so) => shapePlan(asked, cheapest, so, ctx.ws, effortById(ctx))),
    lapsed: q.lapsed,
  };
  if (sweep.gap !== undefined) out.gap = sweep.gap;
  if (sweep.reason !== undefined) out.reason = sweep.reason;
  else if (!out.feasible) out.reason = 'no plan was found in the time budget';
  return out;
}

/**
 * @returns whether a weekly-hours budget or start days can change some plan's schedule: a start
 *   day in the cone, or a budget with some cone credential that has effort hours
 */
function hoursBind(ctx: PlanContext, q: ResolvedQuery): boolean {
  const { starts, effort } = ctx.hoursTables();
  const cone = ctx.ws.cone(q.target);
  if (cone.some((c) => starts[c])) return true;
  return q.weeklyHours < Infinity && cone.some((c) => effort[c]! > 0);
}

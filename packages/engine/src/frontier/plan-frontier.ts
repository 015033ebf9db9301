/**
 * `Planner.frontier`: the resolved query's Pareto set of cost against weeks (pareto-sweep.ts), each
 * point dressed as a Plan by the plan pipeline's `shapePlan`, as a cheapest plan by its own weeks.
 * Under a weekly-hours budget or start days each point's set is scheduled by the pipeline's hours
 * step (same set, same cost, later weeks), the points some other one dominates are dropped, and the
 * frontier says it is not proven: no exact search over sets is run here under an hours budget (see
 * hours/plan-with-hours.ts), so its gap is the whole range between the earliest week without the
 * budget and the cheapest cost, both proven.
 */
import { near, before } from '../numeric/tolerance.js';
import { effortById, hoursPlan, shapePlan, type PlanContext } from '../plan/plan-steps.js';
import { planned, noSteps, type PlanOutcome } from '../plan/plan-outcome.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import type { PlanQuery } from '../plan-types.js';
import type { Frontier } from './frontier-types.js';
import { paretoSweep, type SweepOutcome } from './pareto-sweep.js';

/**
 * @param ctx - the planner's scratch and clocks
 * @param query - the query as given
 * @param q - the query resolved
 * @returns the frontier: plans by weeks ascending, whether it is complete, and any gap
 */
export function planFrontier(ctx: PlanContext, query: PlanQuery, q: ResolvedQuery): Frontier {
  const cheapest: ResolvedQuery = { ...q, objective: 'cheapest' };
  const asked: PlanQuery = { ...query, objective: 'cheapest' };
  ctx.ws.setHeld(q.held);
  let sweep: SweepOutcome;
  if (ctx.ws.isHeld(q.target))
    sweep = { points: [planned(noSteps(), true)], complete: true, first: 0 };
  else {
    sweep = paretoSweep(ctx.ws, cheapest, ctx.clock);
    const starts = ctx.hoursTables().starts;
    if (q.weeklyHours < Infinity || ctx.ws.cone(q.target).some((c) => starts[c]))
      sweep = underHours(ctx, cheapest, sweep);
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

/** Each point rescheduled under the hours budget; the dominated ones dropped; nothing proven. */
function underHours(ctx: PlanContext, q: ResolvedQuery, sweep: SweepOutcome): SweepOutcome {
  if (sweep.points.length === 0) return sweep;
  const cheapestCost = sweep.points[sweep.points.length - 1]!.schedule.totalCost;
  const scheduled = sweep.points
    .map((so) => hoursPlan(ctx, q, so))
    .filter((so) => so.feasible)
    .sort((a, b) => a.schedule.totalWeeks - b.schedule.totalWeeks);
  const kept: PlanOutcome[] = [];
  for (const so of scheduled) {
    const last = kept[kept.length - 1];
    const { totalCost, totalWeeks } = so.schedule;
    if (last !== undefined && !before(totalCost, last.schedule.totalCost)) continue;
    if (last !== undefined && near(totalWeeks, last.schedule.totalWeeks)) kept.pop();
    kept.push({ ...so, optimal: false, bound: so.schedule.totalCost });
  }
  const minCost = sweep.gap ? Math.min(sweep.gap.minCost, cheapestCost) : cheapestCost;
  return {
    points: kept,
    complete: false,
    gap: { fromWeeks: sweep.first, minCost },
    reason: kept.length > 0 ? undefined : 'no plan found meets the hours budget by the deadline',
    first: sweep.first,
  };
}

/**
 * The planner's explanation slot: when a query asks `explain: true`, its plan gets its explanation
 * (explain-plan.ts), with the options passed over priced by re-planning through the goal planner.
 */
import type { CatalogIndex } from '@pathwise/core';
import { activeHoldings } from '@pathwise/core';
import type { Plan, PlanQuery } from '../plan-types.js';
import type { GoalPlanner } from '../target/goal-planner.js';
import { alternativeFigures } from './explain-alternatives.js';
import { explainPlan, lapsedNotes } from './explain-plan.js';

/** What the slot needs from the planner. */
export interface ExplainContext {
  index: CatalogIndex;
  goals: () => GoalPlanner;
  clock: () => number;
  today: () => string;
}

/**
 * @param ctx - the planner's catalog, goal planner and clocks
 * @param query - the query (checked by the plan that answered it)
 * @param plan - its plan
 * @returns the plan, with `explanation` when the query asked for one
 */
export function withExplanation(ctx: ExplainContext, query: PlanQuery, plan: Plan): Plan {
  if (query.explain !== true) return plan;
  const { held } = activeHoldings(ctx.index, query.have ?? [], query.asOf ?? ctx.today());
  const target =
    typeof query.target === 'string' ? query.target : ctx.goals().requirementOf(query.target);
  if (target === undefined || !plan.feasible) {
    const lapsed = lapsedNotes(ctx.index, plan);
    return { ...plan, explanation: { steps: [], choices: [], held: [], lapsed } };
  }
  const planTo = ctx.goals().planTo;
  const figures = alternativeFigures(query, plan, target, planTo, ctx.clock);
  const explanation = explainPlan({ index: ctx.index, query, plan, held, target, figures });
  return { ...plan, explanation };
}

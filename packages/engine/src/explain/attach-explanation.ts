/**
 * The planner's explanation slot: when a query asks `explain: true`, its plan gets its explanation
 * (explain-plan.ts), with the options passed over priced by re-planning through the goal planner.
 */
import type { CatalogIndex } from '@pathwise/core';
import { activeHoldings } from '@pathwise/core';
import type { Plan, PlanQuery } from '../plan-types.js';
import type { GoalPlanner } from '../target/goal-planner.js';
import { alternativeFigures, type AlternativeFigures } from './explain-alternatives.js';
import { explainPlan, lapsedNotes } from './explain-plan.js';

/** Why an option passed over is not priced under keepFor. */
const KEEP_WHY = 'options are not priced with upkeep (keepFor) yet';

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
  // Under keepFor an option's plan would need its own upkeep, which the goal planner (through
  // which options are priced) does not plan: such options are said not compared, and why.
  const figures =
    (query.keepFor ?? 0) > 0
      ? (): AlternativeFigures => ({ outcome: 'not-compared', proven: false, why: KEEP_WHY })
      : alternativeFigures(query, plan, target, planTo, ctx.clock);
  const explanation = explainPlan({ index: ctx.index, query, plan, held, target, figures });
  return { ...plan, explanation };
}

/**
 * validatePlan for a plan to a target form: the plan is checked as the plan to the form's virtual
 * credential it is (goal-planner.ts), with that credential's step put back (cost 0, 0 weeks, at
 * `totalWeeks`), so every rule of a plan to one credential applies, and `totalWeeks` must be the week
 * the form's requirement is met (for cheapest: exactly; for fastest: not before). `reached` must name
 * credentials of the form the plan ends holding.
 */
import type { CatalogIndex } from '@pathwise/core';
import { indexCatalog } from '@pathwise/core';
import type { Plan, PlanQuery } from '../plan-types.js';
import type { PlanFault } from '../validate/validate-plan.js';
import { goalRequirement } from './goal-requirement.js';
import { GOAL_ID } from './goal-planner.js';
import type { TargetForm } from './target-types.js';

/**
 * @param index - the catalog index
 * @param query - the query, whose target is a form
 * @param plan - the plan to check
 * @param validate - validatePlan, for the plan to the virtual credential
 * @returns every fault found
 */
export function validateGoalPlan(
  index: CatalogIndex,
  query: PlanQuery,
  plan: Plan,
  validate: (index: CatalogIndex, query: PlanQuery, plan: Plan) => PlanFault[],
): PlanFault[] {
  const form = query.target as TargetForm;
  if (JSON.stringify(plan.target) !== JSON.stringify(form))
    return [{ code: 'WRONG_TARGET', message: `plan is for ${JSON.stringify(plan.target)}` }];
  const goal = goalRequirement(index.catalog, form);
  if (goal.requirement === undefined) {
    return plan.feasible
      ? [{ code: 'NOT_FEASIBLE', message: `no plan can exist: ${goal.reason}` }]
      : [];
  }
  const virtual = indexCatalog({
    ...index.catalog,
    credentials: [
      ...index.catalog.credentials,
      {
        id: GOAL_ID,
        name: 'the goal',
        kind: 'certification',
        cost: 0,
        durationWeeks: 0,
        requires: goal.requirement,
      },
    ],
  });
  const asked = { ...query, target: GOAL_ID };
  if (!plan.feasible) return validate(virtual, asked, { ...plan, target: GOAL_ID });
  const step = {
    credential: GOAL_ID,
    cost: 0,
    startWeek: plan.totalWeeks,
    endWeek: plan.totalWeeks,
    satisfies: [],
  };
  const faults = validate(virtual, asked, {
    ...plan,
    target: GOAL_ID,
    steps: [...plan.steps, step],
  });
  const ends = new Set(plan.steps.map((s) => s.credential));
  for (const id of plan.reached?.credentials ?? [])
    if (!ends.has(id) && !(query.have ?? []).some((h) => h.id === id))
      faults.push({
        code: 'WRONG_TARGET',
        message: `reached names "${id}", which the plan does not end holding`,
      });
  return faults;
}

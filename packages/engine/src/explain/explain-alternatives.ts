/**
 * What each option a plan passed over would have added: the best plan (same objective, same limits)
 * to the goal "the target, and that option" (`{ all: [target, option] }`, planned exactly like any
 * target form, through a virtual credential), minus this plan's totals. It answers "the cheapest (or
 * fastest) plan that also holds it", which may use the option elsewhere than at this rule.
 * Bounded: at most MAX_ALTERNATIVES re-plans per explanation, each with at most a quarter of the
 * query's time budget (and 250 ms), and none started once the explanation has used the query's time
 * budget in all; the options left are reported as not compared.
 */
import type { Requirement } from '@pathwise/core';
import type { Plan, PlanQuery } from '../plan-types.js';
import { DEFAULT_TIME_BUDGET_MS } from '../query/resolve-query.js';

/** Most re-plans one explanation makes. */
export const MAX_ALTERNATIVES = 24;
/** Most milliseconds one re-plan may take. */
const MAX_REPLAN_MS = 250;

/** The cost and weeks an option would add, or why they are not given. */
export interface AlternativeFigures {
  outcome: 'compared' | 'infeasible' | 'not-compared';
  addedCost?: number;
  addedWeeks?: number;
  proven: boolean;
  /** Why the option was not compared, when not for the budget (e.g. under keepFor). */
  why?: string;
}

/**
 * @param query - the query the plan answers
 * @param plan - the plan (feasible)
 * @param target - the target's requirement (its id, or a form's requirement)
 * @param planTo - plans the query to a virtual credential with the given requirement
 * @param clock - milliseconds
 * @returns a function giving the figures of one option, within the bounds above
 */
export function alternativeFigures(
  query: PlanQuery,
  plan: Plan,
  target: Requirement,
  planTo: (requirement: Requirement, query: PlanQuery) => Plan,
  clock: () => number,
): (option: Requirement) => AlternativeFigures {
  const budget = query.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const stopAt = clock() + budget;
  const each = Math.max(1, Math.min(MAX_REPLAN_MS, budget / 4));
  let made = 0;
  return (option) => {
    if (made >= MAX_ALTERNATIVES || clock() >= stopAt)
      return { outcome: 'not-compared', proven: false };
    made++;
    const left = Math.max(1, Math.min(each, stopAt - clock()));
    const forced = planTo({ all: [target, option] }, { ...query, timeBudgetMs: left });
    if (!forced.feasible) return { outcome: 'infeasible', proven: forced.optimal };
    return {
      outcome: 'compared',
      addedCost: forced.totalCost - plan.totalCost,
      addedWeeks: forced.totalWeeks - plan.totalWeeks,
      proven: forced.optimal && plan.optimal,
    };
  };
}

/**
 * A plan's numbers without floating-point noise (numeric/clean-number.ts), as every interface shows
 * them: the CLI's `--json`, table and batch lines, and the GraphQL service's plans, reaches and
 * pathway summaries.
 */
import type { Plan } from '../plan-types.js';
import { cleanNumber } from '../numeric/clean-number.js';

/**
 * @param plan - a plan from the engine (not changed)
 * @returns a copy with totals, bound, peak load and step weeks, costs and loads cleaned; still valid
 *   under validatePlan
 */
export function cleanPlan(plan: Plan): Plan {
  return {
    ...plan,
    totalCost: cleanNumber(plan.totalCost),
    totalWeeks: cleanNumber(plan.totalWeeks),
    ...(plan.bound !== undefined ? { bound: cleanNumber(plan.bound) } : {}),
    ...(plan.peakWeeklyHours !== undefined
      ? { peakWeeklyHours: cleanNumber(plan.peakWeeklyHours) }
      : {}),
    steps: plan.steps.map((s) => ({
      ...s,
      cost: cleanNumber(s.cost),
      startWeek: cleanNumber(s.startWeek),
      endWeek: cleanNumber(s.endWeek),
      ...(s.hoursPerWeek !== undefined ? { hoursPerWeek: cleanNumber(s.hoursPerWeek) } : {}),
    })),
  };
}

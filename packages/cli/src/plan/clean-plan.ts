/**
 * A plan's numbers without floating-point noise, for `--json` and batch lines (see text/numbers.ts
 * for why JSON is cleaned to 12 significant digits rather than rounded to cents or tenths).
 */
import type { Plan } from '@pathwise/engine';
import { cleanNumber } from '../text/numbers.js';

/**
 * @param plan - a plan from the engine
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
    ...(plan.paybackMonths !== undefined ? { paybackMonths: cleanNumber(plan.paybackMonths) } : {}),
    steps: plan.steps.map((s) => ({
      ...s,
      cost: cleanNumber(s.cost),
      startWeek: cleanNumber(s.startWeek),
      endWeek: cleanNumber(s.endWeek),
      ...(s.hoursPerWeek !== undefined ? { hoursPerWeek: cleanNumber(s.hoursPerWeek) } : {}),
    })),
  };
}

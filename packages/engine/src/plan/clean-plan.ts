/**
 * A plan's numbers without floating-point noise (numeric/clean-number.ts), as every interface shows
 * them: the CLI's `--json`, table and batch lines, and the GraphQL service's plans, reaches and
 * pathway summaries.
 */
import type { Plan } from '../plan-types.js';
import { cleanNumber } from '../numeric/clean-number.js';

/**
 * @param plan - a plan from the engine (not changed)
 * @returns a copy with totals, bound, peak load, payback, sponsor shares, offers and step weeks, costs
 *   and loads cleaned; still valid under validatePlan
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
    ...(plan.outOfPocket !== undefined ? { outOfPocket: cleanNumber(plan.outOfPocket) } : {}),
    ...(plan.sponsored !== undefined ? { sponsored: cleanNumber(plan.sponsored) } : {}),
    ...(plan.offers !== undefined
      ? {
          offers: plan.offers.map((o) => ({
            ...o,
            cost: cleanNumber(o.cost),
            startWeek: cleanNumber(o.startWeek),
            endWeek: cleanNumber(o.endWeek),
          })),
        }
      : {}),
    steps: plan.steps.map((s) => ({
      ...s,
      cost: cleanNumber(s.cost),
      startWeek: cleanWeek(s.startWeek),
      endWeek: cleanWeek(s.endWeek),
      ...(s.hoursPerWeek !== undefined ? { hoursPerWeek: cleanNumber(s.hoursPerWeek) } : {}),
    })),
  };
}

/**
 * A step's week, cleaned unless that moves its date: dates are startDate + round(7 × week) days
 * (plan-v2), so a week whose 7 × week lies a hair from a half day (4.5000000000000003 days) keeps its
 * full precision; cleaned, a reader recomputing the date would land on the day before.
 * @param week - a step's start or end week
 * @returns the cleaned week, or the week itself when cleaning changes its day
 */
function cleanWeek(week: number): number {
  const cleaned = cleanNumber(week);
  return Math.round(7 * cleaned) === Math.round(7 * week) ? cleaned : week;
}

/**
 * A plan's numbers without floating-point noise (numeric/clean-number.ts), as every interface shows
 * them: the CLI's `--json`, table and batch lines, and the GraphQL service's plans, reaches and
 * pathway summaries.
 */
import { formatIsoDate, parseIsoDate } from '@pathwise/core';
import type { Plan, PlanStep } from '../plan-types.js';
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
    steps: plan.steps.map(cleanStep),
  };
}

/**
 * A step with its weeks cleaned and its dates following them. Dates are startDate + round(7 × week)
 * days (plan-v2), so where 7 × week lies a hair from a half day (251.4999999999998 weeks, 1760.4999…
 * days) the cleaned week (251.5) falls on the next day: the date moves with it, so that the plan as
 * shown is exact under plan-v2's rule.
 * @param step - a step from the engine
 * @returns the step with weeks, cost and load cleaned, and dates moved as its weeks' days moved
 */
function cleanStep(step: PlanStep): PlanStep {
  const startWeek = cleanNumber(step.startWeek);
  const endWeek = cleanNumber(step.endWeek);
  const moved = (date: string | undefined, raw: number, clean: number): string | undefined =>
    date === undefined ? undefined : addDays(date, Math.round(7 * clean) - Math.round(7 * raw));
  const startDate = moved(step.startDate, step.startWeek, startWeek);
  const endDate = moved(step.endDate, step.endWeek, endWeek);
  return {
    ...step,
    cost: cleanNumber(step.cost),
    startWeek,
    endWeek,
    ...(step.hoursPerWeek !== undefined ? { hoursPerWeek: cleanNumber(step.hoursPerWeek) } : {}),
    ...(startDate !== undefined ? { startDate } : {}),
    ...(endDate !== undefined ? { endDate } : {}),
  };
}

/** @returns the `YYYY-MM-DD` date `days` days after `date` */
function addDays(date: string, days: number): string {
  if (days === 0) return date;
  const { year, month, day } = parseIsoDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return formatIsoDate({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  });
}

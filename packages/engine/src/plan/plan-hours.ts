/**
 * The plan-v2 fields every plan carries, with or without a weekly-hours budget: each step's constant
 * `hoursPerWeek` and its `startDate` / `endDate` (startDate + round(7 × week) days), and the plan's
 * `peakWeeklyHours`: the largest summed load of the steps running at any moment (hours/weekly-load.ts's
 * sweep over the step starts).
 */
import { formatIsoDate, parseIsoDate } from '@pathwise/core';
import type { PlanStep } from '../plan-types.js';
import { peakLoad, stepHoursPerWeek } from '../hours/weekly-load.js';

const DAY_MS = 86_400_000;

/**
 * @param steps - the plan's steps (not changed)
 * @param effortOf - effortHours of a credential id (0: none)
 * @param startDate - week 0, `YYYY-MM-DD`
 * @returns the steps with hoursPerWeek and dates, and the plan's peak weekly hours
 */
export function withHoursAndDates(
  steps: readonly PlanStep[],
  effortOf: (id: string) => number,
  startDate: string,
): { steps: PlanStep[]; peakWeeklyHours: number } {
  const origin = parseIsoDate(startDate);
  const t0 = Date.UTC(origin.year, origin.month - 1, origin.day);
  const dateAt = (week: number): string => {
    const d = new Date(t0 + Math.round(7 * week) * DAY_MS);
    return formatIsoDate({
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
    });
  };
  const out = steps.map((s) => ({
    ...s,
    hoursPerWeek: stepHoursPerWeek(effortOf(s.credential), s.startWeek, s.endWeek),
    startDate: dateAt(s.startWeek),
    endDate: dateAt(s.endWeek),
  }));
  const peak = peakLoad(out.map((s) => ({ ...s, load: s.hoursPerWeek })));
  return { steps: out, peakWeeklyHours: peak };
}

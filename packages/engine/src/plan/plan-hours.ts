/**
 * The plan-v2 fields every plan carries, with or without a weekly-hours budget: each step's constant
 * `hoursPerWeek` and its `startDate` / `endDate` (startDate + round(7 × week) days), and the plan's
 * `peakWeeklyHours`: the largest summed load of the steps running at any moment. Steps run on
 * [startWeek, endWeek), so the load only rises at a step's start: the peak is the largest load found
 * at a start.
 */
import { formatIsoDate, parseIsoDate } from '@pathwise/core';
import type { PlanStep } from '../plan-types.js';
import { stepHoursPerWeek } from '../hours/weekly-load.js';
import { before } from '../numeric/tolerance.js';

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
  let peak = 0;
  for (const s of out) {
    let load = 0;
    for (const r of out)
      if (r.hoursPerWeek > 0 && !before(s.startWeek, r.startWeek) && before(s.startWeek, r.endWeek))
        load += r.hoursPerWeek;
    peak = Math.max(peak, load);
  }
  return { steps: out, peakWeeklyHours: peak };
}

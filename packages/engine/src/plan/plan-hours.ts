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
 * @param steps - the plan's steps (not changed, unless `own`)
 * @param effortOf - effortHours of a credential id (0: none)
 * @param startDate - week 0, `YYYY-MM-DD`
 * @param own - whether the steps (array and objects) are the plan's alone and have none of the
 *   optional fields (chain-schedule.ts's `takeFreshSchedule`): they are then completed in place,
 *   the three fields appended in the order a copy would give them, rather than copied
 * @returns the steps with hoursPerWeek and dates, and the plan's peak weekly hours
 */
export function withHoursAndDates(
  steps: readonly PlanStep[],
  effortOf: (id: string) => number,
  startDate: string,
  own = false,
): { steps: PlanStep[]; peakWeeklyHours: number } {
  useStartDate(startDate);
  let loaded = false;
  const out: PlanStep[] = own ? (steps as PlanStep[]) : new Array<PlanStep>(steps.length);
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i]!;
    const hoursPerWeek = stepHoursPerWeek(effortOf(s.credential), s.startWeek, s.endWeek);
    if (hoursPerWeek > 0) loaded = true;
    if (own) {
      s.hoursPerWeek = hoursPerWeek;
      s.startDate = dateAt(s.startWeek);
      s.endDate = dateAt(s.endWeek);
    } else out[i] = dated(s, hoursPerWeek, dateAt(s.startWeek), dateAt(s.endWeek));
  }
  // Without any load the peak is 0: the sweep (and its copies of the steps) is skipped.
  const peak = loaded
    ? peakLoad(
        out.map((s) => ({ startWeek: s.startWeek, endWeek: s.endWeek, load: s.hoursPerWeek! })),
      )
    : 0;
  return { steps: out, peakWeeklyHours: peak };
}

/**
 * @returns a copy of the step with its hours and dates, keys in the order `{ ...s, hoursPerWeek,
 *   startDate, endDate }` gives them. A step with none of the optional fields is written as one
 *   literal in PlanStep's key order, the order every step builder uses (schedule-steps.ts,
 *   chain-schedule.ts; the steps derived from theirs are spreads, which keep it): one object of one
 *   shape, where Object.assign (itself measured about 15x faster than a spread on Node 20) was the
 *   largest fixed cost of a small fastest plan. Any other step keeps Object.assign and its order.
 */
function dated(s: PlanStep, hoursPerWeek: number, startDate: string, endDate: string): PlanStep {
  if (
    s.offer === undefined &&
    s.hoursPerWeek === undefined &&
    s.startDate === undefined &&
    s.endDate === undefined
  ) {
    const { credential, cost, startWeek, endWeek, satisfies } = s;
    return { credential, cost, startWeek, endWeek, satisfies, hoursPerWeek, startDate, endDate };
  }
  return Object.assign({}, s, { hoursPerWeek, startDate, endDate });
}

/** The day-offset → date memo of the last week 0 seen (queries mostly share their startDate). */
let memo: { startDate: string; t0: number; byDay: Map<number, string> } | undefined;

/** Makes `startDate` week 0 of `dateAt` (the memo is kept while it stays week 0 and stays small). */
function useStartDate(startDate: string): void {
  if (memo?.startDate !== startDate || memo.byDay.size > 4096) {
    const origin = parseIsoDate(startDate);
    memo = { startDate, t0: Date.UTC(origin.year, origin.month - 1, origin.day), byDay: new Map() };
  }
}

/**
 * @param week - a week of the plan
 * @returns its date: week 0 (`useStartDate`) + round(7 × week) days, memoised per day offset (a
 *   chain's steps share their end and start dates, and the queries of a batch their startDate)
 */
function dateAt(week: number): string {
  const { t0, byDay } = memo!;
  const days = Math.round(7 * week);
  let date = byDay.get(days);
  if (date === undefined) {
    const d = new Date(t0 + days * DAY_MS);
    date = formatIsoDate({
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
    });
    byDay.set(days, date);
  }
  return date;
}

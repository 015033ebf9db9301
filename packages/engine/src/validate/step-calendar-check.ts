/**
 * The calendar checks of validatePlan (plan-v2): a step with `starts` begins on one of its days
 * (startDate + 7 × startWeek days is a whole day, one of them), and a step's dates, when given, are
 * startDate + round(7 × week) days.
 */
import { formatIsoDate, parseIsoDate, parseStartDay } from '@pathwise/core';
import type { PlanStep } from '../plan-types.js';
import { near } from '../numeric/tolerance.js';

const DAY_MS = 86_400_000;

/**
 * @param step - the plan step
 * @param starts - its credential's `starts` (undefined: any day)
 * @param startDate - week 0
 * @returns each fault as [code, message]
 */
export function checkStepCalendar(
  step: PlanStep,
  starts: readonly string[] | undefined,
  startDate: string,
): ['NOT_A_START_DAY' | 'WRONG_DATE', string][] {
  const faults: ['NOT_A_START_DAY' | 'WRONG_DATE', string][] = [];
  const origin = parseIsoDate(startDate);
  const t0 = Date.UTC(origin.year, origin.month - 1, origin.day);
  const dateAt = (days: number): string => {
    const d = new Date(t0 + days * DAY_MS);
    return formatIsoDate({
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
    });
  };
  const startDay = Math.round(7 * step.startWeek);
  if (step.startDate !== undefined && step.startDate !== dateAt(startDay))
    faults.push(['WRONG_DATE', `startDate ${step.startDate} != ${dateAt(startDay)}`]);
  if (step.endDate !== undefined && step.endDate !== dateAt(Math.round(7 * step.endWeek)))
    faults.push([
      'WRONG_DATE',
      `endDate ${step.endDate} != ${dateAt(Math.round(7 * step.endWeek))}`,
    ]);
  if (starts !== undefined) {
    const date = parseIsoDate(dateAt(startDay));
    const ok =
      near(7 * step.startWeek, startDay) &&
      starts.some((text) => {
        const day = parseStartDay(text);
        if (day === undefined) return false;
        if (day.kind === 'once') return formatIsoDate(day.date) === dateAt(startDay);
        return day.month === date.month && day.day === date.day;
      });
    if (!ok)
      faults.push(['NOT_A_START_DAY', `starts on ${dateAt(startDay)}, not one of its start days`]);
  }
  return faults;
}

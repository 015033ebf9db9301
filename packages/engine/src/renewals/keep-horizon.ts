/**
 * The renewals a horizon needs (plan-v2 `keepFor`, catalog-v2 `renewal`), in calendar months: a
 * holding earned on day E with `validityMonths` V lapses on E + V months; each renewal, paid or by
 * earning a `by` credential on the day it lapses, keeps it for another V months from that day. So to
 * stay valid until E + keepFor months it needs one renewal on each day E + i·V months (i ≥ 1) that
 * falls before E + keepFor months. Months are calendar months (core's addMonths: the day clamped to
 * the end of a shorter month), always counted from E, so clamping never drifts.
 */
import { addMonths, formatIsoDate, parseIsoDate } from '@pathwise/core';

/**
 * @param earnedOn - `YYYY-MM-DD`: the day the target is held (its step's end date, or its holding's)
 * @param validityMonths - the target's validityMonths (whole months >= 1)
 * @param keepFor - the horizon in months (finite, >= 0)
 * @returns the due dates of the renewals, in order (none when keepFor <= validityMonths)
 */
export function renewalDueDates(
  earnedOn: string,
  validityMonths: number,
  keepFor: number,
): string[] {
  const earned = parseIsoDate(earnedOn, 'earnedOn');
  const out: string[] = [];
  for (let i = 1; i * validityMonths < keepFor; i++)
    out.push(formatIsoDate(addMonths(earned, i * validityMonths)));
  return out;
}

/** @returns the number of renewals a horizon needs (renewalDueDates' length, without the dates) */
export function renewalsNeeded(validityMonths: number, keepFor: number): number {
  return keepFor > 0 ? Math.max(0, Math.ceil(keepFor / validityMonths) - 1) : 0;
}

/**
 * @param from - `YYYY-MM-DD`, week 0
 * @param to - `YYYY-MM-DD`
 * @returns the days from `from` to `to`, over 7: a week whose `round(7 × week)` days is `to` exactly
 */
export function weeksBetween(from: string, to: string): number {
  const day = (iso: string): number => {
    const d = parseIsoDate(iso);
    return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
  };
  return (day(to) - day(from)) / 7;
}

/**
 * @param startDate - `YYYY-MM-DD`, week 0
 * @param week - weeks after it
 * @returns `startDate + round(7 × week)` days (plan-v2's step dates)
 */
export function dateOfWeek(startDate: string, week: number): string {
  const d = parseIsoDate(startDate);
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + Math.round(7 * week)));
  return formatIsoDate({
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
  });
}

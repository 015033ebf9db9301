/**
 * catalog-v2 `starts` as weeks of a plan: week 0 is the query's startDate, a start day D days later is
 * week D / 7 (so its date, startDate + round(7 × week), is D again). `YYYY-MM-DD` is one day, `--MM-DD`
 * that day every year; days before startDate are gone. Yearly days are listed for START_YEARS years
 * ahead: no plan waits longer for a term.
 */
import { parseIsoDate, parseStartDay } from '@pathwise/core';
import { before } from '../numeric/tolerance.js';

/** Years of yearly start days listed ahead of startDate. */
export const START_YEARS = 40;

const DAY_MS = 86_400_000;

/**
 * @param starts - a credential's `starts` entries (valid: the catalog passed validation)
 * @param startDate - week 0, `YYYY-MM-DD`
 * @returns the weeks it may start at, ascending, none before 0
 */
export function startWeeks(starts: readonly string[], startDate: string): Float64Array {
  const origin = parseIsoDate(startDate);
  const t0 = Date.UTC(origin.year, origin.month - 1, origin.day);
  const out: number[] = [];
  const push = (year: number, month: number, day: number): void => {
    const days = Math.round((Date.UTC(year, month - 1, day) - t0) / DAY_MS);
    if (days >= 0) out.push(days / 7);
  };
  for (const text of starts) {
    const day = parseStartDay(text);
    if (day === undefined) continue;
    if (day.kind === 'once') push(day.date.year, day.date.month, day.date.day);
    else for (let y = 0; y <= START_YEARS; y++) push(origin.year + y, day.month, day.day);
  }
  return Float64Array.from(new Set(out)).sort();
}

/**
 * @param weeks - allowed start weeks, ascending
 * @param ready - the earliest week the step could start
 * @returns the first allowed week at or after `ready` (up to the tolerance), Infinity when none
 */
export function nextStartWeek(weeks: Float64Array, ready: number): number {
  let lo = 0;
  let hi = weeks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(weeks[mid]!, ready)) lo = mid + 1;
    else hi = mid;
  }
  return lo < weeks.length ? weeks[lo]! : Infinity;
}

/**
 * @param weeks - allowed start weeks, ascending
 * @param latest - the latest week the step may start
 * @returns the last allowed week at or before `latest` (up to the tolerance), -Infinity when none
 */
export function previousStartWeek(weeks: Float64Array, latest: number): number {
  let lo = 0;
  let hi = weeks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(latest, weeks[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo > 0 ? weeks[lo - 1]! : -Infinity;
}

/**
 * Calendar dates as `YYYY-MM-DD` strings, without a clock: callers pass `asOf` in.
 */
import { InvalidInputError } from '../errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as year, month (1-12) and day. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Parses a `YYYY-MM-DD` date that exists on the calendar.
 * @param text - the date string
 * @param what - what the date is, for the error message (`asOf`, `earnedOn of "x"`)
 * @throws InvalidInputError when the text is not a real calendar date
 */
export function parseIsoDate(text: string, what = 'date'): CalendarDate {
  const m = ISO_DATE.exec(text);
  if (m) {
    const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    if (date.month >= 1 && date.month <= 12 && date.day >= 1) {
      if (date.day <= daysInMonth(date.year, date.month)) return date;
    }
  }
  throw new InvalidInputError(`${what} must be a calendar date as YYYY-MM-DD, got "${text}"`);
}

/**
 * The last text `isIsoDate` found a real date (every plan query checks its asOf, mostly the same
 * one); it starts as a real date, so it never stands for a text that is not one.
 */
let lastIsoDate = '2000-01-01';

/** @returns whether the text is a real `YYYY-MM-DD` date */
export function isIsoDate(text: string): boolean {
  if (text === lastIsoDate) return true;
  try {
    parseIsoDate(text);
    lastIsoDate = text;
    return true;
  } catch {
    return false;
  }
}

/** @returns the number of days in a month of a year (Gregorian) */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Adds calendar months, clamping the day to the end of a shorter month (Jan 31 + 1 month = Feb 28/29).
 * @returns the new date
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** @returns negative, zero or positive as `a` is before, on or after `b` */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** @returns the date as `YYYY-MM-DD` */
export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** A day a credential can start (catalog-v2 `starts`): one date, or a month and day every year. */
export type StartDay =
  { kind: 'once'; date: CalendarDate } | { kind: 'yearly'; month: number; day: number };

const YEARLY_DAY = /^--(\d{2})-(\d{2})$/;

/**
 * Parses a `starts` entry: `YYYY-MM-DD` (a real date) or `--MM-DD` (a day that exists every year,
 * so `--02-29` is not one).
 * @param text - the entry
 * @returns the day, or undefined when the text is neither form
 */
export function parseStartDay(text: string): StartDay | undefined {
  const m = YEARLY_DAY.exec(text);
  if (m) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    // 2001 is not a leap year: a yearly day must exist in every year.
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2001, month)) return undefined;
    return { kind: 'yearly', month, day };
  }
  return isIsoDate(text) ? { kind: 'once', date: parseIsoDate(text) } : undefined;
}

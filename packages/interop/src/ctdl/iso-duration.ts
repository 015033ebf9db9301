/**
 * ISO 8601 durations (`P12W`, `P1Y6M`, `P3DT4H`, `P2.5W`) as CTDL writes them, converted to the
 * weeks and months of catalog-v1. Hand-written: the grammar is one regular expression, and the
 * libraries that parse it (luxon, date-fns) are far larger than the need.
 */

/** The parts of a duration; absent parts are 0. */
export interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const DURATION =
  /^P(?!$)(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?=\d)(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/**
 * @param text - an ISO 8601 duration
 * @returns its parts, or undefined when it is not one
 */
export function parseIsoDuration(text: string): DurationParts | undefined {
  const m = DURATION.exec(text.trim().toUpperCase());
  if (!m) return undefined;
  const n = (i: number): number => (m[i] === undefined ? 0 : Number(m[i]!.replace(',', '.')));
  return {
    years: n(1),
    months: n(2),
    weeks: n(3),
    days: n(4),
    hours: n(5),
    minutes: n(6),
    seconds: n(7),
  };
}

/**
 * Calendar weeks of a duration: a year is 52 weeks, a month 52/12, a day 1/7, an hour 1/168.
 * @returns weeks, and whether years or months made it approximate
 */
export function durationWeeks(parts: DurationParts): { weeks: number; approximate: boolean } {
  const weeks =
    parts.years * 52 +
    (parts.months * 52) / 12 +
    parts.weeks +
    parts.days / 7 +
    parts.hours / 168 +
    parts.minutes / 10_080 +
    parts.seconds / 604_800;
  const pureWeeks =
    parts.years + parts.months + parts.days + parts.hours + parts.minutes + parts.seconds === 0;
  return {
    weeks: pureWeeks ? weeks : Math.round(weeks * 1e6) / 1e6,
    approximate: parts.years !== 0 || parts.months !== 0,
  };
}

/**
 * Whole months of a duration (for `validityMonths`): years and months exactly, shorter parts rounded up.
 * @returns months, and whether shorter parts were rounded
 */
export function durationMonths(parts: DurationParts): { months: number; approximate: boolean } {
  const days =
    parts.weeks * 7 + parts.days + (parts.hours + (parts.minutes + parts.seconds / 60) / 60) / 24;
  const exact = parts.years * 12 + parts.months;
  if (days === 0 && Number.isInteger(exact)) return { months: exact, approximate: false };
  return { months: Math.ceil(exact + days / (365.25 / 12)), approximate: true };
}

/** @returns `P{weeks}W`, written without exponent notation */
export function formatWeeks(weeks: number): string {
  return `P${plainNumber(weeks)}W`;
}

/** @returns `P{months}M` */
export function formatMonths(months: number): string {
  return `P${plainNumber(months)}M`;
}

function plainNumber(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(20).replace(/\.?0+$/, '');
}

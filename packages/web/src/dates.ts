/**
 * Calendar helpers: plan weeks to dates, dates to weeks, formatting. Dates are YYYY-MM-DD in UTC.
 */

const DAY = 86_400_000;

/** @returns today's date (the browser's local day) as YYYY-MM-DD */
export function today(): string {
  const d = new Date();
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())).toISOString().slice(0, 10);
}

/**
 * @param start - YYYY-MM-DD
 * @param weeks - weeks after it (fractions allowed)
 * @returns the date that many weeks later, YYYY-MM-DD
 */
export function addWeeks(start: string, weeks: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + Math.round(weeks * 7) * DAY)
    .toISOString()
    .slice(0, 10);
}

/**
 * @param start - YYYY-MM-DD
 * @param end - YYYY-MM-DD
 * @returns the weeks from start to end (may be fractional or negative)
 */
export function weeksBetween(start: string, end: string): number {
  return (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / (7 * DAY);
}

/** @returns whether `value` is a real YYYY-MM-DD date */
export function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** @returns e.g. "3 Mar 2027" */
export function formatDate(value: string): string {
  return new Date(`${value}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** @returns a money amount, e.g. "$1,234" (the catalog's costs are in one currency) */
export function formatCost(value: number): string {
  return `$${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
}

/** @returns weeks with at most one decimal, e.g. "12.5" */
export function formatWeeks(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** @returns months with at most one decimal and their unit, e.g. "1 month", "0.3 months" */
export function formatMonths(value: number): string {
  const n = formatWeeks(value);
  return `${n} month${n === '1' ? '' : 's'}`;
}

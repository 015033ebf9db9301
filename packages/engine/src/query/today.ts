/**
 * The engine's one clock read: today's date (UTC) as `YYYY-MM-DD`, the default `asOf` of a query.
 */

/** @returns today's UTC date as `YYYY-MM-DD` */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

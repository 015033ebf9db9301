/**
 * The engine's one floating-point tolerance. Weeks, costs and hours are real numbers summed in
 * floating point, so every comparison of a computed total against a limit allows a relative 1e-9
 * (absolute below 1). Planners, schedules and validatePlan all compare through these helpers.
 */

/** Relative tolerance on weeks, costs and hours (absolute below 1). */
export const EPS = 1e-9;

/**
 * @param v - a computed value
 * @param limit - the limit it must not pass (may be Infinity)
 * @returns whether `v` is at most `limit`, up to the tolerance
 */
export function within(v: number, limit: number): boolean {
  return v <= limit + EPS * Math.max(1, Math.abs(limit));
}

/**
 * @param v - a value
 * @returns `v` lowered by the tolerance: anything below it is clearly less than `v`
 */
export function slack(v: number): number {
  return v - EPS * Math.max(1, Math.abs(v));
}

/**
 * @param a - a value
 * @param b - another value
 * @returns whether `a` is clearly less than `b` (by more than the tolerance)
 */
export function before(a: number, b: number): boolean {
  return a < slack(b);
}

/**
 * @param a - a value
 * @param b - another value
 * @returns whether `a` and `b` are equal up to the tolerance
 */
export function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * @param v - a week, cost or hours figure
 * @returns it as messages print it: rounded to 6 decimals, so float noise never shows
 */
export function show(v: number): string {
  return String(Math.round(v * 1e6) / 1e6);
}

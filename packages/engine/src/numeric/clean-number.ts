/**
 * Plan numbers without floating-point noise, for every place a plan is shown (the CLI's JSON, table
 * and batch lines; the GraphQL service). `cleanNumber` rounds to 12 significant digits, so sums like
 * 27516.749999999996 print as 27516.75 and 4.3 + 8.6 as 12.9, while every value moves by less than
 * 1e-12 of itself. validatePlan compares with a tolerance of 1e-9 (relative, numeric/tolerance.ts)
 * and rounding is monotone (order and `<=` between values are kept), so a cleaned plan stays valid.
 * Rounding to cents or tenths of a week would not: a step stretched to 100/7 weeks must end exactly
 * its duration after it starts.
 */

/**
 * @param n - a computed value
 * @returns the number rounded to 12 significant digits (integers and non-finite values as they are)
 */
export function cleanNumber(n: number): number {
  if (Number.isInteger(n) || !Number.isFinite(n)) return n;
  return Number(n.toPrecision(12));
}

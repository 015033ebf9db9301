/**
 * Numbers for people and for JSON.
 *
 * JSON keeps plan values exact up to floating-point noise: `cleanNumber` rounds to 12 significant
 * digits, so sums like 27516.749999999996 print as 27516.75 and 4.3 + 8.6 as 12.9, while every value
 * moves by less than 1e-12 of itself. validatePlan compares with a tolerance of 1e-9 (relative) and
 * rounding is monotone (order and `<=` between values are kept), so a plan stays valid. Rounding
 * JSON to cents or tenths of a week would not: a step stretched to 100/7 weeks must end exactly its
 * duration after it starts.
 *
 * Tables round for reading: weeks to at most two decimals, money to cents with thousands separators.
 * A total shows as the rounded total; when every cost is a whole number of cents (as catalog prices
 * are) it equals the sum of the rounded parts, and the total weeks is the target step's end week,
 * rounded the same way.
 */

/** @returns the number rounded to 12 significant digits (integers as they are) */
export function cleanNumber(n: number): number {
  if (Number.isInteger(n) || !Number.isFinite(n)) return n;
  return Number(n.toPrecision(12));
}

const weeksFormat = new Intl.NumberFormat('en-US', {
  maximumFractionDigits: 2,
  useGrouping: false,
});
const moneyWhole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const moneyCents = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** @returns weeks for a table: `4.3`, `14.29`, `156` */
export function formatWeeks(n: number): string {
  return weeksFormat.format(cleanNumber(n));
}

/**
 * @param n - an amount
 * @param currency - the catalog's currency code, if any
 * @returns money for a table: `869 USD`, `27,147.75 USD`
 */
export function formatMoney(n: number, currency: string | undefined): string {
  const cents = Math.round(cleanNumber(n) * 100);
  const text = cents % 100 === 0 ? moneyWhole.format(cents / 100) : moneyCents.format(cents / 100);
  return currency ? `${text} ${currency}` : text;
}

/**
 * Numbers for people. JSON keeps plan values exact up to floating-point noise (the engine's
 * `cleanNumber`, numeric/clean-number.ts, re-exported here for the CLI's formatters).
 *
 * Tables round for reading: weeks to at most two decimals, hours a week to at most one, money to
 * cents with thousands separators. A total shows as the rounded total; when every cost is a whole
 * number of cents (as catalog prices are) it equals the sum of the rounded parts, and the total
 * weeks is the target step's end week, rounded the same way.
 */
import { cleanNumber } from '@pathwise/engine';

export { cleanNumber };

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

const hoursFormat = new Intl.NumberFormat('en-US', {
  maximumFractionDigits: 1,
  useGrouping: false,
});

/** @returns hours a week for a table: `10`, `12.5`, `4.3` */
export function formatHours(n: number): string {
  return hoursFormat.format(cleanNumber(n));
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

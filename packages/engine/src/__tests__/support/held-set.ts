/**
 * Test support: which holdings still count as of a date (catalog-v1 "Holdings and lapse"), computed
 * independently of core. Generated dates use days 1-28 so month arithmetic never needs clamping.
 */
import type { Credential, Holding } from '@pathwise/core';

/**
 * @param byId - the catalog's credentials
 * @param have - the learner's holdings
 * @param asOf - `YYYY-MM-DD`
 * @returns the ids that count as held; a holding lapses when asOf is later than earnedOn + validityMonths
 */
export function heldSet(
  byId: ReadonlyMap<string, Credential>,
  have: readonly Holding[],
  asOf: string,
): Set<string> {
  const held = new Set<string>();
  for (const h of have) {
    const months = byId.get(h.id)?.validityMonths;
    if (h.earnedOn === undefined || months === undefined) {
      held.add(h.id);
      continue;
    }
    if (asOf <= plusMonths(h.earnedOn, months)) held.add(h.id);
  }
  return held;
}

/** `YYYY-MM-DD` plus whole months, clamping the day to the month's end. */
export function plusMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, last), 2)}`;
}

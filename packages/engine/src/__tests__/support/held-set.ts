/**
 * Test support: which holdings still count as of a date (catalog-v1 "Holdings and lapse", and with
 * `v2` catalog-v2's aliases and implied holdings), computed independently of core. Generated dates
 * use days 1-28 so month arithmetic never needs clamping.
 */
import type { Credential, Holding, Requirement } from '@pathwise/core';

/**
 * @param byId - the catalog's credentials
 * @param have - the learner's holdings
 * @param asOf - `YYYY-MM-DD`
 * @param v2 - whether the catalog is catalog-v2: holdings may name an alias, and a holding of a
 *   credential implies, dated like it, every id its requirement names through `all` (and bare ids),
 *   transitively
 * @returns the ids that count as held; a holding (given or implied) lapses when asOf is later than
 *   earnedOn + the validityMonths of the credential it is a holding of
 */
export function heldSet(
  byId: ReadonlyMap<string, Credential>,
  have: readonly Holding[],
  asOf: string,
  v2 = false,
): Set<string> {
  const held = new Set<string>();
  const counts = (id: string, earnedOn: string | undefined): void => {
    const months = byId.get(id)?.validityMonths;
    if (earnedOn === undefined || months === undefined || asOf <= plusMonths(earnedOn, months))
      held.add(id);
  };
  const byAlias = new Map<string, string>();
  if (v2) for (const c of byId.values()) for (const a of c.aliases ?? []) byAlias.set(a, c.id);
  for (const h of have) {
    const id = byAlias.get(h.id) ?? h.id;
    counts(id, h.earnedOn);
    if (!v2) continue;
    const implied = new Set<string>();
    const walk = (r: Requirement | undefined): void => {
      if (r === undefined) return;
      if (typeof r === 'string') {
        if (implied.has(r)) return;
        implied.add(r);
        walk(byId.get(r)?.requires);
      } else if ('all' in r) r.all.forEach(walk);
    };
    walk(byId.get(id)?.requires);
    for (const x of implied) counts(x, h.earnedOn);
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

/**
 * Implied holdings (catalog-v2.md "Holdings"): whoever holds a credential whose requirement is an
 * `all` (nested `all`s included, and a bare id, which is an `all` of one) must have held every id
 * it names, and so on transitively. `any`, `atLeast` and `credits` imply nothing. Iterative, so a
 * 10^5-long chain of requirements cannot overflow the stack.
 */
import type { CatalogIndex } from '../catalog-index.js';
import { resolveCredentialId } from '../catalog-index.js';
import type { Holding, Requirement } from '../model/types.js';
import { isAll } from '../requirement/walk.js';
import { parseIsoDate } from './dates.js';

/** A credential held because a holding implies it, dated like that holding. */
export interface ImpliedHolding {
  /** The implied credential's id. */
  id: string;
  /** The implying holding's date; absent when it has none (then it never lapses). */
  earnedOn?: string;
  /** The id of the given holding that implies it (the latest-dated one when several do). */
  impliedBy: string;
}

/**
 * The `all` closure of a learner's holdings. A credential implied by several holdings takes the
 * date that counts longest: none (never lapses) over the latest. Lapse is not judged here.
 * @param index - the catalog
 * @param holdings - the holdings as given (ids or aliases; dates `YYYY-MM-DD` or none)
 * @returns every credential the closure reaches from a holding, other than the holding itself,
 *   depth-first in document order (strongest holding first); a credential also given directly
 *   still appears (activeHoldings decides which dating counts)
 * @throws UnknownCredentialError for a holding the catalog does not list
 * @throws InvalidInputError for a malformed date
 */
export function impliedHoldings(
  index: CatalogIndex,
  holdings: readonly Holding[],
): ImpliedHolding[] {
  const sources = holdings.map((h) => ({
    id: resolveCredentialId(index, h.id),
    earnedOn: h.earnedOn,
    rank: h.earnedOn === undefined ? Infinity : dayNumber(h.earnedOn, h.id),
  }));
  // Strongest first (undated, then latest; stable otherwise), so the first visit of a credential is
  // its best dating and each credential's requirement is walked once in all.
  sources.sort((a, b) => b.rank - a.rank);
  const walked = new Set<string>();
  const implied: ImpliedHolding[] = [];
  for (const source of sources) {
    if (walked.has(source.id)) continue;
    walked.add(source.id);
    // Depth-first, in document order of each requirement: a stack of ids still to report.
    const pending = allNamed(index.byId.get(source.id)?.requires).reverse();
    while (pending.length > 0) {
      const id = pending.pop()!;
      if (walked.has(id)) continue;
      walked.add(id);
      implied.push({
        id,
        ...(source.earnedOn === undefined ? {} : { earnedOn: source.earnedOn }),
        impliedBy: source.id,
      });
      const named = allNamed(index.byId.get(id)?.requires);
      for (let i = named.length - 1; i >= 0; i--) pending.push(named[i]!);
    }
  }
  return implied;
}

/** @returns the date as one sortable number (yyyymmdd) */
function dayNumber(earnedOn: string, id: string): number {
  const d = parseIsoDate(earnedOn, `earnedOn of "${id}"`);
  return d.year * 10_000 + d.month * 100 + d.day;
}

/** The ids a requirement names through `all` groups only (an explicit stack, no recursion). */
function allNamed(requires: Requirement | undefined): string[] {
  if (requires === undefined) return [];
  const ids: string[] = [];
  const stack: Requirement[] = [requires];
  while (stack.length > 0) {
    const r = stack.pop()!;
    if (typeof r === 'string') ids.push(r);
    else if (isAll(r)) for (let i = r.all.length - 1; i >= 0; i--) stack.push(r.all[i]!);
  }
  return ids;
}

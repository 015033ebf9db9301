/**
 * Holdings and lapse (catalog-v1.md "Holdings and lapse"): which holdings still count as of a date.
 */
import type { CatalogIndex } from '../catalog-index.js';
import { getCredential } from '../catalog-index.js';
import type { Holding } from '../model/types.js';
import { addMonths, compareDates, formatIsoDate, parseIsoDate } from './dates.js';

/** A holding that no longer counts, and the last day it did. */
export interface LapsedHolding {
  id: string;
  earnedOn: string;
  validUntil: string;
}

/** What a learner holds as of a date. */
export interface ActiveHoldings {
  /** Ids that count as held. */
  held: Set<string>;
  /** Holdings past their validity; they count as not held. */
  lapsed: LapsedHolding[];
}

/**
 * The last day a credential earned on `earnedOn` still counts.
 * @returns `YYYY-MM-DD`, or undefined when it never lapses
 */
export function validUntil(
  earnedOn: string,
  validityMonths: number | undefined,
): string | undefined {
  if (validityMonths === undefined) return undefined;
  return formatIsoDate(addMonths(parseIsoDate(earnedOn, 'earnedOn'), validityMonths));
}

/**
 * Sorts holdings into those that count as of `asOf` and those that lapsed. A holding lapses when
 * `asOf` is later than `earnedOn` plus the credential's `validityMonths`; one with no date never lapses.
 * @param index - the catalog
 * @param holdings - what the learner says they hold
 * @param asOf - the date to judge at, `YYYY-MM-DD`
 * @throws UnknownCredentialError for a holding the catalog does not list
 * @throws InvalidInputError for a malformed date
 */
export function activeHoldings(
  index: CatalogIndex,
  holdings: readonly Holding[],
  asOf: string,
): ActiveHoldings {
  const asOfDate = parseIsoDate(asOf, 'asOf');
  const held = new Set<string>();
  const lapsed: LapsedHolding[] = [];
  for (const holding of holdings) {
    const credential = getCredential(index, holding.id);
    if (holding.earnedOn === undefined) {
      held.add(holding.id);
      continue;
    }
    parseIsoDate(holding.earnedOn, `earnedOn of "${holding.id}"`);
    const until = validUntil(holding.earnedOn, credential.validityMonths);
    if (until !== undefined && compareDates(asOfDate, parseIsoDate(until)) > 0) {
      lapsed.push({ id: holding.id, earnedOn: holding.earnedOn, validUntil: until });
    } else {
      held.add(holding.id);
    }
  }
  // A credential held twice counts if any of its holdings counts.
  const stillLapsed = lapsed.filter((l) => !held.has(l.id));
  return { held, lapsed: stillLapsed };
}

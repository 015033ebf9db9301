/**
 * Holdings and lapse (catalog-v1.md "Holdings and lapse", catalog-v2.md "Holdings"): which holdings
 * still count as of a date. A date after `asOf` is refused. In a v2 catalog, holdings may name a
 * credential by alias, and the `all` closure of the holdings counts too and is reported as implied; a
 * v1 catalog's holdings mean what they meant in v1 (no implied holdings; v1 has no aliases).
 */
import type { CatalogIndex } from '../catalog-index.js';
import { getCredential, resolveCredentialId } from '../catalog-index.js';
import type { Holding } from '../model/types.js';
import { addMonths, compareDates, formatIsoDate, parseIsoDate } from './dates.js';
import type { ImpliedHolding } from './implied-holdings.js';
import { impliedHoldings } from './implied-holdings.js';
import { FutureHoldingError, futureHoldingFault } from './future-holding-error.js';
import { CATALOG_FORMAT_V2 } from '../model/types.js';

/** A holding that no longer counts, and the last day it did. */
export interface LapsedHolding {
  id: string;
  earnedOn: string;
  validUntil: string;
}

/** What a learner holds as of a date. */
export interface ActiveHoldings {
  /** Credential ids that count as held, implied ones included (aliases resolved). */
  held: Set<string>;
  /** Holdings as given that are past their validity; they count as not held. */
  lapsed: LapsedHolding[];
  /**
   * The credentials held only because a holding implies them (not given, or given but lapsed), that
   * count as of `asOf`. An implied credential that has itself lapsed is not held and not listed.
   * Always empty for a v1 catalog.
   */
  implied: ImpliedHolding[];
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
 * In a v2 catalog, implied holdings (see `impliedHoldings`) are judged the same way, with their
 * holding's date.
 * @param index - the catalog
 * @param holdings - what the learner says they hold, by credential id or alias
 * @param asOf - the date to judge at, `YYYY-MM-DD`
 * @throws UnknownCredentialError for a holding the catalog does not list
 * @throws InvalidInputError for a malformed date
 * @throws FutureHoldingError (an InvalidInputError, fault code BAD_VALUE) for an `earnedOn` after `asOf`
 */
export function activeHoldings(
  index: CatalogIndex,
  holdings: readonly Holding[],
  asOf: string,
): ActiveHoldings {
  const asOfDate = parseIsoDate(asOf, 'asOf');
  const held = new Set<string>();
  const lapsed: LapsedHolding[] = [];
  const counts = (id: string, earnedOn: string | undefined): LapsedHolding | undefined => {
    if (earnedOn === undefined) return undefined;
    const until = validUntil(earnedOn, getCredential(index, id).validityMonths);
    if (until === undefined || compareDates(asOfDate, parseIsoDate(until)) <= 0) return undefined;
    return { id, earnedOn, validUntil: until };
  };
  holdings.forEach((holding, i) => {
    const id = resolveCredentialId(index, holding.id);
    if (holding.earnedOn !== undefined) {
      const earned = parseIsoDate(holding.earnedOn, `earnedOn of "${holding.id}"`);
      if (compareDates(earned, asOfDate) > 0)
        throw new FutureHoldingError([futureHoldingFault(holding, i, asOf)]);
    }
    const lapse = counts(id, holding.earnedOn);
    if (lapse) lapsed.push(lapse);
    else held.add(id);
  });
  const implied: ImpliedHolding[] = [];
  const closure =
    index.catalog.format === CATALOG_FORMAT_V2 ? impliedHoldings(index, holdings) : [];
  for (const holding of closure) {
    if (held.has(holding.id) || counts(holding.id, holding.earnedOn)) continue;
    held.add(holding.id);
    implied.push(holding);
  }
  // A credential held twice counts if any of its holdings (given or implied) counts.
  const stillLapsed = lapsed.filter((l) => !held.has(l.id));
  return { held, lapsed: stillLapsed, implied };
}

/**
 * The one holdings fault with a catalog-style code: a holding dated after the day it is judged at
 * (catalog-v2.md "Holdings": `earnedOn` later than `asOf` is refused, `BAD_VALUE`).
 */
import type { CatalogFault, SerialisedError } from '../errors.js';
import { InvalidInputError } from '../errors.js';
import type { Holding } from '../model/types.js';

/**
 * A holding's `earnedOn` is later than `asOf`. An InvalidInputError (code INVALID_INPUT, so every
 * boundary treats it as bad input) that also carries its fault, as CatalogInvalidError does: code
 * BAD_VALUE, path `have[i].earnedOn`, the holding's id.
 */
export class FutureHoldingError extends InvalidInputError {
  readonly faults: CatalogFault[];

  /** @param faults - the fault (one), as `futureHoldingFault` builds it or `toJSON` carried it */
  constructor(faults: CatalogFault[]) {
    super(faults[0]?.message ?? 'a holding is dated after asOf');
    this.faults = faults;
  }

  /** @returns the error as plain data, with its fault (rebuilt by `reviveError`) */
  override toJSON(): SerialisedError {
    return { ...super.toJSON(), faults: this.faults };
  }
}

/**
 * @param holding - the holding as given
 * @param index - its position in the list of holdings (`have`)
 * @param asOf - the date holdings are judged at
 * @returns the BAD_VALUE fault of a holding earned after `asOf`
 */
export function futureHoldingFault(holding: Holding, index: number, asOf: string): CatalogFault {
  return {
    code: 'BAD_VALUE',
    path: `have[${index}].earnedOn`,
    message: `earnedOn of "${holding.id}" (${holding.earnedOn}) is after asOf (${asOf})`,
    ids: [holding.id],
  };
}

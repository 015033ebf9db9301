/**
 * Shape checks of one catalog-v2 offer (catalog-v2.md "Offers"): its fields, its `prices` and its
 * `requires` (checked like a credential's). References are checked once every entry is known.
 */
import { OFFER_FIELDS } from '../../../model/offer.js';
import type { FaultList } from './faults.js';
import { childPath } from './faults.js';
import {
  ID_PATTERN,
  checkId,
  checkKeys,
  checkNumber,
  checkString,
  isObject,
  typeName,
} from './check-fields.js';
import type { EntryFacts } from './check-entries.js';
import type { Located } from './check-credential-v2.js';
import type { RequirementFacts } from './check-requirement.js';
import { checkRequirement } from './check-requirement.js';

const OFFER_KEYS: ReadonlySet<string> = new Set(OFFER_FIELDS);

/** What the offer checks learned, for the catalog-wide checks. */
export interface OfferFacts extends EntryFacts {
  provider: string | undefined;
  /** The credential ids of `prices`, each at its path. */
  covers: Located[];
  requires: RequirementFacts | undefined;
}

/**
 * Checks one entry of `offers`.
 * @param value - the raw entry
 * @param index - its position in `offers`
 * @returns what the catalog-wide checks need
 */
export function checkOffer(value: unknown, index: number, faults: FaultList): OfferFacts {
  const path = childPath('offers', index);
  if (!isObject(value)) {
    faults.add('WRONG_TYPE', path, `an offer must be an object, got ${typeName(value)}`);
    return { index, path, id: undefined, provider: undefined, covers: [], requires: undefined };
  }
  const id = 'id' in value ? checkId(value.id, childPath(path, 'id'), faults) : undefined;
  const ids = id ? [id] : [];
  checkKeys(value, path, ['id', 'name', 'price', 'prices'], OFFER_KEYS, faults, ids);
  checkString(value, 'name', path, faults, { nonEmpty: true }, ids);
  checkNumber(value, 'price', path, faults, {}, ids);
  checkNumber(value, 'periodMonths', path, faults, { integer: true, min: 1 }, ids);
  const provider =
    'provider' in value ? checkId(value.provider, childPath(path, 'provider'), faults) : undefined;
  const covers = 'prices' in value ? checkPrices(value.prices, path, ids, faults) : [];
  const requires =
    'requires' in value
      ? checkRequirement(value.requires, childPath(path, 'requires'), ids, faults)
      : undefined;
  return { index, path, id, provider, covers, requires };
}

/** `prices`: a non-empty object from credential id to a price ≥ 0. */
function checkPrices(prices: unknown, path: string, ids: string[], faults: FaultList): Located[] {
  const at = childPath(path, 'prices');
  if (!isObject(prices)) {
    const message = `"prices" must be an object from credential id to price, got ${typeName(prices)}`;
    faults.add('WRONG_TYPE', at, message, ids);
    return [];
  }
  const keys = Object.keys(prices);
  if (keys.length === 0) {
    faults.add('BAD_VALUE', at, 'an offer must cover at least one credential', ids);
  }
  const covers: Located[] = [];
  for (const key of keys) {
    const keyPath = childPath(at, key);
    if (!ID_PATTERN.test(key)) {
      faults.add(
        'BAD_ID',
        keyPath,
        'a credential id is 1-200 characters of A-Z a-z 0-9 . _ : / -',
        [key],
      );
      continue;
    }
    checkNumber(prices, key, at, faults, {}, ids);
    covers.push({ value: key, path: keyPath });
  }
  return covers;
}

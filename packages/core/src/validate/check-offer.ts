/**
 * Shape checks of one catalog-v2 offer (catalog-v2.md "Offers"): its fields, its `prices` and its
 * `requires` (checked like a credential's). References are checked once every entry is known.
 */
import { OFFER_FIELDS } from '../model/offer.js';
import type { FaultList } from './faults.js';
import {
  ID_PATTERN,
  checkId,
  checkKeys,
  checkNumber,
  checkString,
  isObject,
  typeName,
} from './check-fields.js';
import type { EntryTable } from './check-entries.js';
import type { RequirementWalker } from './check-requirement.js';

const OFFER_KEYS: ReadonlySet<string> = new Set(OFFER_FIELDS);
const MONTHS = { integer: true, min: 1 };

/**
 * Checks the offer at the cursor (`offers[index]`) and fills its slot of `table`.
 * @param value - the raw entry
 * @param index - its position in `offers`
 */
export function checkOffer(
  value: unknown,
  index: number,
  table: EntryTable,
  walker: RequirementWalker,
  faults: FaultList,
): void {
  if (!isObject(value)) {
    faults.add(
      'WRONG_TYPE',
      faults.at.path(),
      `an offer must be an object, got ${typeName(value)}`,
    );
    return;
  }
  const id = 'id' in value ? checkId(value.id, faults, 'id') : undefined;
  table.ids[index] = id;
  checkKeys(value, ['id', 'name', 'price', 'prices'], OFFER_KEYS, faults, id);
  checkString(value, 'name', faults, true, id);
  checkNumber(value, 'price', faults, undefined, id);
  checkNumber(value, 'periodMonths', faults, MONTHS, id);
  if ('provider' in value) table.providers[index] = checkId(value.provider, faults, 'provider');
  if ('prices' in value) {
    faults.at.push('prices');
    checkPrices(value.prices, id, faults);
    faults.at.pop();
  }
  if ('requires' in value) {
    faults.at.push('requires');
    walker.walk(value.requires, id);
    faults.at.pop();
  }
}

/** @returns whether a key of `prices` names a credential in a well-formed way */
export function isPricedId(key: string): boolean {
  return ID_PATTERN.test(key);
}

/** `prices` (the cursor is at it): a non-empty object from credential id to a price ≥ 0. */
function checkPrices(prices: unknown, owner: string | undefined, faults: FaultList): void {
  if (!isObject(prices)) {
    const message = `"prices" must be an object from credential id to price, got ${typeName(prices)}`;
    faults.addFor('WRONG_TYPE', faults.at.path(), message, owner);
    return;
  }
  let empty = true;
  for (const key in prices) {
    if (Object.prototype.hasOwnProperty.call(prices, key)) empty = false;
  }
  if (empty) {
    const message = 'an offer must cover at least one credential';
    faults.addFor('BAD_VALUE', faults.at.path(), message, owner);
  }
  for (const key in prices) {
    if (!Object.prototype.hasOwnProperty.call(prices, key)) continue;
    if (!isPricedId(key)) {
      const message = 'a credential id is 1-200 characters of A-Z a-z 0-9 . _ : / -';
      faults.add('BAD_ID', faults.at.path(key), message, [key]);
      continue;
    }
    checkNumber(prices, key, faults, undefined, owner);
  }
}

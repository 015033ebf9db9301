/**
 * Shape checks of the fields catalog-v2 adds to a credential (catalog-v2.md "Credential: new fields"
 * and rules 2 to 4): pace, starts, retired, aliases, renewal, outcomes, recognizedBy. What needs the
 * whole catalog (alias uniqueness, `renewal.by` references) is read again by the catalog-wide checks,
 * through `isAlias` and `renewerOf`, so they accept exactly what is accepted here.
 */
import { PACES } from '../model/types.js';
import type { FaultList } from './faults.js';
import {
  ID_PATTERN,
  checkEnum,
  checkId,
  checkKeys,
  checkNumber,
  checkString,
  isObject,
  typeName,
} from './check-fields.js';
import { parseStartDay } from '../holdings/dates.js';

/** An alias: any non-empty text without white space or control characters, up to 2,000 characters. */
export const ALIAS_PATTERN = /^[^\s\p{Cc}]{1,2000}$/u;
/** A recognition: `scheme:value`, neither part empty, no white space. */
export const RECOGNITION_PATTERN = /^[^\s:]+:\S+$/;

const RENEWAL_KEYS = new Set(['cost', 'effortHours', 'by']);
const OUTCOMES_KEYS = new Set(['medianAnnualEarnings', 'source', 'year']);
const OUTCOMES_REQUIRED = [...OUTCOMES_KEYS];
const YEAR = { integer: true, min: 1000, max: 9999 };

/** The string lists of a v2 credential, each judged by its own rule. */
type StringList = 'starts' | 'aliases' | 'recognizedBy';

/** @returns true when `item` of `aliases` is a well-formed alias (one the namespace check claims) */
export function isAlias(item: unknown): item is string {
  return typeof item === 'string' && ALIAS_PATTERN.test(item);
}

/**
 * @param owner - the id of the credential that `renewal.by` belongs to, when valid
 * @returns the id an item of `renewal.by` names, when it is a well-formed id other than the owner's
 */
export function renewerOf(item: unknown, owner: string | undefined): string | undefined {
  return typeof item === 'string' && ID_PATTERN.test(item) && item !== owner ? item : undefined;
}

/**
 * Checks the v2 fields of the credential object at the cursor.
 * @param owner - its own id (when well formed), named in faults
 */
export function checkCredentialV2(
  value: Record<string, unknown>,
  owner: string | undefined,
  faults: FaultList,
): void {
  checkEnum(value, 'pace', PACES, faults, owner);
  checkStrings(value, 'starts', owner, faults);
  if (Array.isArray(value.starts) && value.starts.length === 0) {
    const message = '"starts" must list at least one day (leave it out for any day)';
    faults.addFor('BAD_VALUE', faults.at.path('starts'), message, owner);
  }
  checkRepeated(value.starts, 'starts', owner, faults);
  if ('retired' in value && typeof value.retired !== 'boolean') {
    const message = `"retired" must be a boolean, got ${typeName(value.retired)}`;
    faults.addFor('WRONG_TYPE', faults.at.path('retired'), message, owner);
  }
  checkStrings(value, 'aliases', owner, faults);
  if ('renewal' in value) {
    faults.at.push('renewal');
    checkRenewal(value, owner, faults);
    faults.at.pop();
  }
  if ('outcomes' in value) {
    faults.at.push('outcomes');
    checkOutcomes(value.outcomes, owner, faults);
    faults.at.pop();
  }
  checkStrings(value, 'recognizedBy', owner, faults);
  checkRepeated(value.recognizedBy, 'recognizedBy', owner, faults);
  checkFixedPace(value, owner, faults);
}

/** Rule 4: a fixed credential with effort runs for some weeks. */
function checkFixedPace(
  value: Record<string, unknown>,
  owner: string | undefined,
  faults: FaultList,
): void {
  const { pace, effortHours, durationWeeks } = value;
  if (pace !== 'fixed' || typeof effortHours !== 'number' || !(effortHours > 0)) return;
  if (durationWeeks !== 0) return; // other bad values are reported by the number checks
  faults.addFor(
    'BAD_NUMBER',
    faults.at.path('durationWeeks'),
    `a fixed-pace credential with effortHours > 0 needs durationWeeks > 0 (its hours are spread over them)`,
    owner,
  );
}

/**
 * `renewal` (the cursor is at it): `{ cost, effortHours?, by? }`, only with validityMonths, never
 * renewed by itself.
 */
function checkRenewal(
  value: Record<string, unknown>,
  owner: string | undefined,
  faults: FaultList,
): void {
  const renewal = value.renewal;
  if (!isObject(renewal)) {
    const message = `"renewal" must be an object, got ${typeName(renewal)}`;
    faults.addFor('WRONG_TYPE', faults.at.path(), message, owner);
    return;
  }
  if (!('validityMonths' in value)) {
    const message = '"renewal" needs "validityMonths" (a holding that never lapses is not renewed)';
    faults.at.pop();
    faults.addFor('MISSING_FIELD', faults.at.path('validityMonths'), message, owner);
    faults.at.push('renewal');
  }
  checkKeys(renewal, ['cost'], RENEWAL_KEYS, faults, owner);
  checkNumber(renewal, 'cost', faults, undefined, owner);
  checkNumber(renewal, 'effortHours', faults, undefined, owner);
  if (!('by' in renewal)) return;
  const by = renewal.by;
  if (!Array.isArray(by)) {
    const message = `"by" must be an array of credential ids, got ${typeName(by)}`;
    faults.addFor('WRONG_TYPE', faults.at.path('by'), message, owner);
    return;
  }
  faults.at.push('by');
  for (let i = 0; i < by.length; i++) {
    const id = checkId(by[i], faults, i);
    if (id !== undefined && id === owner) {
      const message = `a credential cannot be renewed by earning itself`;
      faults.add('BAD_VALUE', faults.at.path(i), message, [id]);
    }
  }
  faults.at.pop();
  checkRepeated(by, 'by', owner, faults);
}

/** `outcomes` (the cursor is at it): `{ medianAnnualEarnings, source, year }`, all three as published. */
function checkOutcomes(outcomes: unknown, owner: string | undefined, faults: FaultList): void {
  if (!isObject(outcomes)) {
    const message = `"outcomes" must be an object, got ${typeName(outcomes)}`;
    faults.addFor('WRONG_TYPE', faults.at.path(), message, owner);
    return;
  }
  checkKeys(outcomes, OUTCOMES_REQUIRED, OUTCOMES_KEYS, faults, owner);
  checkNumber(outcomes, 'medianAnnualEarnings', faults, undefined, owner);
  checkString(outcomes, 'source', faults, true, owner);
  checkNumber(outcomes, 'year', faults, YEAR, owner);
}

/** @returns whether `item` of list `key` is accepted by its rule (the rule's own faults aside) */
function accepts(key: StringList | 'by', item: unknown, owner: string | undefined): boolean {
  if (typeof item !== 'string') return false;
  switch (key) {
    case 'starts':
      return parseStartDay(item) !== undefined;
    case 'aliases':
      return ALIAS_PATTERN.test(item);
    case 'recognizedBy':
      return RECOGNITION_PATTERN.test(item);
    case 'by':
      return renewerOf(item, owner) !== undefined;
  }
}

/** Checks an optional array of strings, each item by the rule of its list. */
function checkStrings(
  value: Record<string, unknown>,
  key: StringList,
  owner: string | undefined,
  faults: FaultList,
): void {
  if (!(key in value)) return;
  const list = value[key];
  if (!Array.isArray(list)) {
    const message = `"${key}" must be an array of strings, got ${typeName(list)}`;
    faults.addFor('WRONG_TYPE', faults.at.path(key), message, owner);
    return;
  }
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (typeof item !== 'string') {
      const message = `each of "${key}" must be a string, got ${typeName(item)}`;
      faults.addFor('WRONG_TYPE', faults.at.path(key, i), message, owner);
    } else if (!accepts(key, item, owner)) {
      faults.addFor('BAD_VALUE', faults.at.path(key, i), badItem(key, item), owner);
    }
  }
}

function badItem(key: StringList, item: string): string {
  switch (key) {
    case 'starts':
      return `a start day is a real date, "YYYY-MM-DD" once or "--MM-DD" every year (not --02-29), got "${item}"`;
    case 'aliases':
      return 'an alias is 1-2000 characters without spaces or control characters';
    case 'recognizedBy':
      return `a recognition is "scheme:value" (such as "country:de"), got "${item}"`;
  }
}

/** Lists this long or shorter are searched for repeats pairwise, without building a map. */
const SMALL_LIST = 16;

/**
 * Reports an accepted string listed twice in one list of the object at the cursor, at its later place.
 */
function checkRepeated(
  list: unknown,
  key: StringList | 'by',
  owner: string | undefined,
  faults: FaultList,
): void {
  if (!Array.isArray(list) || list.length < 2) return;
  const seen = list.length > SMALL_LIST ? new Map<unknown, number>() : undefined;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (!accepts(key, item, owner)) continue;
    let first = -1;
    if (seen) {
      first = seen.get(item) ?? -1;
      if (first < 0) seen.set(item, i);
    } else {
      for (let j = 0; j < i && first < 0; j++) if (list[j] === item) first = j;
    }
    if (first < 0) continue;
    const code = key === 'by' ? 'DUPLICATE_ID' : 'BAD_VALUE';
    const ids = owner === undefined ? [item as string] : [owner, item as string];
    const path = faults.at.path(key, i);
    const earlier = faults.at.path(key, first);
    faults.add(code, path, `"${item as string}" is listed twice (first at ${earlier})`, ids);
  }
}

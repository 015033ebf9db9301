/**
 * Shape checks of the fields catalog-v2 adds to a credential (catalog-v2.md "Credential: new fields"
 * and rules 2 to 4): pace, starts, retired, aliases, renewal, outcomes, recognizedBy. What needs the
 * whole catalog (alias uniqueness, `renewal.by` references) is returned for the catalog-wide checks.
 */
import { PACES } from '../../../model/types.js';
import type { FaultList } from './faults.js';
import { childPath } from './faults.js';
import {
  checkEnum,
  checkId,
  checkKeys,
  checkNumber,
  checkString,
  isObject,
  typeName,
} from './check-fields.js';
import { parseStartDay } from '../../../holdings/dates.js';

/** A string found at a JSON path. */
export interface Located {
  value: string;
  path: string;
}

/** What the v2 fields name, for the catalog-wide checks. */
export interface CredentialV2Facts {
  aliases: Located[];
  /** The ids of `renewal.by`. */
  renewalBy: Located[];
}

/** An alias: any non-empty text without white space or control characters, up to 2,000 characters. */
export const ALIAS_PATTERN = /^[^\s\p{Cc}]{1,2000}$/u;
/** A recognition: `scheme:value`, neither part empty, no white space. */
export const RECOGNITION_PATTERN = /^[^\s:]+:\S+$/;

const RENEWAL_KEYS = new Set(['cost', 'effortHours', 'by']);
const OUTCOMES_KEYS = new Set(['medianAnnualEarnings', 'source', 'year']);

/**
 * Checks the v2 fields of one credential object.
 * @param value - the credential object
 * @param path - its JSON path
 * @param ids - its own id (when well formed), named in faults
 * @returns the aliases and `renewal.by` ids found, with their paths
 */
export function checkCredentialV2(
  value: Record<string, unknown>,
  path: string,
  ids: string[],
  faults: FaultList,
): CredentialV2Facts {
  checkEnum(value, 'pace', path, PACES, faults, ids);
  checkStarts(value, path, ids, faults);
  if ('retired' in value && typeof value.retired !== 'boolean') {
    const got = typeName(value.retired);
    const message = `"retired" must be a boolean, got ${got}`;
    faults.add('WRONG_TYPE', childPath(path, 'retired'), message, ids);
  }
  const aliases = checkStrings(value, 'aliases', path, ids, faults, (alias, at) => {
    if (ALIAS_PATTERN.test(alias)) return true;
    const message = 'an alias is 1-2000 characters without spaces or control characters';
    faults.add('BAD_VALUE', at, message, ids);
    return false;
  });
  const renewalBy = checkRenewal(value, path, ids, faults);
  checkOutcomes(value, path, ids, faults);
  const recognitions = checkStrings(value, 'recognizedBy', path, ids, faults, (text, at) => {
    if (RECOGNITION_PATTERN.test(text)) return true;
    const message = `a recognition is "scheme:value" (such as "country:de"), got "${text}"`;
    faults.add('BAD_VALUE', at, message, ids);
    return false;
  });
  checkRepeated(recognitions, ids, faults, 'BAD_VALUE');
  checkFixedPace(value, path, ids, faults);
  return { aliases, renewalBy };
}

/** `starts`: a non-empty list of real days, once each. */
function checkStarts(
  value: Record<string, unknown>,
  path: string,
  ids: string[],
  faults: FaultList,
): void {
  const days = checkStrings(value, 'starts', path, ids, faults, (day, at) => {
    if (parseStartDay(day) !== undefined) return true;
    const message = `a start day is a real date, "YYYY-MM-DD" once or "--MM-DD" every year (not --02-29), got "${day}"`;
    faults.add('BAD_VALUE', at, message, ids);
    return false;
  });
  if (Array.isArray(value.starts) && value.starts.length === 0) {
    const message = '"starts" must list at least one day (leave it out for any day)';
    faults.add('BAD_VALUE', childPath(path, 'starts'), message, ids);
  }
  checkRepeated(days, ids, faults, 'BAD_VALUE');
}

/** Rule 4: a fixed credential with effort runs for some weeks. */
function checkFixedPace(
  value: Record<string, unknown>,
  path: string,
  ids: string[],
  faults: FaultList,
): void {
  const { pace, effortHours, durationWeeks } = value;
  if (pace !== 'fixed' || typeof effortHours !== 'number' || !(effortHours > 0)) return;
  if (durationWeeks !== 0) return; // other bad values are reported by the number checks
  faults.add(
    'BAD_NUMBER',
    childPath(path, 'durationWeeks'),
    `a fixed-pace credential with effortHours > 0 needs durationWeeks > 0 (its hours are spread over them)`,
    ids,
  );
}

/** `renewal`: `{ cost, effortHours?, by? }`, only with validityMonths, never renewed by itself. */
function checkRenewal(
  value: Record<string, unknown>,
  path: string,
  ids: string[],
  faults: FaultList,
): Located[] {
  if (!('renewal' in value)) return [];
  const at = childPath(path, 'renewal');
  const renewal = value.renewal;
  if (!isObject(renewal)) {
    faults.add('WRONG_TYPE', at, `"renewal" must be an object, got ${typeName(renewal)}`, ids);
    return [];
  }
  if (!('validityMonths' in value)) {
    const message = '"renewal" needs "validityMonths" (a holding that never lapses is not renewed)';
    faults.add('MISSING_FIELD', childPath(path, 'validityMonths'), message, ids);
  }
  checkKeys(renewal, at, ['cost'], RENEWAL_KEYS, faults, ids);
  checkNumber(renewal, 'cost', at, faults, {}, ids);
  checkNumber(renewal, 'effortHours', at, faults, {}, ids);
  if (!('by' in renewal)) return [];
  const byPath = childPath(at, 'by');
  if (!Array.isArray(renewal.by)) {
    faults.add(
      'WRONG_TYPE',
      byPath,
      `"by" must be an array of credential ids, got ${typeName(renewal.by)}`,
      ids,
    );
    return [];
  }
  const by: Located[] = [];
  renewal.by.forEach((item, i) => {
    const itemPath = childPath(byPath, i);
    const id = checkId(item, itemPath, faults);
    if (id === undefined) return;
    if (ids[0] === id) {
      faults.add('BAD_VALUE', itemPath, `a credential cannot be renewed by earning itself`, [id]);
      return;
    }
    by.push({ value: id, path: itemPath });
  });
  checkRepeated(by, ids, faults, 'DUPLICATE_ID');
  return by;
}

/** `outcomes`: `{ medianAnnualEarnings, source, year }`, all three as published. */
function checkOutcomes(
  value: Record<string, unknown>,
  path: string,
  ids: string[],
  faults: FaultList,
): void {
  if (!('outcomes' in value)) return;
  const at = childPath(path, 'outcomes');
  const outcomes = value.outcomes;
  if (!isObject(outcomes)) {
    faults.add('WRONG_TYPE', at, `"outcomes" must be an object, got ${typeName(outcomes)}`, ids);
    return;
  }
  checkKeys(outcomes, at, [...OUTCOMES_KEYS], OUTCOMES_KEYS, faults, ids);
  checkNumber(outcomes, 'medianAnnualEarnings', at, faults, {}, ids);
  checkString(outcomes, 'source', at, faults, { nonEmpty: true }, ids);
  checkNumber(outcomes, 'year', at, faults, { integer: true, min: 1000, max: 9999 }, ids);
}

/**
 * Checks an optional array of strings; `accept` judges (and reports) each string.
 * @returns the accepted strings with their paths
 */
function checkStrings(
  value: Record<string, unknown>,
  key: string,
  path: string,
  ids: string[],
  faults: FaultList,
  accept: (text: string, at: string) => boolean,
): Located[] {
  if (!(key in value)) return [];
  const at = childPath(path, key);
  const list = value[key];
  if (!Array.isArray(list)) {
    faults.add(
      'WRONG_TYPE',
      at,
      `"${key}" must be an array of strings, got ${typeName(list)}`,
      ids,
    );
    return [];
  }
  const found: Located[] = [];
  list.forEach((item, i) => {
    const itemPath = childPath(at, i);
    if (typeof item !== 'string') {
      faults.add(
        'WRONG_TYPE',
        itemPath,
        `each of "${key}" must be a string, got ${typeName(item)}`,
        ids,
      );
    } else if (accept(item, itemPath)) found.push({ value: item, path: itemPath });
  });
  return found;
}

/** Reports a string listed twice in one list, at its later place. */
function checkRepeated(
  items: readonly Located[],
  ids: string[],
  faults: FaultList,
  code: 'DUPLICATE_ID' | 'BAD_VALUE',
): void {
  const first = new Map<string, string>();
  for (const item of items) {
    const earlier = first.get(item.value);
    if (earlier === undefined) first.set(item.value, item.path);
    else
      faults.add(code, item.path, `"${item.value}" is listed twice (first at ${earlier})`, [
        ...ids,
        item.value,
      ]);
  }
}

/**
 * Field-level checks shared by the provider and credential checks: required, unknown, typed fields.
 */
import type { FaultList } from './faults.js';
import { childPath } from './faults.js';

/** The id rule of catalog-v1 (catalog-v1.md "Credential"): 1-200 chars of `A-Z a-z 0-9 . _ : / -`. */
export const ID_PATTERN = /^[A-Za-z0-9._:/-]{1,200}$/;

/** @returns true when the value is a plain JSON object */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @returns a short name of a JSON value's type for messages */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Reports missing required fields and unknown ones (anything not listed and not `x-…`).
 */
export function checkKeys(
  obj: Record<string, unknown>,
  path: string,
  required: readonly string[],
  allowed: ReadonlySet<string>,
  faults: FaultList,
  ids: string[] = [],
): void {
  for (const key of required) {
    if (!(key in obj))
      faults.add('MISSING_FIELD', childPath(path, key), `missing required field "${key}"`, ids);
  }
  for (const key of Object.keys(obj)) {
    if (!allowed.has(key) && !key.startsWith('x-')) {
      faults.add(
        'UNKNOWN_FIELD',
        childPath(path, key),
        `unknown field "${key}" (extensions must start with "x-")`,
        ids,
      );
    }
  }
}

/** Checks an id value; @returns the id when it is well formed */
export function checkId(value: unknown, path: string, faults: FaultList): string | undefined {
  if (typeof value !== 'string') {
    faults.add('WRONG_TYPE', path, `id must be a string, got ${typeName(value)}`);
    return undefined;
  }
  if (!ID_PATTERN.test(value)) {
    faults.add('BAD_ID', path, 'id must be 1-200 characters of A-Z a-z 0-9 . _ : / -', [value]);
    return undefined;
  }
  return value;
}

/** Checks an optional or required non-empty string field. */
export function checkString(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  faults: FaultList,
  options: { nonEmpty?: boolean } = {},
  ids: string[] = [],
): void {
  if (!(key in obj)) return;
  const value = obj[key];
  if (typeof value === 'string' && !(options.nonEmpty && value.length === 0)) return;
  const at = childPath(path, key);
  if (typeof value !== 'string')
    faults.add('WRONG_TYPE', at, `"${key}" must be a string, got ${typeName(value)}`, ids);
  else faults.add('BAD_VALUE', at, `"${key}" must not be empty`, ids);
}

/** Checks an optional string field against a closed list of values. */
export function checkEnum(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  values: readonly string[],
  faults: FaultList,
  ids: string[] = [],
): void {
  if (!(key in obj)) return;
  const value = obj[key];
  if (typeof value === 'string' && values.includes(value)) return;
  const at = childPath(path, key);
  if (typeof value !== 'string')
    faults.add('WRONG_TYPE', at, `"${key}" must be a string, got ${typeName(value)}`, ids);
  else {
    faults.add(
      'BAD_VALUE',
      at,
      `"${key}" must be one of ${values.join(', ')}; got "${value}"`,
      ids,
    );
  }
}

/**
 * Checks a numeric field: a finite number, not negative, optionally an integer within bounds.
 */
export function checkNumber(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  faults: FaultList,
  options: { integer?: boolean; min?: number; max?: number } = {},
  ids: string[] = [],
): void {
  if (!(key in obj)) return;
  const value = obj[key];
  const min = options.min ?? 0;
  const fine =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    (options.max === undefined || value <= options.max) &&
    (!options.integer || Number.isInteger(value));
  if (fine) return;
  const at = childPath(path, key);
  if (typeof value !== 'number') {
    faults.add('WRONG_TYPE', at, `"${key}" must be a number, got ${typeName(value)}`, ids);
    return;
  }
  if (!Number.isFinite(value))
    faults.add('BAD_NUMBER', at, `"${key}" must be a finite number`, ids);
  else if (value < min)
    faults.add('BAD_NUMBER', at, `"${key}" must be at least ${min}, got ${value}`, ids);
  else if (options.max !== undefined && value > options.max) {
    faults.add('BAD_NUMBER', at, `"${key}" must be at most ${options.max}, got ${value}`, ids);
  } else if (options.integer && !Number.isInteger(value)) {
    faults.add('BAD_NUMBER', at, `"${key}" must be a whole number, got ${value}`, ids);
  }
}

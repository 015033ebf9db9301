/**
 * Field-level checks shared by the provider, credential and offer checks: required, unknown, typed
 * fields. Each reads the object at the fault list's cursor and formats a path only for a fault.
 */
import type { FaultList } from './faults.js';

/** The id rule of catalog-v1 (catalog-v1.md "Credential"): 1-200 chars of `A-Z a-z 0-9 . _ : / -`. */
export const ID_PATTERN = /^[A-Za-z0-9._:/-]{1,200}$/;

/** Bounds of a numeric field (the lower bound is 0 unless given). */
export interface NumberLimits {
  integer?: boolean;
  min?: number;
  max?: number;
}

const NO_LIMITS: NumberLimits = {};
const hasOwn = Object.prototype.hasOwnProperty;

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
 * @param owner - the entry's own id, named in faults
 */
export function checkKeys(
  obj: Record<string, unknown>,
  required: readonly string[],
  allowed: ReadonlySet<string>,
  faults: FaultList,
  owner?: string,
): void {
  for (let i = 0; i < required.length; i++) {
    const key = required[i]!;
    if (!(key in obj))
      faults.addFor('MISSING_FIELD', faults.at.path(key), `missing required field "${key}"`, owner);
  }
  // for-in over own keys visits them in Object.keys order without building the array.
  for (const key in obj) {
    if (!hasOwn.call(obj, key) || allowed.has(key) || key.startsWith('x-')) continue;
    faults.addFor(
      'UNKNOWN_FIELD',
      faults.at.path(key),
      `unknown field "${key}" (extensions must start with "x-")`,
      owner,
    );
  }
}

/**
 * Checks an id value at the cursor, or at its `key` below the cursor when given.
 * @returns the id when it is well formed
 */
export function checkId(
  value: unknown,
  faults: FaultList,
  key?: string | number,
): string | undefined {
  if (typeof value !== 'string') {
    const path = key === undefined ? faults.at.path() : faults.at.path(key);
    faults.add('WRONG_TYPE', path, `id must be a string, got ${typeName(value)}`);
    return undefined;
  }
  if (!ID_PATTERN.test(value)) {
    const path = key === undefined ? faults.at.path() : faults.at.path(key);
    faults.add('BAD_ID', path, 'id must be 1-200 characters of A-Z a-z 0-9 . _ : / -', [value]);
    return undefined;
  }
  return value;
}

/** Checks an optional string field (`nonEmpty`: the empty string is refused too). */
export function checkString(
  obj: Record<string, unknown>,
  key: string,
  faults: FaultList,
  nonEmpty: boolean,
  owner?: string,
): void {
  if (!(key in obj)) return;
  const value = obj[key];
  if (typeof value === 'string' && !(nonEmpty && value.length === 0)) return;
  const at = faults.at.path(key);
  if (typeof value !== 'string')
    faults.addFor('WRONG_TYPE', at, `"${key}" must be a string, got ${typeName(value)}`, owner);
  else faults.addFor('BAD_VALUE', at, `"${key}" must not be empty`, owner);
}

/** Checks an optional string field against a closed list of values. */
export function checkEnum(
  obj: Record<string, unknown>,
  key: string,
  values: readonly string[],
  faults: FaultList,
  owner?: string,
): void {
  if (!(key in obj)) return;
  const value = obj[key];
  if (typeof value === 'string' && values.includes(value)) return;
  const at = faults.at.path(key);
  if (typeof value !== 'string')
    faults.addFor('WRONG_TYPE', at, `"${key}" must be a string, got ${typeName(value)}`, owner);
  else {
    faults.addFor(
      'BAD_VALUE',
      at,
      `"${key}" must be one of ${values.join(', ')}; got "${value}"`,
      owner,
    );
  }
}

/**
 * Checks a numeric field: a finite number, not negative, optionally an integer within bounds.
 */
export function checkNumber(
  obj: Record<string, unknown>,
  key: string,
  faults: FaultList,
  limits: NumberLimits = NO_LIMITS,
  owner?: string,
): void {
  if (!(key in obj)) return;
  const value = obj[key];
  const min = limits.min ?? 0;
  const fine =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    (limits.max === undefined || value <= limits.max) &&
    (!limits.integer || Number.isInteger(value));
  if (fine) return;
  const at = faults.at.path(key);
  if (typeof value !== 'number') {
    faults.addFor('WRONG_TYPE', at, `"${key}" must be a number, got ${typeName(value)}`, owner);
    return;
  }
  if (!Number.isFinite(value))
    faults.addFor('BAD_NUMBER', at, `"${key}" must be a finite number`, owner);
  else if (value < min)
    faults.addFor('BAD_NUMBER', at, `"${key}" must be at least ${min}, got ${value}`, owner);
  else if (limits.max !== undefined && value > limits.max) {
    faults.addFor('BAD_NUMBER', at, `"${key}" must be at most ${limits.max}, got ${value}`, owner);
  } else if (limits.integer && !Number.isInteger(value)) {
    faults.addFor('BAD_NUMBER', at, `"${key}" must be a whole number, got ${value}`, owner);
  }
}

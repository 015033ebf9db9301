/**
 * Shape checks of the catalog document, its providers and its credentials (the JSON Schema's part
 * of catalog-v1 and v2, written out so each fault gets a precise code and path rather than a `oneOf`
 * verdict). The v2 credential fields are checked in check-credential-v2.ts.
 */
import type { CatalogFormat } from '../model/types.js';
import {
  CATALOG_FORMAT,
  CATALOG_FORMAT_V2,
  CATALOG_FORMATS,
  CREDENTIAL_FIELDS,
  CREDENTIAL_FIELDS_V2,
  CREDENTIAL_KINDS,
  PROVIDER_FIELDS,
  PROVIDER_KINDS,
} from '../model/types.js';
import type { FaultList } from './faults.js';
import {
  checkEnum,
  checkId,
  checkKeys,
  checkNumber,
  checkString,
  isObject,
  typeName,
} from './check-fields.js';
import type { RequirementWalker } from './check-requirement.js';
import { checkCredentialV2 } from './check-credential-v2.js';

const CATALOG_KEYS = new Set(['format', 'currency', 'providers', 'credentials']);
const CATALOG_KEYS_V2 = new Set([...CATALOG_KEYS, 'offers']);
const PROVIDER_KEYS: ReadonlySet<string> = new Set(PROVIDER_FIELDS);
const CREDENTIAL_KEYS: ReadonlySet<string> = new Set(CREDENTIAL_FIELDS);
const CREDENTIAL_KEYS_V2: ReadonlySet<string> = new Set(CREDENTIAL_FIELDS_V2);

/**
 * What the entry checks learned, for the catalog-wide checks: one slot per entry of the list, kept
 * in columns (no object per entry). Everything else they need is read again from the entries.
 */
export interface EntryTable {
  /** Each entry's id, when the id itself is valid. */
  ids: (string | undefined)[];
  /** Each entry's provider id, when valid. */
  providers: (string | undefined)[];
  /** Each credential's finite `credits` (0 when absent or bad; unused for offers). */
  credits: Float64Array;
}

/** @returns an empty table for `n` entries */
export function entryTable(n: number): EntryTable {
  return {
    ids: new Array<string | undefined>(n).fill(undefined),
    providers: new Array<string | undefined>(n).fill(undefined),
    credits: new Float64Array(n),
  };
}

/** The top level as far as it is well formed. */
export interface TopLevel {
  /** The format the rest is read by: v2 when it says so, else v1 (also when `format` is wrong). */
  format: CatalogFormat;
  providers: unknown[];
  credentials: unknown[];
  /** v2 only; empty where absent or malformed. */
  offers: unknown[];
}

/**
 * Checks the top level; @returns the format and the entry arrays (empty where malformed).
 */
export function checkTopLevel(input: unknown, faults: FaultList): TopLevel | undefined {
  if (!isObject(input)) {
    faults.add('WRONG_TYPE', '', `a catalog must be a JSON object, got ${typeName(input)}`);
    return undefined;
  }
  const format = input.format === CATALOG_FORMAT_V2 ? CATALOG_FORMAT_V2 : CATALOG_FORMAT;
  const keys = format === CATALOG_FORMAT_V2 ? CATALOG_KEYS_V2 : CATALOG_KEYS;
  checkKeys(input, ['format', 'credentials'], keys, faults);
  if ('format' in input && !(CATALOG_FORMATS as readonly unknown[]).includes(input.format)) {
    faults.add(
      'BAD_FORMAT',
      'format',
      `format must be ${CATALOG_FORMATS.map((f) => `"${f}"`).join(' or ')}, got ${JSON.stringify(input.format)}`,
    );
  }
  if (
    'currency' in input &&
    (typeof input.currency !== 'string' || !/^[A-Z]{3}$/.test(input.currency))
  ) {
    faults.add(
      'BAD_VALUE',
      'currency',
      'currency must be a three-letter ISO 4217 code such as "USD"',
    );
  }
  const list = (key: 'providers' | 'credentials' | 'offers'): unknown[] => {
    if (!(key in input) || !keys.has(key)) return [];
    if (Array.isArray(input[key])) return input[key];
    faults.add('WRONG_TYPE', key, `"${key}" must be an array, got ${typeName(input[key])}`);
    return [];
  };
  return {
    format,
    providers: list('providers'),
    credentials: list('credentials'),
    offers: list('offers'),
  };
}

const NON_EMPTY = true;
const LEVEL = { integer: true, min: 1, max: 8 };
const MONTHS = { integer: true, min: 1 };
const FIGURES = ['cost', 'durationWeeks', 'effortHours', 'credits'];

/**
 * Checks the provider at the cursor (`providers[index]`).
 * @returns its id, when valid
 */
export function checkProvider(value: unknown, faults: FaultList): string | undefined {
  if (!isObject(value)) {
    faults.add(
      'WRONG_TYPE',
      faults.at.path(),
      `a provider must be an object, got ${typeName(value)}`,
    );
    return undefined;
  }
  const id = 'id' in value ? checkId(value.id, faults, 'id') : undefined;
  checkKeys(value, ['id', 'name'], PROVIDER_KEYS, faults, id);
  checkString(value, 'name', faults, NON_EMPTY, id);
  checkEnum(value, 'kind', PROVIDER_KINDS, faults, id);
  checkString(value, 'url', faults, false, id);
  return id;
}

/**
 * Checks the credential at the cursor (`credentials[index]`), its numbers and its requirement tree
 * (and its v2 fields in v2), and fills its slot of `table`.
 */
export function checkCredential(
  value: unknown,
  index: number,
  format: CatalogFormat,
  table: EntryTable,
  walker: RequirementWalker,
  faults: FaultList,
): void {
  if (!isObject(value)) {
    const message = `a credential must be an object, got ${typeName(value)}`;
    faults.add('WRONG_TYPE', faults.at.path(), message);
    return;
  }
  const id = 'id' in value ? checkId(value.id, faults, 'id') : undefined;
  const v2 = format === CATALOG_FORMAT_V2;
  checkKeys(
    value,
    ['id', 'name', 'kind', 'cost', 'durationWeeks'],
    v2 ? CREDENTIAL_KEYS_V2 : CREDENTIAL_KEYS,
    faults,
    id,
  );
  checkString(value, 'name', faults, NON_EMPTY, id);
  checkEnum(value, 'kind', CREDENTIAL_KINDS, faults, id);
  for (let k = 0; k < FIGURES.length; k++) checkNumber(value, FIGURES[k]!, faults, undefined, id);
  checkNumber(value, 'level', faults, LEVEL, id);
  checkNumber(value, 'validityMonths', faults, MONTHS, id);
  checkString(value, 'url', faults, false, id);
  checkString(value, 'description', faults, false, id);
  checkSkills(value, faults, id);
  if ('provider' in value) table.providers[index] = checkId(value.provider, faults, 'provider');
  if ('requires' in value) {
    faults.at.push('requires');
    walker.walk(value.requires, id, undefined);
    faults.at.pop();
  }
  if (typeof value.credits === 'number' && Number.isFinite(value.credits))
    table.credits[index] = value.credits;
  if (v2) checkCredentialV2(value, id, faults);
  table.ids[index] = id;
}

function checkSkills(
  value: Record<string, unknown>,
  faults: FaultList,
  owner: string | undefined,
): void {
  if (!('skills' in value)) return;
  const skills = value.skills;
  if (!Array.isArray(skills)) {
    const message = `"skills" must be an array of strings, got ${typeName(skills)}`;
    faults.addFor('WRONG_TYPE', faults.at.path('skills'), message, owner);
    return;
  }
  for (let i = 0; i < skills.length; i++) {
    const skill: unknown = skills[i];
    if (typeof skill === 'string' && skill.length > 0) continue;
    const message = 'a skill must be a non-empty string';
    faults.addFor('WRONG_TYPE', faults.at.path('skills', i), message, owner);
  }
}

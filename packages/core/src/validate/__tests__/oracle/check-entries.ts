/**
 * Shape checks of the catalog document, its providers and its credentials (the JSON Schema's part
 * of catalog-v1 and v2, written out so each fault gets a precise code and path rather than a `oneOf`
 * verdict). The v2 credential fields are checked in check-credential-v2.ts.
 */
import type { CatalogFormat } from '../../../model/types.js';
import {
  CATALOG_FORMAT,
  CATALOG_FORMAT_V2,
  CATALOG_FORMATS,
  CREDENTIAL_FIELDS,
  CREDENTIAL_FIELDS_V2,
  CREDENTIAL_KINDS,
  PROVIDER_FIELDS,
  PROVIDER_KINDS,
} from '../../../model/types.js';
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
import type { RequirementFacts } from './check-requirement.js';
import { checkRequirement } from './check-requirement.js';
import type { CredentialV2Facts } from './check-credential-v2.js';
import { checkCredentialV2 } from './check-credential-v2.js';

const CATALOG_KEYS = new Set(['format', 'currency', 'providers', 'credentials']);
const CATALOG_KEYS_V2 = new Set([...CATALOG_KEYS, 'offers']);
const PROVIDER_KEYS: ReadonlySet<string> = new Set(PROVIDER_FIELDS);
const CREDENTIAL_KEYS: ReadonlySet<string> = new Set(CREDENTIAL_FIELDS);
const CREDENTIAL_KEYS_V2: ReadonlySet<string> = new Set(CREDENTIAL_FIELDS_V2);

/** A well-formed-enough entry: its index, path and id (when the id itself is valid). */
export interface EntryFacts {
  index: number;
  path: string;
  id: string | undefined;
}

/** What the credential checks learned, for the catalog-wide checks. */
export interface CredentialFacts extends EntryFacts {
  provider: string | undefined;
  credits: number;
  requires: RequirementFacts | undefined;
  /** What the v2 fields name (empty in a v1 document). */
  v2: CredentialV2Facts;
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
  checkKeys(input, '', ['format', 'credentials'], keys, faults);
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

/** Checks one provider entry. */
export function checkProvider(value: unknown, index: number, faults: FaultList): EntryFacts {
  const path = childPath('providers', index);
  if (!isObject(value)) {
    faults.add('WRONG_TYPE', path, `a provider must be an object, got ${typeName(value)}`);
    return { index, path, id: undefined };
  }
  const id = 'id' in value ? checkId(value.id, childPath(path, 'id'), faults) : undefined;
  const ids = id ? [id] : [];
  checkKeys(value, path, ['id', 'name'], PROVIDER_KEYS, faults, ids);
  checkString(value, 'name', path, faults, { nonEmpty: true }, ids);
  checkEnum(value, 'kind', path, PROVIDER_KINDS, faults, ids);
  checkString(value, 'url', path, faults, {}, ids);
  return { index, path, id };
}

/** Checks one credential entry, its numbers and its requirement tree (and its v2 fields in v2). */
export function checkCredential(
  value: unknown,
  index: number,
  format: CatalogFormat,
  faults: FaultList,
): CredentialFacts {
  const path = childPath('credentials', index);
  if (!isObject(value)) {
    faults.add('WRONG_TYPE', path, `a credential must be an object, got ${typeName(value)}`);
    return {
      index,
      path,
      id: undefined,
      provider: undefined,
      credits: 0,
      requires: undefined,
      v2: NO_V2_FACTS,
    };
  }
  const id = 'id' in value ? checkId(value.id, childPath(path, 'id'), faults) : undefined;
  const ids = id ? [id] : [];
  const v2 = format === CATALOG_FORMAT_V2;
  checkKeys(
    value,
    path,
    ['id', 'name', 'kind', 'cost', 'durationWeeks'],
    v2 ? CREDENTIAL_KEYS_V2 : CREDENTIAL_KEYS,
    faults,
    ids,
  );
  checkString(value, 'name', path, faults, { nonEmpty: true }, ids);
  checkEnum(value, 'kind', path, CREDENTIAL_KINDS, faults, ids);
  for (const key of ['cost', 'durationWeeks', 'effortHours', 'credits'])
    checkNumber(value, key, path, faults, {}, ids);
  checkNumber(value, 'level', path, faults, { integer: true, min: 1, max: 8 }, ids);
  checkNumber(value, 'validityMonths', path, faults, { integer: true, min: 1 }, ids);
  checkString(value, 'url', path, faults, {}, ids);
  checkString(value, 'description', path, faults, {}, ids);
  checkSkills(value, path, faults, ids);
  const provider =
    'provider' in value ? checkId(value.provider, childPath(path, 'provider'), faults) : undefined;
  const requires =
    'requires' in value
      ? checkRequirement(value.requires, childPath(path, 'requires'), ids, faults)
      : undefined;
  const credits =
    typeof value.credits === 'number' && Number.isFinite(value.credits) ? value.credits : 0;
  const v2Facts = v2 ? checkCredentialV2(value, path, ids, faults) : NO_V2_FACTS;
  return { index, path, id, provider, credits, requires, v2: v2Facts };
}

const NO_V2_FACTS: CredentialV2Facts = { aliases: [], renewalBy: [] };

function checkSkills(
  value: Record<string, unknown>,
  path: string,
  faults: FaultList,
  ids: string[],
): void {
  if (!('skills' in value)) return;
  const at = childPath(path, 'skills');
  if (!Array.isArray(value.skills)) {
    faults.add(
      'WRONG_TYPE',
      at,
      `"skills" must be an array of strings, got ${typeName(value.skills)}`,
      ids,
    );
    return;
  }
  value.skills.forEach((skill, i) => {
    if (typeof skill !== 'string' || skill.length === 0) {
      faults.add('WRONG_TYPE', childPath(at, i), 'a skill must be a non-empty string', ids);
    }
  });
}

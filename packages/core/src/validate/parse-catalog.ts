/**
 * Entry points that turn untrusted input into a valid Catalog or a CatalogInvalidError listing
 * every fault (catalog-v1.md "Rules a valid catalog keeps").
 */
import type { Catalog } from '../model/types.js';
import type { CatalogFault } from '../errors.js';
import { CatalogInvalidError } from '../errors.js';
import { FaultList } from './faults.js';
import { checkCredential, checkProvider, checkTopLevel } from './check-entries.js';
import { checkReferences, checkUniqueIds } from './check-references.js';
import { checkCycles } from './check-cycles.js';

/** The outcome of validating: the catalog, or every fault found. */
export type ValidationResult =
  { ok: true; catalog: Catalog } | { ok: false; faults: CatalogFault[] };

/**
 * Checks a parsed JSON value against every rule of catalog-v1 and collects all faults.
 * @param input - any JSON value
 * @returns the catalog when valid, else every fault with its JSON path
 */
export function validateCatalog(input: unknown): ValidationResult {
  const faults = new FaultList();
  const top = checkTopLevel(input, faults);
  if (top) {
    const providers = top.providers.map((p, i) => checkProvider(p, i, faults));
    const credentials = top.credentials.map((c, i) => checkCredential(c, i, faults));
    const providerIds = new Set(checkUniqueIds(providers, 'provider', faults).keys());
    const credentialIndex = checkUniqueIds(credentials, 'credential', faults);
    checkReferences(credentials, credentialIndex, providerIds, faults);
    checkCycles(credentials, credentialIndex, faults);
  }
  if (faults.faults.length > 0) return { ok: false, faults: faults.faults };
  return { ok: true, catalog: input as Catalog };
}

/**
 * @param input - any JSON value
 * @returns the valid catalog
 * @throws CatalogInvalidError with every fault when it is not valid
 */
export function parseCatalog(input: unknown): Catalog {
  const result = validateCatalog(input);
  if (!result.ok) throw new CatalogInvalidError(result.faults);
  return result.catalog;
}

/**
 * Parses catalog JSON text; text that is not JSON is a `NOT_JSON` fault.
 * @throws CatalogInvalidError
 */
export function parseCatalogJson(text: string): Catalog {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CatalogInvalidError([
      { code: 'NOT_JSON', path: '', message: `not JSON: ${(error as Error).message}`, ids: [] },
    ]);
  }
  return parseCatalog(value);
}

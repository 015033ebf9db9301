/**
 * TEST ORACLE ONLY: a frozen copy of the validator as it was before it was made allocation-free
 * (main at a13a20c), kept so validate-oracle.property.test.ts can prove the new one reports exactly
 * the same faults. Never imported by src. The header of the original follows.
 *
 * Entry points that turn untrusted input into a valid Catalog or a CatalogInvalidError listing
 * every fault (catalog-v1.md "Rules a valid catalog keeps", catalog-v2.md "Rules a valid v2 catalog
 * keeps, beyond v1"). A v1 document is read by v1's rules (plus the finite-sums and depth rules).
 */
import type { Catalog } from '../../../model/types.js';
import type { CatalogFault } from '../../../errors.js';
import { CatalogInvalidError } from '../../../errors.js';
import { FaultList } from './faults.js';
import { checkCredential, checkProvider, checkTopLevel } from './check-entries.js';
import { checkReferences, checkUniqueIds } from './check-references.js';
import { checkCycles } from './check-cycles.js';
import { checkOffer } from './check-offer.js';
import { checkNamespace } from './check-namespace.js';
import { checkSums } from './check-sums.js';
import { CATALOG_FORMAT_V2 } from '../../../model/types.js';

/** The outcome of validating: the catalog, or every fault found. */
export type ValidationResult =
  { ok: true; catalog: Catalog } | { ok: false; faults: CatalogFault[] };

/**
 * Checks a parsed JSON value against every rule of its format (v1 or v2) and collects all faults.
 * @param input - any JSON value
 * @returns the catalog when valid, else every fault with its JSON path
 */
export function validateCatalog(input: unknown): ValidationResult {
  const faults = new FaultList();
  const top = checkTopLevel(input, faults);
  if (top) {
    const providers = top.providers.map((p, i) => checkProvider(p, i, faults));
    const credentials = top.credentials.map((c, i) => checkCredential(c, i, top.format, faults));
    const offers = top.offers.map((o, i) => checkOffer(o, i, faults));
    const providerIds = new Set(checkUniqueIds(providers, 'provider', faults).keys());
    const credentialIndex = checkUniqueIds(credentials, 'credential', faults);
    const aliases = checkNamespace(credentials, credentialIndex, offers, faults);
    checkReferences(credentials, credentialIndex, providerIds, offers, aliases, faults);
    checkCycles(credentials, credentialIndex, faults);
    checkSums(top.credentials, top.offers, top.format === CATALOG_FORMAT_V2, faults);
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

/**
 * Entry points that turn untrusted input into a valid Catalog or a CatalogInvalidError listing
 * every fault (catalog-v1.md "Rules a valid catalog keeps", catalog-v2.md "Rules a valid v2 catalog
 * keeps, beyond v1"). A v1 document is read by v1's rules (plus the finite-sums and depth rules).
 */
import type { Catalog } from '../model/types.js';
import type { CatalogFault } from '../errors.js';
import { CatalogInvalidError } from '../errors.js';
import { FaultList } from './faults.js';
import type { EntryTable } from './check-entries.js';
import { checkCredential, checkProvider, checkTopLevel, entryTable } from './check-entries.js';
import { checkReferences, checkUniqueIds } from './check-references.js';
import { RequirementWalker } from './check-requirement.js';
import { RequiresGraph, checkCycles } from './check-cycles.js';
import { checkOffer } from './check-offer.js';
import { checkNamespace } from './check-namespace.js';
import { checkSums } from './check-sums.js';
import { CATALOG_FORMAT_V2 } from '../model/types.js';

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
    const v2 = top.format === CATALOG_FORMAT_V2;
    const walker = new RequirementWalker(faults);
    const at = faults.at;
    const providerIds: (string | undefined)[] = new Array<string | undefined>(
      top.providers.length,
    ).fill(undefined);
    at.push('providers');
    for (let i = 0; i < top.providers.length; i++) {
      at.push(i);
      providerIds[i] = checkProvider(top.providers[i], faults);
      at.pop();
    }
    at.pop();
    const credentials = entryTable(top.credentials.length);
    at.push('credentials');
    for (let i = 0; i < top.credentials.length; i++) {
      at.push(i);
      checkCredential(top.credentials[i], i, top.format, credentials, walker, faults);
      at.pop();
    }
    at.pop();
    const offers: EntryTable = entryTable(top.offers.length);
    at.push('offers');
    for (let i = 0; i < top.offers.length; i++) {
      at.push(i);
      checkOffer(top.offers[i], i, offers, walker, faults);
      at.pop();
    }
    at.pop();
    const providerSet = new Set(
      checkUniqueIds(providerIds, 'providers', 'provider', faults).keys(),
    );
    const credentialIndex = checkUniqueIds(credentials.ids, 'credentials', 'credential', faults);
    const aliases = checkNamespace(
      top.credentials,
      credentialIndex,
      credentials.ids,
      offers.ids,
      v2,
      faults,
    );
    const credits = credentials.credits;
    const creditsAt = (index: number): number => credits[index]!;
    const known = { credentialIndex, creditsAt, providerIds: providerSet, aliases };
    const graph = new RequiresGraph(top.credentials.length);
    checkReferences(
      top.credentials,
      top.offers,
      credentials,
      offers,
      v2,
      known,
      walker,
      graph,
      faults,
    );
    checkCycles(graph, credentials.ids, faults);
    checkSums(top.credentials, top.offers, v2, faults);
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

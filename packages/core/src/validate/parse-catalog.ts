/**
 * Entry points that turn untrusted input into a valid Catalog or a CatalogInvalidError listing
 * every fault (catalog-v1.md "Rules a valid catalog keeps", catalog-v2.md "Rules a valid v2 catalog
 * keeps, beyond v1"). A v1 document is read by v1's rules (plus the finite-sums and depth rules).
 */
import type { Catalog, Credential } from '../model/types.js';
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
import { SumCheck } from './check-sums.js';
import { isObject } from './check-fields.js';
import { CATALOG_FORMAT_V2 } from '../model/types.js';

/** The outcome of validating: the catalog, or every fault found. */
export type ValidationResult =
  { ok: true; catalog: Catalog } | { ok: false; faults: CatalogFault[] };

/** Options of `validateCatalog`. */
export interface ValidateOptions {
  /**
   * Told each credential of a catalog that is valid so far, in order, after all its checks but the
   * catalog-wide ones (cycles, sums), with the ids of every credential: a caller compiles it there
   * instead of reading every credential again. Its result stands only if validation succeeds.
   */
  each?: (credential: Credential, index: number, ids: readonly string[]) => void;
}

/**
 * Checks a parsed JSON value against every rule of its format (v1 or v2) and collects all faults.
 * Reads each credential entry twice (its own checks, then its references once every id is known),
 * and keeps none: a catalog whose credentials are decoded at each read (lazy-credentials.ts) is
 * validated holding one at a time.
 * @param input - any JSON value
 * @param options - `each`: told each credential of a catalog valid so far
 * @returns the catalog when valid, else every fault with its JSON path
 */
export function validateCatalog(input: unknown, options: ValidateOptions = {}): ValidationResult {
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
    // Reported last, as the catalog-wide rule it is, but added up while each entry is at hand.
    const sumFaults = new FaultList();
    const sums = new SumCheck(v2, sumFaults);
    const aliasLists = new Map<number, readonly unknown[]>();
    const credentials = entryTable(top.credentials.length);
    at.push('credentials');
    for (let i = 0; i < top.credentials.length; i++) {
      const c: unknown = top.credentials[i];
      at.push(i);
      checkCredential(c, i, top.format, credentials, walker, faults);
      at.pop();
      sums.entry(c, 'credentials', i);
      if (v2 && isObject(c) && Array.isArray(c.aliases)) aliasLists.set(i, c.aliases);
    }
    at.pop();
    const offers: EntryTable = entryTable(top.offers.length);
    at.push('offers');
    for (let i = 0; i < top.offers.length; i++) {
      at.push(i);
      checkOffer(top.offers[i], i, offers, walker, faults);
      at.pop();
      sums.entry(top.offers[i], 'offers', i);
    }
    at.pop();
    const providerSet = new Set(
      checkUniqueIds(providerIds, 'providers', 'provider', faults).keys(),
    );
    const credentialIndex = checkUniqueIds(credentials.ids, 'credentials', 'credential', faults);
    const aliases = checkNamespace(
      aliasLists,
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
    const each = options.each;
    // Without a fault, every entry is a credential with a valid id.
    const ids = credentials.ids as readonly string[];
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
      each &&
        ((c, i) => {
          if (faults.faults.length === 0) each(c as unknown as Credential, i, ids);
        }),
    );
    checkCycles(graph, credentials.ids, faults);
    for (const fault of sumFaults.faults) faults.faults.push(fault);
  }
  if (faults.faults.length > 0) return { ok: false, faults: faults.faults };
  return { ok: true, catalog: input as Catalog };
}

/**
 * @param input - any JSON value
 * @param options - `each`: told each credential of a catalog valid so far (validateCatalog)
 * @returns the valid catalog
 * @throws CatalogInvalidError with every fault when it is not valid
 */
export function parseCatalog(input: unknown, options: ValidateOptions = {}): Catalog {
  const result = validateCatalog(input, options);
  if (!result.ok) throw new CatalogInvalidError(result.faults);
  return result.catalog;
}

/**
 * Parses catalog JSON text; text that is not JSON is a `NOT_JSON` fault.
 * @param options - `each`: told each credential of a catalog valid so far (validateCatalog)
 * @throws CatalogInvalidError
 */
export function parseCatalogJson(text: string, options: ValidateOptions = {}): Catalog {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CatalogInvalidError([
      { code: 'NOT_JSON', path: '', message: `not JSON: ${(error as Error).message}`, ids: [] },
    ]);
  }
  return parseCatalog(value, options);
}

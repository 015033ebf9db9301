/**
 * The catalog a store is about to write, computed the same way by every store (the file store,
 * Neo4j): a new store's first catalog, and the catalog after a change (refused on a version mismatch,
 * validated against the previous catalog's ValidationBase, touching only what changed, or whole where
 * that does not apply: core's validateCatalogUpdate gives the same faults as validating whole). Stores
 * differ only in how they read and commit.
 */
import {
  CATALOG_FORMAT,
  CatalogInvalidError,
  PathwiseError,
  ValidationBase,
  applyCatalogChange,
  parseCatalog,
  validateCatalogUpdate,
  type Catalog,
  type CatalogChange,
  type CredentialLookups,
  type CredentialPositions,
  type RequiresRows,
} from '@pathwise/core';
import type { ApplyOptions, CatalogSnapshot } from './catalog-store.js';
import { refuseDuplicateIds, relocateFaults } from './change-faults.js';

/**
 * @param seed - the catalog a new store starts with; default: an empty catalog
 * @returns the validated catalog of version 1
 * @throws CatalogInvalidError listing every fault of the seed
 */
export function initialCatalog(seed: Catalog | undefined): Catalog {
  return parseCatalog(seed ?? { format: CATALOG_FORMAT, providers: [], credentials: [] });
}

/**
 * @param current - the store's catalog and version the change applies to
 * @param change - the change
 * @param options - `expectedVersion` for optimistic concurrency
 * @param given - each credential id's index in `current.catalog` and the ids each one's `requires`
 *   names, when the store has them (its compiled index): the first change after a load then builds
 *   no map of its own and walks no rule
 * @returns the validated catalog after the change (the store writes it as version + 1), or
 *   `current.catalog` itself when the change changes nothing (retiring what is retired already):
 *   the store then writes nothing and answers with the current version
 * @see unchanged
 * @throws PathwiseError CONFLICT when `expectedVersion` is not the current version
 * @throws PathwiseError FORBIDDEN / NOT_FOUND (core) when the change may not apply
 * @throws CatalogInvalidError DUPLICATE_ID when a publish sends one id twice; else every fault of
 *   the resulting catalog, with paths into what was sent (change-faults.ts)
 */
export function nextCatalog(
  current: CatalogSnapshot,
  change: CatalogChange,
  options: ApplyOptions,
  given?: GivenLookups,
): Catalog {
  if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
    throw new PathwiseError(
      'CONFLICT',
      `catalog is at version ${current.version}, not ${options.expectedVersion}`,
    );
  }
  refuseDuplicateIds(change);
  const base = baseOf(current.catalog, given);
  const result = applyCatalogChange(current.catalog, change, base.idIndex);
  if (result === current.catalog) return result;
  try {
    return validateNext(base, current.catalog, result);
  } catch (error) {
    throw error instanceof CatalogInvalidError ? relocateFaults(error, result, change) : error;
  }
}

/**
 * @param current - the snapshot a change applied to
 * @param next - what `nextCatalog` returned for it
 * @returns whether the change changed nothing, so that no new version is written
 */
export function unchanged(current: CatalogSnapshot, next: Catalog): boolean {
  return next === current.catalog;
}

/** What a store may know of its current catalog already (its compiled index's lookups). */
export interface GivenLookups {
  positions: CredentialPositions;
  requires?: RequiresRows;
  /** Its credentials' aliases, renewals and sums: with them a base reads no credential. */
  lookups?: CredentialLookups;
}

/** A valid change's catalog whose base is not moved on yet (it may be a dry run's, never kept). */
interface Pending {
  base: ValidationBase;
  from: Catalog;
  changed: number[];
}

/**
 * The ValidationBase of each store's current catalog (built on the first change after a load: one
 * pass over the catalog), handed on to the catalog of each valid change and moved on only when a
 * change to that catalog asks for it: a dry run (validateCatalogFile) leaves the store's base as it
 * was. Held weakly: a catalog a store no longer holds takes its base with it.
 */
const bases = new WeakMap<Catalog, ValidationBase | Pending>();

/**
 * @param catalog - a valid catalog
 * @param given - its ids' indices and `requires` rows, if known (used only when a base is built, and
 *   only when its first and last ids agree with the catalog: a lookup of another version is never
 *   trusted)
 * @returns the base describing `catalog`
 */
function baseOf(catalog: Catalog, given?: GivenLookups): ValidationBase {
  const held = bases.get(catalog);
  if (held instanceof ValidationBase) {
    if (held.catalog === catalog) return held;
  } else if (held !== undefined && held.base.catalog === held.from) {
    held.base.advance(catalog, held.changed);
    bases.set(catalog, held.base);
    return held.base;
  }
  const trusted = given !== undefined && agrees(catalog, given.positions) ? given : undefined;
  const base = new ValidationBase(catalog, trusted?.positions, trusted?.requires, trusted?.lookups);
  bases.set(catalog, base);
  return base;
}

/** @returns whether `positions` places the catalog's first and last credentials where they are */
function agrees(catalog: Catalog, positions: CredentialPositions | undefined): boolean {
  const cs = catalog.credentials;
  return (
    positions !== undefined &&
    (cs.length === 0 ||
      (positions.get(cs[0]!.id) === 0 && positions.get(cs[cs.length - 1]!.id) === cs.length - 1))
  );
}

/**
 * @param base - the base of `previous`
 * @param previous - the valid catalog the change applied to
 * @param next - the catalog after the change
 * @returns `next` when valid
 * @throws CatalogInvalidError with every fault of `next`, as whole validation gives them
 */
function validateNext(base: ValidationBase, previous: Catalog, next: Catalog): Catalog {
  const update = validateCatalogUpdate(base, next);
  if (update === undefined) return parseCatalog(next);
  if (!update.result.ok) throw new CatalogInvalidError(update.result.faults);
  bases.set(next, { base, from: previous, changed: update.changed });
  return next;
}

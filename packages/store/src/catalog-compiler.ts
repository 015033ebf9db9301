/**
 * How a store keeps a compiled form of its current catalog beside it (the engine's compact index,
 * `indexSnapshotCodec`): compiled once when a catalog is read whole, updated for each change, and
 * handed to the service with the snapshot (`CatalogSnapshot.compiled`), so that no reader compiles
 * it again. Its lookups are what `nextCatalog` takes as `given`: with them a store's first publish
 * after a load builds its validation base without reading every credential. Every store uses it the
 * same way (the file store, which also writes it beside each version, and Neo4j).
 */
import type {
  Catalog,
  CompileAsRead,
  CredentialLookups,
  CredentialPositions,
  RequiresRows,
} from '@pathwise/core';
import type { GivenLookups } from './next-catalog.js';

/** Compiles a catalog and follows its changes; the store does not know the compiled form's layout. */
export interface CatalogCompiler<T = unknown> {
  /** @returns the compiled form of a valid catalog */
  compile(catalog: Catalog): T;
  /**
   * Given every credential's id (the compiled form may keep the array), a compiler fed one
   * credential at a time, in order, whose `finish` equals `compile` of the catalog: a store's first
   * import compiles a huge catalog file as validation reads it. Without it, a store compiles the
   * catalog once validated.
   */
  builder?: CompileAsRead<T>;
  /**
   * @param previous - the compiled form of a catalog
   * @param catalog - that catalog after changes: same positions, `changed` ones replaced, new ones
   *   appended
   * @param changed - the positions below the previous catalog's length that changed (and maybe a
   *   few that did not: compiled again, they compile the same)
   * @returns the compiled form of `catalog`, as `compile` gives it; without it a store compiles
   */
  update?(previous: T, catalog: Catalog, changed: readonly number[]): T;
  /**
   * @returns each credential id's index in the catalog `compiled` was made from (the store's first
   *   publish after a load then builds no id map of its own); without it the store builds one
   */
  positions?(compiled: T): CredentialPositions;
  /**
   * @returns the ids each credential's `requires` names, as positions in compressed rows (with
   *   `positions`, the store's first re-publish after a load then walks no rule of the catalog)
   */
  requires?(compiled: T): RequiresRows;
  /**
   * @returns its credentials' aliases, renewals and figure sums (with `positions`, the store's first
   *   publish after a load then reads no credential it does not change, so a catalog decoded on
   *   demand stays so)
   */
  lookups?(compiled: T): CredentialLookups;
}

/**
 * @param compiler - the store's compiler
 * @param previous - the compiled form of the catalog before changes, if there is one
 * @param after - the catalog after them (untouched credentials the same objects)
 * @param changed - the positions that changed (replayChanges's or changedPositions's: maybe a few
 *   more, named by a change without changing)
 * @returns the compiled form of `after`: updated from `previous` when the compiler can, else compiled
 */
export function compiledAfter<T>(
  compiler: CatalogCompiler<T>,
  previous: T | undefined,
  after: Catalog,
  changed: readonly number[],
): T {
  return previous !== undefined && compiler.update
    ? compiler.update(previous, after, changed)
    : compiler.compile(after);
}

/**
 * @param compiler - the store's compiler, if it has one
 * @param compiled - the compiled form of the store's current catalog, if it has one
 * @returns what `nextCatalog` may take from it (undefined when the compiler gives no positions)
 */
export function givenLookups<T>(
  compiler: CatalogCompiler<T> | undefined,
  compiled: T | undefined,
): GivenLookups | undefined {
  if (compiler === undefined || compiled === undefined) return undefined;
  const positions = compiler.positions?.(compiled);
  if (positions === undefined) return undefined;
  return {
    positions,
    requires: compiler.requires?.(compiled),
    lookups: compiler.lookups?.(compiled),
  };
}

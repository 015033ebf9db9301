/**
 * The CatalogStore contract every store keeps (the embedded file store, Neo4j): versioned snapshots,
 * atomic changes validated whole, and a change log.
 */
import type { Catalog, CatalogChange } from '@pathwise/core';

/** A catalog at one version. Versions start at 1 and rise by one per applied change. */
export interface CatalogSnapshot {
  version: number;
  catalog: Catalog;
  /**
   * The catalog's compiled form, when the store keeps compiled snapshots (the file store with a
   * `snapshots` codec) and the one of this version was usable; what its codec's `compile` returns.
   */
  compiled?: unknown;
}

/** One applied change, as the log keeps it. */
export interface ChangeRecord {
  version: number;
  change: CatalogChange;
  /** ISO timestamp of when it was applied. */
  appliedAt: string;
}

/** Options of `apply`. */
export interface ApplyOptions {
  /** Refuse with CONFLICT unless the store is at this version (optimistic concurrency). */
  expectedVersion?: number;
}

/** Where a catalog lives. All methods are safe to call concurrently from one process. */
export interface CatalogStore {
  /** @returns the current catalog and its version */
  load(): Promise<CatalogSnapshot>;
  /** @returns the current version, cheaply (no catalog read) */
  currentVersion(): Promise<number>;
  /**
   * Applies a change atomically: the whole resulting catalog is validated, and either the new
   * version is stored in full or nothing changes. A change that changes nothing (retiring
   * credentials that are all retired already) stores no new version and answers the current one.
   * @throws CatalogInvalidError listing every fault of the resulting catalog
   * @throws PathwiseError FORBIDDEN / NOT_FOUND / CONFLICT / STORE_UNAVAILABLE
   */
  apply(change: CatalogChange, options?: ApplyOptions): Promise<CatalogSnapshot>;
  /** @returns the changes applied after `version`, oldest first */
  changesSince(version: number): Promise<ChangeRecord[]>;
  /** Releases connections and handles. */
  close(): Promise<void>;
}

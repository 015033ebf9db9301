/**
 * What crosses the thread boundary between the service and its planning workers: a plan query with
 * the catalog version it is for (engine's shared-catalog.ts: the JSON with each credential's span,
 * and the compiled snapshot, hours tables included, when the store has one; shared, not copied),
 * and back a plan or a PathwiseError as plain data (its `toJSON()`, rebuilt by core's `reviveError`
 * as the same class).
 */
import {
  PathwiseError,
  isSerialisedError,
  reviveError,
  type Catalog,
  type SerialisedError,
} from '@pathwise/core';
import { createHash } from 'node:crypto';
import {
  readSharedCatalog as readShared,
  shareCatalog as share,
  type CompactIndex,
  type Frontier,
  type Plan,
  type PlanQuery,
  type SharedCatalog,
  type SharedCatalogView,
} from '@pathwise/engine';

export type { SharedCatalog };

/** One plan to make in a worker. */
export interface PlanTask {
  /** Identifies the catalog version (store instance and version); a worker rebuilds when it changes. */
  key: string;
  /** The catalog version, shared. */
  catalog: SharedCatalog;
  query: PlanQuery;
  /** What to compute: a plan (the default) or the cost-time frontier. */
  op?: 'plan' | 'frontier';
  /**
   * One Int32 the service sets to 1 to cancel the plan (its request ended): the worker's planning
   * clock then jumps past every deadline, so the planner stops at its next clock check.
   */
  cancel?: SharedArrayBuffer;
}

/** An error as a worker reports it: a PathwiseError's own data, or the message of anything else. */
export type TaskError = SerialisedError | { message: string };

/**
 * What a worker answers; `ms` is the worker's time on the task, of which `compileMs` went to
 * compiling a catalog version the worker had not seen (absent: none).
 */
export type PlanTaskResult = (
  | { ok: true; plan: Plan; ms: number }
  | { ok: true; frontier: Frontier; ms: number }
  | { ok: false; error: TaskError; ms: number }
) & { compileMs?: number };

/**
 * @param catalog - the catalog of one version
 * @param key - the version's key (PlanTask.key), which the snapshot is bound to
 * @param compiled - its compact index, when the store has it compiled
 * @returns the version in shared memory (engine's shared-catalog.ts)
 */
export function shareCatalog(
  catalog: unknown,
  key: string,
  compiled?: CompactIndex,
): SharedCatalog {
  return share(catalog as Catalog, versionKey(key), compiled);
}

/**
 * @returns the catalog (credentials decoded on demand from the shared bytes: the whole document is
 *   never parsed) and the planner's options: the index of the shared snapshot (its hours tables
 *   too), views of the shared bytes
 * @throws PathwiseError INVALID_INPUT when the snapshot is not the one of version `key`
 */
export function readSharedCatalog(shared: SharedCatalog, key: string): SharedCatalogView {
  return readShared(shared, versionKey(key));
}

/** The 32 bytes a shared snapshot is bound to: the SHA-256 of its version's key. */
const versionKey = (key: string): Uint8Array => createHash('sha256').update(key).digest();

/** @returns an error as plain data: a PathwiseError as its `toJSON()`, anything else as its message */
export function toTaskError(error: unknown): TaskError {
  if (error instanceof PathwiseError) return error.toJSON();
  return { message: error instanceof Error ? error.message : String(error) };
}

/** @returns the error to throw in the service: the same PathwiseError subclass when it was one */
export function fromTaskError(error: TaskError): Error {
  return isSerialisedError(error)
    ? reviveError(error)
    : new Error(`planning worker: ${error.message}`);
}

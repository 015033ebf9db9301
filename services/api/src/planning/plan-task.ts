/**
 * What crosses the thread boundary between the service and its planning workers: a plan query with
 * the catalog version it is for (the catalog as JSON bytes in a SharedArrayBuffer, and its compiled
 * snapshot when the store has one, both shared rather than copied), and back a plan or a PathwiseError as plain data (its `toJSON()`, rebuilt by core's
 * `reviveError` as the same class).
 */
import {
  PathwiseError,
  isSerialisedError,
  reviveError,
  type SerialisedError,
} from '@pathwise/core';
import { createHash } from 'node:crypto';
import type { Catalog } from '@pathwise/core';
import {
  readCredentialDocument,
  readHoursTables,
  readIndexSnapshot,
  shareHoursTables,
  writeCredentialDocument,
  type HoursTables,
  type SharedHoursTables,
  writeIndexSnapshot,
  type CompactIndex,
  type Frontier,
  type Plan,
  type PlanQuery,
} from '@pathwise/engine';

/**
 * One catalog version as the workers receive it: its JSON with the byte span of each credential (a
 * worker decodes the credential objects its planner reads, one at a time, and never parses the whole
 * document), and its compact index as a compiled snapshot in shared memory when the store has one
 * (every worker's planner then runs on views of the same bytes: nothing compiled).
 */
export interface SharedCatalog {
  /** The catalog as UTF-8 JSON. */
  json: SharedArrayBuffer;
  /** The credentials' byte spans in `json` (engine's credential-document.ts), as float64. */
  spans: SharedArrayBuffer;
  /** The hours tables, built here so that no worker scans (so decodes) every credential. */
  hours: SharedHoursTables;
  /** The compiled snapshot (engine's index-snapshot.ts) bound to the version's key; absent: compile. */
  compiled?: SharedArrayBuffer;
}

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
 * @returns the catalog as JSON bytes, and the index as a snapshot, in shared memory
 */
export function shareCatalog(
  catalog: unknown,
  key: string,
  compiled?: CompactIndex,
): SharedCatalog {
  const doc = writeCredentialDocument(catalog as Catalog, { shared: true });
  const json = doc.bytes.buffer as SharedArrayBuffer;
  const spans = doc.spans.buffer as SharedArrayBuffer;
  const hours = shareHoursTables(catalog as Catalog);
  if (!compiled) return { json, spans, hours };
  const snapshot = writeIndexSnapshot(compiled, versionKey(key), { shared: true });
  return { json, spans, hours, compiled: snapshot.buffer as SharedArrayBuffer };
}

/**
 * @returns the catalog read back from shared memory: its credentials are decoded on demand from the
 *   shared bytes (the whole document is never parsed)
 */
export function readSharedCatalog(shared: SharedCatalog): Catalog {
  return readCredentialDocument({
    bytes: new Uint8Array(shared.json),
    spans: new Float64Array(shared.spans),
  });
}

/** @returns the hours tables of the shared catalog, views of the shared bytes */
export function readSharedHours(shared: SharedCatalog): HoursTables {
  return readHoursTables(shared.hours);
}

/**
 * @returns the compact index of the shared snapshot, its arrays views of the shared bytes (undefined:
 *   no snapshot shared)
 * @throws PathwiseError INVALID_INPUT when the snapshot is not the one of version `key`
 */
export function readSharedIndex(shared: SharedCatalog, key: string): CompactIndex | undefined {
  if (!shared.compiled) return undefined;
  return readIndexSnapshot(new Uint8Array(shared.compiled), versionKey(key), { shared: true });
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

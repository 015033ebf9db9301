/**
 * What crosses the thread boundary between the service and its planning workers: a plan query with
 * the catalog version it is for (the catalog as JSON bytes in a SharedArrayBuffer, shared rather than
 * copied), and back a plan or a PathwiseError as plain data (its `toJSON()`, rebuilt by core's
 * `reviveError` as the same class).
 */
import {
  PathwiseError,
  isSerialisedError,
  reviveError,
  type SerialisedError,
} from '@pathwise/core';
import type { Frontier, Plan, PlanQuery } from '@pathwise/engine';

/** One plan to make in a worker. */
export interface PlanTask {
  /** Identifies the catalog version (store instance and version); a worker rebuilds when it changes. */
  key: string;
  /** The catalog as UTF-8 JSON. */
  catalog: SharedArrayBuffer;
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

/** @returns the catalog as JSON bytes in shared memory */
export function shareCatalog(catalog: unknown): SharedArrayBuffer {
  const bytes = new TextEncoder().encode(JSON.stringify(catalog));
  const shared = new SharedArrayBuffer(bytes.byteLength);
  new Uint8Array(shared).set(bytes);
  return shared;
}

/** @returns the catalog read back from shared memory */
export function readSharedCatalog(shared: SharedArrayBuffer): unknown {
  // TextDecoder refuses views of shared memory: copy out first.
  return JSON.parse(new TextDecoder().decode(new Uint8Array(shared).slice()));
}

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

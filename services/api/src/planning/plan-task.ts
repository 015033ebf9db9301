/**
 * What crosses the thread boundary between the service and its planning workers: a plan query with
 * the catalog version it is for (the catalog as JSON bytes in a SharedArrayBuffer, shared rather than
 * copied), and back a plan or a PathwiseError as plain data.
 */
import { PathwiseError, type PathwiseErrorCode } from '@pathwise/core';
import type { Plan, PlanQuery } from '@pathwise/engine';

/** One plan to make in a worker. */
export interface PlanTask {
  /** Identifies the catalog version (store instance and version); a worker rebuilds when it changes. */
  key: string;
  /** The catalog as UTF-8 JSON. */
  catalog: SharedArrayBuffer;
  query: PlanQuery;
}

/** An error as a worker reports it. */
export interface TaskError {
  code?: PathwiseErrorCode;
  message: string;
  faults?: unknown;
  id?: unknown;
}

/** What a worker answers. */
export type PlanTaskResult =
  { ok: true; plan: Plan; ms: number } | { ok: false; error: TaskError; ms: number };

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

/** @returns an error as plain data: a PathwiseError keeps its code, faults and id */
export function toTaskError(error: unknown): TaskError {
  const e = error as Partial<TaskError> & { message?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(error);
  return error instanceof PathwiseError
    ? { code: error.code, message, faults: e.faults, id: e.id }
    : { message };
}

/** @returns the error to throw in the service: a PathwiseError again when it was one */
export function fromTaskError(error: TaskError): Error {
  if (error.code === undefined) return new Error(`planning worker: ${error.message}`);
  const rebuilt = new PathwiseError(error.code, error.message);
  if (error.faults !== undefined) Object.assign(rebuilt, { faults: error.faults });
  if (error.id !== undefined) Object.assign(rebuilt, { id: error.id });
  return rebuilt;
}

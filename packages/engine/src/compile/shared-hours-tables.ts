/**
 * The hours tables (hours/hours-model.ts: effortHours, pace and start days by credential int) in
 * shared memory, built once where the whole catalog is at hand and read in place by planning workers.
 * Building them scans every credential, which a worker whose credentials are decoded on demand
 * (credential-document.ts) must not do: it would decode the whole catalog.
 */
import type { Catalog } from '@pathwise/core';
import { hoursTables, type HoursTables } from '../hours/hours-model.js';

/** The hours tables of one catalog, as shared bytes. */
export interface SharedHoursTables {
  /** float64 per credential: effortHours (0: none). */
  effort: SharedArrayBuffer;
  /** uint8 per credential: 1 for `fixed` pace. */
  fixed: SharedArrayBuffer;
  /** UTF-8 JSON `[[credential int, starts], ...]` of the credentials with start days. */
  starts: SharedArrayBuffer;
}

/**
 * @param catalog - the valid catalog
 * @returns its hours tables in shared memory
 */
export function shareHoursTables(catalog: Catalog): SharedHoursTables {
  const tables = hoursTables(catalog);
  const effort = new SharedArrayBuffer(tables.effort.byteLength);
  new Float64Array(effort).set(tables.effort);
  const fixed = new SharedArrayBuffer(tables.fixed.byteLength);
  new Uint8Array(fixed).set(tables.fixed);
  const listed: [number, readonly string[]][] = [];
  tables.starts.forEach((s, i) => {
    if (s !== undefined) listed.push([i, s]);
  });
  const text = new TextEncoder().encode(JSON.stringify(listed));
  const starts = new SharedArrayBuffer(text.byteLength);
  new Uint8Array(starts).set(text);
  return { effort, fixed, starts };
}

/**
 * @param shared - tables written by `shareHoursTables`
 * @returns the tables, `effort` and `fixed` views of the shared bytes
 */
export function readHoursTables(shared: SharedHoursTables): HoursTables {
  const effort = new Float64Array(shared.effort);
  const fixed = new Uint8Array(shared.fixed);
  const starts = new Array<readonly string[] | undefined>(effort.length).fill(undefined);
  // TextDecoder refuses views of shared memory: copy out first.
  const text = new TextDecoder().decode(new Uint8Array(shared.starts).slice());
  for (const [i, s] of JSON.parse(text) as [number, string[]][]) starts[i] = s;
  return {
    effort,
    fixed,
    starts,
    anyEffort: effort.some((e) => e !== 0),
    anyStarts: starts.some((s) => s !== undefined),
  };
}

/**
 * One catalog version in shared memory, for planning worker threads (the service's planning pool and
 * the CLI's `plan --batch`): the JSON document with each credential's byte span (credential objects
 * decoded on demand, core's catalog-document.ts) and, when compiled, the compact index as a snapshot
 * (index-snapshot.ts), which carries what needs every credential (ids, numbers, requirement trees,
 * the hours tables). A worker reads all of it in place: it parses no whole document, compiles
 * nothing and scans no credential it does not plan with. Without a snapshot each worker compiles
 * the index itself, which decodes every credential once.
 */
import { readCatalogDocument, writeCatalogDocument, type Catalog } from '@pathwise/core';
import type { CompactIndex } from './compact-index.js';
import { readIndexSnapshot, writeIndexSnapshot } from './index-snapshot.js';

/** A catalog version as worker threads receive it. */
export interface SharedCatalog {
  /** The catalog as UTF-8 JSON. */
  json: SharedArrayBuffer;
  /** The credentials' byte spans in `json` (core's catalog-document.ts), as float64. */
  spans: SharedArrayBuffer;
  /** The compiled snapshot bound to the key given to `shareCatalog`; absent: each worker compiles. */
  compiled?: SharedArrayBuffer;
}

/** What a worker builds its planner from (`createPlanner(catalog, options)`). */
export interface SharedCatalogView {
  /** The catalog, its credentials decoded on demand. */
  catalog: Catalog;
  /** The index read in place (absent: none shared; the worker compiles). */
  options: { compiled?: CompactIndex };
}

/**
 * @param catalog - a valid catalog
 * @param key - the 32 bytes the snapshot is bound to
 * @param compiled - its compact index, when compiled
 * @returns the version in shared memory
 */
export function shareCatalog(
  catalog: Catalog,
  key: Uint8Array,
  compiled?: CompactIndex,
): SharedCatalog {
  const doc = writeCatalogDocument(catalog, { shared: true });
  const json = doc.bytes.buffer as SharedArrayBuffer;
  const spans = doc.spans.buffer as SharedArrayBuffer;
  if (!compiled) return { json, spans };
  const snapshot = writeIndexSnapshot(compiled, key, { shared: true });
  return { json, spans, compiled: snapshot.buffer as SharedArrayBuffer };
}

/**
 * @param shared - a version written by `shareCatalog`
 * @param key - the key it was shared with
 * @returns the catalog and the planner options, all views of (or decoded from) the shared bytes
 * @throws PathwiseError INVALID_INPUT when the snapshot is not bound to `key` or is damaged
 */
export function readSharedCatalog(shared: SharedCatalog, key: Uint8Array): SharedCatalogView {
  const catalog = readCatalogDocument({
    bytes: new Uint8Array(shared.json),
    spans: new Float64Array(shared.spans),
  }) as Catalog;
  const compiled = shared.compiled
    ? readIndexSnapshot(new Uint8Array(shared.compiled), key, { shared: true })
    : undefined;
  return { catalog, options: { compiled } };
}

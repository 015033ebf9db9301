/**
 * One catalog version in shared memory, for planning worker threads (the service's planning pool and
 * the CLI's `plan --batch`): a JSON document with each credential's byte span (credential objects
 * decoded on demand, core's catalog-document.ts) and, when compiled, the compact index
 * (shared-index.ts), which carries what needs every credential (ids, numbers, requirement trees, the
 * hours tables). A worker reads all of it in place: it parses no whole document, compiles nothing and
 * scans no credential it does not plan with. Without an index each worker compiles it itself, which
 * decodes every credential once.
 *
 * A catalog read on demand from a document already in shared memory (the file store reads its file
 * there) is shared as that document and a patch (core's patched-catalog.ts): nothing of the size of
 * the catalog is written, for its first version or any after a publish.
 */
import {
  patchedCatalogOf,
  readCatalogDocument,
  readPatchedCatalog,
  writeCatalogDocument,
  type Catalog,
  type CredentialDocument,
} from '@pathwise/core';
import type { CompactIndex } from './compact-index.js';
import { readSharedIndex, shareIndex, type SharedIndex } from './shared-index.js';

/** A catalog version as worker threads receive it. */
export interface SharedCatalog {
  /** The UTF-8 JSON document its credentials are read from (without `rest`: the catalog). */
  json: SharedArrayBuffer;
  /** The credentials' byte spans in `json` (core's catalog-document.ts), as float64. */
  spans: SharedArrayBuffer;
  /** UTF-8 JSON of the rest of the catalog (core's patched-catalog.ts); absent: `json` is it whole. */
  rest?: SharedArrayBuffer;
  /** The compact index, bound to the key given to `shareCatalog`; absent: each worker compiles. */
  compiled?: SharedIndex;
}

/** What a worker builds its planner from (`createPlanner(catalog, options)`). */
export interface SharedCatalogView {
  /** The catalog, its credentials decoded on demand. */
  catalog: Catalog;
  /** The index read in place (absent: none shared; the worker compiles). */
  options: { compiled?: CompactIndex };
}

/** Spans copied into shared memory, by the spans they copy (one copy per document). */
const sharedSpans = new WeakMap<Float64Array, SharedArrayBuffer>();

/**
 * @param catalog - a valid catalog
 * @param key - the 32 bytes the index is bound to
 * @param compiled - its compact index, when compiled
 * @returns the version in shared memory
 * @throws PathwiseError INVALID_INPUT when the key is not 32 bytes
 */
export function shareCatalog(
  catalog: Catalog,
  key: Uint8Array,
  compiled?: CompactIndex,
): SharedCatalog {
  const index = compiled ? { compiled: shareIndex(compiled, key) } : {};
  const patched = patchedCatalogOf(catalog);
  if (patched !== undefined && isWholeSharedBuffer(patched.document.bytes)) {
    const rest = new TextEncoder().encode(patched.rest);
    const restShared = new Uint8Array(new SharedArrayBuffer(rest.length));
    restShared.set(rest);
    return {
      json: patched.document.bytes.buffer as SharedArrayBuffer,
      spans: spansInSharedMemory(patched.document.spans),
      rest: restShared.buffer as SharedArrayBuffer,
      ...index,
    };
  }
  const doc = writeCatalogDocument(catalog, { shared: true });
  return {
    json: doc.bytes.buffer as SharedArrayBuffer,
    spans: doc.spans.buffer as SharedArrayBuffer,
    ...index,
  };
}

/**
 * @param shared - a version written by `shareCatalog`
 * @param key - the key it was shared with
 * @returns the catalog and the planner options, all views of (or decoded from) the shared bytes
 * @throws PathwiseError INVALID_INPUT when the index is not bound to `key` or is damaged
 */
export function readSharedCatalog(shared: SharedCatalog, key: Uint8Array): SharedCatalogView {
  const document: CredentialDocument = {
    bytes: new Uint8Array(shared.json),
    spans: new Float64Array(shared.spans),
  };
  const catalog = shared.rest
    ? readPatchedCatalog(document, new TextDecoder().decode(new Uint8Array(shared.rest).slice()))
    : (readCatalogDocument(document) as Catalog);
  const compiled = shared.compiled ? readSharedIndex(shared.compiled, key) : undefined;
  return { catalog, options: { compiled } };
}

/** @returns whether `bytes` is the whole of a SharedArrayBuffer (so that buffer is the document) */
const isWholeSharedBuffer = (bytes: Uint8Array): boolean =>
  bytes.buffer instanceof SharedArrayBuffer &&
  bytes.byteOffset === 0 &&
  bytes.byteLength === bytes.buffer.byteLength;

/** @returns the spans in shared memory: their own buffer when it is shared and theirs alone */
function spansInSharedMemory(spans: Float64Array): SharedArrayBuffer {
  if (spans.buffer instanceof SharedArrayBuffer && spans.byteLength === spans.buffer.byteLength)
    return spans.buffer;
  let copy = sharedSpans.get(spans);
  if (copy === undefined) {
    copy = new SharedArrayBuffer(spans.byteLength);
    new Float64Array(copy).set(spans);
    sharedSpans.set(spans, copy);
  }
  return copy;
}

/**
 * A catalog as a JSON document with the byte span of each credential in it, written and read
 * without a parsed copy of every credential: the engine hands a catalog version to its planning
 * workers this way, and the file store reads its catalog file this way when a compiled snapshot
 * spares it the validation. A reader parses only the document around the credentials (`currency`,
 * `providers`, `offers`, ...) and gets a `credentials` list decoding on demand (lazy-credentials.ts).
 * A writer copies the bytes of each credential that is still its document's (lazy, never replaced)
 * and encodes only the others.
 */
import { PathwiseError } from '../errors.js';
import type { Catalog, Credential } from '../model/types.js';
import { arraySpans } from './credential-spans.js';
import {
  credentialSourceOf,
  isLazyCredentials,
  lazyCredentials,
  type LazyOptions,
} from './lazy-credentials.js';

/** A JSON document with the byte span of each credential in it. */
export interface CredentialDocument {
  /** The document as UTF-8 JSON. */
  bytes: Uint8Array;
  /**
   * `[open, close, start_0, end_0, ..., start_{n-1}, end_{n-1}]`: byte positions of the credentials
   * array's `[` and `]`, then of each credential (end exclusive).
   */
  spans: Float64Array;
}

/** Options of `writeCatalogDocument`. */
export interface WriteCatalogOptions {
  /** Text before the catalog (the document then holds the catalog under a key of its own). */
  before?: string;
  /** Text after the catalog. */
  after?: string;
  /** Put the bytes and spans in SharedArrayBuffers (for worker threads). */
  shared?: boolean;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Writes `before + JSON(catalog) + after`, with where each credential is. A catalog whose credentials
 * are all objects (none lazy) is exactly `JSON.stringify`'s; a lazy list's credentials that are still
 * their document's are its bytes, copied (the text its writer wrote), the others `JSON.stringify`'s.
 * @param catalog - the catalog
 * @param options - what surrounds it; `shared`: in shared memory
 * @returns the document and its spans
 * @throws PathwiseError INVALID_INPUT when the catalog's credentials are not a list of objects
 */
export function writeCatalogDocument(
  catalog: Catalog,
  options: WriteCatalogOptions = {},
): CredentialDocument {
  const before = options.before ?? '';
  const after = options.after ?? '';
  const shared = options.shared === true;
  const document = isLazyCredentials(catalog.credentials)
    ? assembled(catalog, before, after, shared)
    : stringified(catalog, before, after, shared);
  if (!shared) return document;
  const spans = new Float64Array(new SharedArrayBuffer(document.spans.byteLength));
  spans.set(document.spans);
  return { bytes: document.bytes, spans };
}

/** One JSON.stringify and one UTF-8 write, then the spans found in the bytes. */
function stringified(
  catalog: Catalog,
  before: string,
  after: string,
  shared: boolean,
): CredentialDocument {
  // A JSON.stringify and an encodeInto per credential took half as long again at 10^6.
  const text = `${before}${JSON.stringify(catalog)}${after}`;
  const bytes = allocate(Buffer.byteLength(text, 'utf8'), shared);
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).write(text, 'utf8');
  const from = Buffer.byteLength(before, 'utf8');
  const to = bytes.length - Buffer.byteLength(after, 'utf8');
  const spans = arraySpans(bytes.subarray(from, to), ['credentials']);
  if (spans === undefined)
    throw new PathwiseError(
      'INVALID_INPUT',
      'a catalog to write has no list of credential objects',
    );
  for (let k = 0; k < spans.length; k++) spans[k] = spans[k]! + from;
  return { bytes, spans };
}

/**
 * The catalog around an empty list, then the credentials in their place: each run of credentials still
 * their document's copied as one range of its bytes (with the document's own separators), each
 * other one encoded. A copy per run, not per credential: at 2x10^6 credentials, a view object per
 * credential would cost more than the copying.
 */
function assembled(
  catalog: Catalog,
  before: string,
  after: string,
  shared: boolean,
): CredentialDocument {
  const list = catalog.credentials;
  const source = credentialSourceOf(list)!;
  const head = encoder.encode(
    `${before}${JSON.stringify({ ...catalog, credentials: [] })}${after}`,
  );
  const from = encoder.encode(before).length;
  const empty = arraySpans(head.subarray(from, head.length - encoder.encode(after).length), [
    'credentials',
  ]);
  if (empty === undefined)
    throw new PathwiseError('INVALID_INPUT', 'a catalog to write has no list of credentials');
  const open = from + empty[0]!;
  // Runs of the document's own credentials as [first, last], and the others encoded, in order.
  const pieces: ([number, number] | Uint8Array)[] = [];
  let size = head.length;
  for (let i = 0; i < list.length; i++) {
    const last = pieces[pieces.length - 1];
    if (!source.isOwn(i)) pieces.push(encoder.encode(JSON.stringify(list[i])));
    else if (Array.isArray(last) && last[1] === i - 1) last[1] = i;
    else pieces.push([i, i]);
  }
  const { bytes: src, spans: at } = source;
  for (const piece of pieces)
    size += Array.isArray(piece) ? at[3 + 2 * piece[1]]! - at[2 + 2 * piece[0]]! : piece.length;
  size += Math.max(0, pieces.length - 1);
  const bytes = allocate(size, shared);
  const spans = new Float64Array(2 + 2 * list.length);
  bytes.set(head.subarray(0, open + 1));
  let cursor = open + 1;
  let k = 0; // the next credential's position
  pieces.forEach((piece, p) => {
    if (p > 0) bytes[cursor++] = 0x2c; // ,
    if (!Array.isArray(piece)) {
      spans[2 + 2 * k] = cursor;
      bytes.set(piece, cursor);
      cursor += piece.length;
      spans[3 + 2 * k++] = cursor;
      return;
    }
    const [first, last] = piece;
    const start = at[2 + 2 * first]!;
    const shift = cursor - start;
    for (let i = first; i <= last; i++, k++) {
      spans[2 + 2 * k] = at[2 + 2 * i]! + shift;
      spans[3 + 2 * k] = at[3 + 2 * i]! + shift;
    }
    const end = at[3 + 2 * last]!;
    bytes.set(src.subarray(start, end), cursor);
    cursor += end - start;
  });
  spans[0] = open;
  spans[1] = cursor;
  bytes.set(head.subarray(open + 1), cursor);
  return { bytes, spans };
}

const allocate = (size: number, shared: boolean): Uint8Array =>
  new Uint8Array(shared ? new SharedArrayBuffer(size) : new ArrayBuffer(size));

/**
 * Reads a document without parsing its credentials: they are decoded when first read.
 * @param document - a document and its spans (its bytes may be shared); never changed after
 * @param path - the keys that lead from the top-level object to the catalog (none: the document is
 *   the catalog)
 * @param options - how the credentials are decoded (lazy-credentials.ts)
 * @returns the document's value, the catalog's `credentials` a list decoding on demand
 * @throws PathwiseError INVALID_INPUT when the spans do not fit the bytes, or the document around
 *   the credentials has no catalog at `path`; SyntaxError when it is not JSON
 */
export function readCatalogDocument(
  document: CredentialDocument,
  path: readonly string[] = [],
  options: LazyOptions = {},
): unknown {
  checkSpans(document);
  const { bytes, spans } = document;
  const open = spans[0]!;
  const close = spans[1]!;
  // The document around the credentials, with an empty list in their place.
  const head = new Uint8Array(open + 1 + (bytes.length - close));
  head.set(bytes.subarray(0, open + 1));
  head.set(bytes.subarray(close), open + 1);
  // A document that is not JSON throws JSON.parse's SyntaxError: its writer's fault, not a user's.
  const value: unknown = JSON.parse(decoder.decode(head));
  let catalog = value as Record<string, unknown> | null;
  for (const key of path) catalog = (catalog?.[key] ?? null) as Record<string, unknown> | null;
  if (catalog === null || typeof catalog !== 'object' || !Array.isArray(catalog.credentials))
    throw new PathwiseError('INVALID_INPUT', 'a catalog document has no catalog where expected');
  catalog.credentials = lazyCredentials(bytes, spans, undefined, options) satisfies Credential[];
  return value;
}

/**
 * @param document - a document and its spans
 * @throws PathwiseError INVALID_INPUT when the spans are not a list's brackets and pairs in the bytes
 */
export function checkSpans(document: CredentialDocument): void {
  const { bytes, spans } = document;
  const n = (spans.length - 2) / 2;
  if (!Number.isInteger(n) || n < 0 || bytes[spans[0]!] !== 0x5b || bytes[spans[1]!] !== 0x5d)
    throw new PathwiseError('INVALID_INPUT', 'credential spans do not fit the catalog document');
}

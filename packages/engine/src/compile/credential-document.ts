/**
 * A catalog whose credentials are decoded on demand from its JSON document's bytes, one credential
 * at a time, instead of parsing the whole document (issue 14: 0.72 GiB and seconds per parsed copy
 * at 10^6). The writer notes each credential's byte span in the document it writes; a reader
 * parses only the document around the credentials (`currency`, `providers`, `offers`, ...) and hands
 * the planner a `credentials` array whose elements are decoded (`JSON.parse` of the span) and kept
 * the first time they are read. A plan then decodes only the credentials it reads (its cone); a
 * reader that scans every credential still works, at the cost of decoding them all.
 *
 * The writer is JSON.stringify; the spans are found in its bytes (credential-spans.ts), and a reader
 * needs only `JSON.parse` of a span.
 */
import { PathwiseError, type Catalog, type Credential } from '@pathwise/core';
import { arraySpans } from './credential-spans.js';

/** A catalog document with the byte span of each credential in it. */
export interface CredentialDocument {
  /** The catalog as UTF-8 JSON, exactly `JSON.stringify(catalog)`. */
  bytes: Uint8Array;
  /**
   * `[open, close, start_0, end_0, ..., start_{n-1}, end_{n-1}]`: byte positions of the credentials
   * array's `[` and `]`, then of each credential (end exclusive).
   */
  spans: Float64Array;
}

/** Options of `writeCredentialDocument`. */
export interface WriteDocumentOptions {
  /** Put the bytes and spans in SharedArrayBuffers (for worker threads). */
  shared?: boolean;
}

/**
 * Writes a catalog as JSON (exactly `JSON.stringify(catalog)`), with where each credential is.
 * @param catalog - the catalog
 * @param options - `shared`: in shared memory
 * @returns the document and its spans
 * @throws PathwiseError INVALID_INPUT when the catalog's credentials are not a list of objects
 */
export function writeCredentialDocument(
  catalog: Catalog,
  options: WriteDocumentOptions = {},
): CredentialDocument {
  // One JSON.stringify and one encoding of the whole, then the spans from its bytes: a
  // JSON.stringify and an encodeInto per credential took half as long again at 10^6.
  const text = JSON.stringify(catalog);
  const size = Buffer.byteLength(text, 'utf8');
  const shared = options.shared === true;
  const bytes = new Uint8Array(shared ? new SharedArrayBuffer(size) : new ArrayBuffer(size));
  Buffer.from(bytes.buffer, bytes.byteOffset, size).write(text, 'utf8');
  const spans = arraySpans(bytes, ['credentials']);
  if (spans === undefined)
    throw new PathwiseError('INVALID_INPUT', 'a catalog to share has no list of credentials');
  if (!shared) return { bytes, spans };
  const sharedSpans = new Float64Array(new SharedArrayBuffer(spans.byteLength));
  sharedSpans.set(spans);
  return { bytes, spans: sharedSpans };
}

/**
 * Reads a catalog document without parsing its credentials: they are decoded when first read.
 * @param doc - a document written by `writeCredentialDocument` (its bytes may be shared)
 * @returns the catalog, its `credentials` an array-like decoding on demand
 * @throws PathwiseError INVALID_INPUT when the spans do not fit the bytes
 */
export function readCredentialDocument(doc: CredentialDocument): Catalog {
  const { bytes, spans } = doc;
  const n = (spans.length - 2) / 2;
  const open = spans[0]!;
  const close = spans[1]!;
  if (!Number.isInteger(n) || n < 0 || bytes[open] !== 0x5b || bytes[close] !== 0x5d)
    throw new PathwiseError('INVALID_INPUT', 'credential spans do not fit the catalog document');
  // The document around the credentials, with an empty array in their place.
  const head = new Uint8Array(open + 1 + (bytes.length - close));
  head.set(bytes.subarray(0, open + 1));
  head.set(bytes.subarray(close), open + 1);
  const rest = JSON.parse(decoder.decode(head)) as Catalog;
  return { ...rest, credentials: onDemandCredentials(bytes, spans, n) };
}

const decoder = new TextDecoder();

/** @returns an array of `n` credentials, each decoded from its span at first read and kept */
function onDemandCredentials(bytes: Uint8Array, spans: Float64Array, n: number): Credential[] {
  const decoded = new Map<number, Credential>();
  const at = (i: number): Credential => {
    let c = decoded.get(i);
    if (c === undefined) {
      // TextDecoder refuses views of shared memory: copy the span out (slice) first.
      c = JSON.parse(decoder.decode(bytes.slice(spans[2 + 2 * i], spans[3 + 2 * i]))) as Credential;
      decoded.set(i, c);
    }
    return c;
  };
  const indexOf = (key: string | symbol): number => {
    if (typeof key !== 'string') return -1;
    const i = Number(key);
    return Number.isInteger(i) && i >= 0 && i < n && String(i) === key ? i : -1;
  };
  // A Proxy over an empty array: Array.isArray, iteration and every Array method work unchanged.
  return new Proxy([] as Credential[], {
    get(target, key, receiver) {
      if (key === 'length') return n;
      const i = indexOf(key);
      return i >= 0 ? at(i) : Reflect.get(target, key, receiver);
    },
    has(target, key) {
      return indexOf(key) >= 0 || Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      const i = indexOf(key);
      if (i < 0) return Reflect.getOwnPropertyDescriptor(target, key);
      return { value: at(i), writable: false, enumerable: true, configurable: true };
    },
    ownKeys(target) {
      return [...Array.from({ length: n }, (_, i) => String(i)), ...Reflect.ownKeys(target)];
    },
    set() {
      return false;
    },
    deleteProperty() {
      return false;
    },
  });
}

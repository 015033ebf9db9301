/**
 * A catalog whose credentials are decoded on demand from its JSON document's bytes, one credential
 * at a time, instead of parsing the whole document (issue 14: 0.72 GiB and seconds per parsed copy
 * at 10^6). The writer records each credential's byte span while it writes the document; a reader
 * parses only the document around the credentials (`currency`, `providers`, `offers`, ...) and hands
 * the planner a `credentials` array whose elements are decoded (`JSON.parse` of the span) and kept
 * the first time they are read. A plan then decodes only the credentials it reads (its cone); a
 * reader that scans every credential still works, at the cost of decoding them all.
 *
 * Written here rather than taken from a streaming JSON library: the spans come from the writer, which
 * already writes each credential separately, so no parser is needed, only `JSON.parse` of a span.
 */
import { PathwiseError, type Catalog, type Credential } from '@pathwise/core';

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
 * Writes a catalog as JSON (the same bytes as `JSON.stringify(catalog)`), recording where each
 * credential is.
 * @param catalog - the catalog
 * @param options - `shared`: in shared memory
 * @returns the document and its spans
 */
export function writeCredentialDocument(
  catalog: Catalog,
  options: WriteDocumentOptions = {},
): CredentialDocument {
  const out = new ByteSink();
  const creds = catalog.credentials;
  const spans = new Float64Array(2 + 2 * creds.length);
  out.write('{');
  let first = true;
  for (const [key, value] of Object.entries(catalog)) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    out.write(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (key !== 'credentials') {
      out.write(JSON.stringify(value));
      continue;
    }
    spans[0] = out.length;
    out.write('[');
    for (let i = 0; i < creds.length; i++) {
      if (i > 0) out.write(',');
      spans[2 + 2 * i] = out.length;
      out.write(JSON.stringify(creds[i]));
      spans[3 + 2 * i] = out.length;
    }
    spans[1] = out.length;
    out.write(']');
  }
  out.write('}');
  const bytes = out.bytes(options.shared === true);
  if (options.shared !== true) return { bytes, spans };
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

/** UTF-8 output grown by doubling, with its length so far in bytes. */
class ByteSink {
  private buf = new Uint8Array(1 << 16);
  length = 0;
  private readonly encoder = new TextEncoder();
  write(s: string): void {
    // A UTF-16 code unit takes at most 3 UTF-8 bytes.
    if (this.length + s.length * 3 > this.buf.length) {
      let size = this.buf.length * 2;
      while (this.length + s.length * 3 > size) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.buf.subarray(0, this.length));
      this.buf = grown;
    }
    this.length += this.encoder.encodeInto(s, this.buf.subarray(this.length)).written;
  }
  bytes(shared: boolean): Uint8Array {
    const out = new Uint8Array(
      shared ? new SharedArrayBuffer(this.length) : new ArrayBuffer(this.length),
    );
    out.set(this.buf.subarray(0, this.length));
    return out;
  }
}

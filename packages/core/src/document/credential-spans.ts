/**
 * Where each element of one array of a JSON document is, found in the document's UTF-8 bytes
 * without parsing it: the credentials of a catalog (`["credentials"]`) or of a store file
 * (`["catalog", "credentials"]`). The spans are those of catalog-document.ts.
 *
 * Written by hand: JSON.parse builds every value of the document, and the streaming JSON parsers on
 * npm (stream-json, @streamparser/json) build them too, token by token. Only the byte positions of
 * one array's elements are needed, and one pass over the bytes finds them: strings are skipped to
 * their first quote not escaped by a backslash, and containers are counted on an explicit stack, so
 * a deep document cannot overflow the call stack.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * @param bytes - a JSON document's UTF-8 bytes (valid JSON: what a writer wrote)
 * @param path - the keys of the objects that lead to the array, from the top-level object
 * @returns `[open, close, start_0, end_0, ...]`: the byte positions of the array's `[` and `]`, then
 *   of each element (end exclusive); undefined when the document does not have exactly one such
 *   array of objects there (a key written twice, another shape), or is not well nested. Then the
 *   caller parses the document instead. In shared memory when the bytes are.
 */
export function arraySpans(bytes: Uint8Array, path: readonly string[]): Float64Array | undefined {
  const keys = path.map((k) => new TextEncoder().encode(JSON.stringify(k)));
  const last = keys.length - 1;
  let stack = new Uint8Array(64); // the open containers: their opening byte
  let depth = 0;
  let matched = 0; // how many objects of the path are open (the k-th at depth k + 2)
  const seen = new Uint8Array(keys.length); // the path's key at each level, once read
  let pending = false; // the value now starting is the next container of the path
  let expectKey = false;
  let found = false;
  let arrayDepth = -1; // depth inside the array, while it is open
  let spans = new Float64Array(1024);
  let count = 2; // entries of `spans` written
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === QUOTE) {
      const end = closingQuote(bytes, i);
      if (end < 0 || pending) return undefined; // the path's key holds a string
      if (expectKey && depth === matched + 1 && sameBytes(bytes, i, end, keys[matched]!)) {
        if (seen[matched] === 1) return undefined; // a key of the path written twice
        seen[matched] = 1;
        pending = true;
      } else if (depth === arrayDepth) return undefined; // an element that is not an object
      i = end;
      continue;
    }
    if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
      if (depth === arrayDepth) {
        if (b !== OPEN_OBJECT) return undefined;
        if (count + 2 > spans.length) spans = grown(spans);
        spans[count] = i;
      }
      if (depth === stack.length) stack = grown(stack);
      stack[depth++] = b;
      expectKey = b === OPEN_OBJECT;
      if (pending) {
        pending = false;
        if (matched < last) {
          if (b !== OPEN_OBJECT) return undefined;
          matched++;
        } else {
          if (b !== OPEN_ARRAY) return undefined;
          found = true;
          arrayDepth = depth;
          spans[0] = i;
        }
      }
      continue;
    }
    if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
      if (depth === 0 || stack[depth - 1] !== b - 2) return undefined; // `}` closes `{`, `]` `[`
      depth--;
      if (depth === arrayDepth) {
        spans[count + 1] = i + 1;
        count += 2;
      } else if (depth === arrayDepth - 1) {
        spans[1] = i;
        arrayDepth = -1;
      } else if (depth <= matched) matched = Math.max(0, depth - 1); // left an object of the path
      expectKey = false;
      continue;
    }
    if (b === COMMA) expectKey = depth > 0 && stack[depth - 1] === OPEN_OBJECT;
    else if (b === COLON) expectKey = false;
    else if (pending && b > 0x20)
      return undefined; // the path's key holds a number or a literal
    else if (depth === arrayDepth && b > 0x20) return undefined; // an element that is not an object
  }
  if (depth !== 0 || !found || arrayDepth !== -1) return undefined;
  if (!(bytes.buffer instanceof SharedArrayBuffer)) return spans.slice(0, count);
  // The spans of a document in shared memory are in shared memory too, for the same threads.
  const shared = new Float64Array(new SharedArrayBuffer(count * 8));
  shared.set(spans.subarray(0, count));
  return shared;
}

/** @returns the position of the quote that closes the string opening at `open`, or -1 */
function closingQuote(bytes: Uint8Array, open: number): number {
  // A byte loop, not indexOf: the strings of a catalog are short, and a call per string cost more.
  const n = bytes.length;
  for (let at = open + 1; at < n; at++) {
    const b = bytes[at]!;
    if (b === QUOTE) return at;
    if (b === BACKSLASH) at++; // the escaped byte (a quote or backslash, or the start of \uXXXX)
  }
  return -1;
}

/** @returns whether bytes[from..to] (both quotes included) are `key` */
function sameBytes(bytes: Uint8Array, from: number, to: number, key: Uint8Array): boolean {
  if (to - from + 1 !== key.length) return false;
  for (let k = 0; k < key.length; k++) if (bytes[from + k] !== key[k]) return false;
  return true;
}

/** @returns a copy of `a` with twice the room */
function grown<T extends Uint8Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/**
 * A list of credentials decoded on demand from a JSON document's bytes, one credential at a time,
 * instead of parsing the whole document (issue 14: 0.72 GiB and seconds per parsed copy at 10^6).
 * Each element is decoded (`JSON.parse` of its span) the first time it is read and kept; a reader
 * that scans every credential still works, at the cost of decoding them all.
 *
 * The list is an array to every reader (a Proxy over an empty array: `Array.isArray`, iteration and
 * every Array method work) and is copied on write the way core's applyCatalogChange copies a
 * catalog's credentials: `slice()` and `concat(...)` answer a new lazy list over the same bytes, and
 * writing an element of the copy replaces it in the copy alone. So replaying a change onto a catalog
 * of two million credentials decodes only the ones the change names. A credential that is still the
 * document's (decoded or not, never replaced) keeps its bytes: `credentialSourceOf` answers them, so a
 * writer copies them instead of decoding and encoding it again (catalog-document.ts).
 */
import { PathwiseError } from '../errors.js';
import type { Credential } from '../model/types.js';

/** The document the credentials come from, shared by a list and its copies. */
interface Source {
  bytes: Uint8Array;
  /** `[open, close, start_0, end_0, ...]` (credential-spans.ts). */
  spans: Float64Array;
  /** How many credentials the document has. */
  count: number;
  /** Those decoded so far, by position (kept only when `keep`). */
  decoded: Map<number, Credential>;
  /** Whether a decoded credential is kept, or decoded again at each read. */
  keep: boolean;
}

/** One list: the document's credentials, some replaced, then others appended. */
interface ListState {
  source: Source;
  replaced: Map<number, Credential>;
  appended: Credential[];
}

const states = new WeakMap<object, ListState>();
const decoder = new TextDecoder();

/**
 * @param bytes - a JSON document's UTF-8 bytes (may be shared memory); never changed after
 * @param spans - where its credentials are: `[open, close, start_0, end_0, ...]`
 * @param patch - what the list holds apart from them (none: the document's credentials alone)
 * @param options - `keep: false`: keep no decoded credential, decode it again at each read (a reader
 *   that passes over every credential a few times, as the first import of a huge document does,
 *   then holds one at a time; each read gives a new object)
 * @returns the credentials, each decoded when first read
 * @throws PathwiseError INVALID_INPUT when the patch replaces a position past the document's
 */
export function lazyCredentials(
  bytes: Uint8Array,
  spans: Float64Array,
  patch: CredentialPatch = { replaced: [], appended: [] },
  options: LazyOptions = {},
): Credential[] {
  const count = (spans.length - 2) / 2;
  if (patch.replaced.some(([i]) => !(Number.isInteger(i) && i >= 0 && i < count)))
    throw new PathwiseError(
      'INVALID_INPUT',
      'a credential patch replaces a position its document does not have',
    );
  return listOf({
    source: { bytes, spans, count, decoded: new Map(), keep: options.keep ?? true },
    replaced: new Map(patch.replaced),
    appended: [...patch.appended],
  });
}

/** How a lazy list decodes. */
export interface LazyOptions {
  /** Keep each credential once decoded (default), or decode it at every read. */
  keep?: boolean;
}

/** What a lazy list holds apart from its document's credentials. */
export interface CredentialPatch {
  /** The credentials it holds instead of the document's, by position. */
  replaced: [number, Credential][];
  /** The credentials after the document's. */
  appended: Credential[];
}

/**
 * @param list - a list of credentials
 * @returns what it holds apart from its document (`lazyCredentials` of the document and this is the
 *   same list), when it is lazy; else undefined
 */
export function credentialPatchOf(list: readonly Credential[]): CredentialPatch | undefined {
  const state = states.get(list);
  if (state === undefined) return undefined;
  return { replaced: [...state.replaced], appended: [...state.appended] };
}

/** The document a lazy list reads from, and which of its credentials are still the document's. */
export interface CredentialSource {
  bytes: Uint8Array;
  /** `[open, close, start_0, end_0, ...]`. */
  spans: Float64Array;
  /** @returns whether the list's credential at `i` is the document's (below `count`, not replaced) */
  isOwn(i: number): boolean;
}

/**
 * @param list - a list of credentials
 * @returns the document it decodes from, when it is lazy; else undefined
 */
export function credentialSourceOf(list: readonly Credential[]): CredentialSource | undefined {
  const state = states.get(list);
  if (state === undefined) return undefined;
  const { bytes, spans, count } = state.source;
  const replaced = state.replaced;
  return { bytes, spans, isOwn: (i) => i < count && !replaced.has(i) };
}

/**
 * @param list - a list of credentials
 * @returns how many of its document's credentials have been decoded (by it or any copy of it), or
 *   undefined when it is not lazy
 */
export function decodedCount(list: readonly Credential[]): number | undefined {
  return states.get(list)?.source.decoded.size;
}

/** @returns whether `list` decodes its credentials on demand */
export const isLazyCredentials = (list: readonly Credential[]): boolean => states.has(list);

function decode(source: Source, i: number): Credential {
  let c = source.decoded.get(i);
  if (c === undefined) {
    const { bytes, spans } = source;
    const from = spans[2 + 2 * i];
    const to = spans[3 + 2 * i];
    // TextDecoder refuses views of shared memory: copy such a span out first (Uint8Array's slice:
    // a Node Buffer's own slice is a view).
    const span =
      bytes.buffer instanceof ArrayBuffer
        ? bytes.subarray(from, to)
        : Uint8Array.prototype.slice.call(bytes, from, to);
    c = JSON.parse(decoder.decode(span)) as Credential;
    if (source.keep) source.decoded.set(i, c);
  }
  return c;
}

function listOf(state: ListState): Credential[] {
  const { source, replaced, appended } = state;
  const length = (): number => source.count + appended.length;
  const at = (i: number): Credential =>
    i >= source.count ? appended[i - source.count]! : (replaced.get(i) ?? decode(source, i));
  const indexOf = (key: string | symbol): number => {
    if (typeof key !== 'string') return -1;
    const i = Number(key);
    return Number.isInteger(i) && i >= 0 && i < length() && String(i) === key ? i : -1;
  };
  const copy = (more: readonly Credential[] = []): Credential[] =>
    listOf({ source, replaced: new Map(replaced), appended: [...appended, ...more] });
  const list: Credential[] = new Proxy([] as Credential[], {
    get(target, key, receiver) {
      if (key === 'length') return length();
      if (key === 'slice') return sliceOf;
      if (key === 'concat') return concatOf;
      const i = indexOf(key);
      return i >= 0 ? at(i) : Reflect.get(target, key, receiver);
    },
    has(target, key) {
      return indexOf(key) >= 0 || Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      const i = indexOf(key);
      if (i < 0) return Reflect.getOwnPropertyDescriptor(target, key);
      return { value: at(i), writable: true, enumerable: true, configurable: true };
    },
    ownKeys(target) {
      return [...Array.from({ length: length() }, (_, i) => String(i)), ...Reflect.ownKeys(target)];
    },
    set(_target, key, value) {
      if (key === 'length') return value === length(); // as push leaves it
      const i = typeof key === 'string' ? Number(key) : NaN;
      if (!Number.isInteger(i) || i < 0 || i > length() || String(i) !== key) return false;
      if (i >= source.count) appended[i - source.count] = value as Credential;
      else replaced.set(i, value as Credential);
      return true;
    },
    deleteProperty() {
      return false;
    },
    defineProperty() {
      return false;
    },
  });
  // A copy of the whole list stays lazy; a part of it reads only that part.
  function sliceOf(start?: number, end?: number): Credential[] {
    if ((start === undefined || start === 0) && end === undefined) return copy();
    return Array.prototype.slice.call(list, start, end) as Credential[];
  }
  // Arrays are spread, anything else appended, as Array.prototype.concat does.
  function concatOf(...items: unknown[]): Credential[] {
    const more: Credential[] = [];
    for (const item of items) {
      if (Array.isArray(item)) for (const c of item as Credential[]) more.push(c);
      else more.push(item as Credential);
    }
    return copy(more);
  }
  states.set(list, state);
  return list;
}

/**
 * @param before - a list of credentials
 * @param after - a list made from it by copies and writes (`slice`, `concat`, element writes)
 * @returns the positions where `after` holds another credential than `before` (ascending, those past
 *   `before`'s end included), found without decoding any; undefined when the two are not lazy lists
 *   over one document (compare them element by element then)
 */
export function differingPositions(
  before: readonly Credential[],
  after: readonly Credential[],
): number[] | undefined {
  const b = states.get(before);
  const a = states.get(after);
  if (a === undefined || b === undefined || a.source !== b.source) return undefined;
  const count = a.source.count;
  const differ = new Set<number>();
  for (const [i, c] of a.replaced) if (b.replaced.get(i) !== c) differ.add(i);
  for (const i of b.replaced.keys()) if (!a.replaced.has(i)) differ.add(i);
  for (let k = 0; k < a.appended.length; k++)
    if (k >= b.appended.length || a.appended[k] !== b.appended[k]) differ.add(count + k);
  return [...differ].sort((x, y) => x - y);
}

/**
 * The compiled snapshot of a catalog version: the compact index (compact-index.ts) as one binary
 * buffer that loads without JSON, validation or compilation. Layout (little-endian, docs/snapshot.md):
 *
 *   header (104 bytes): magic "PWSNAPv1", format, n, groups, children, deps, retired, string units,
 *     string bytes, credentials with start days, start days' bytes, credentials with aliases, their
 *     aliases' bytes, credentials with a renewal, body length, CRC-32 of the body, 4 bytes of zero,
 *     the 32-byte key of the document it was compiled from
 *   body: 8-byte aligned sections of typed arrays (numbers, CSR requirement trees), the ids as one
 *     UTF-8 string table with UTF-16 offsets, the hours tables (effort, pace, start days), then the
 *     validation lookups (aliases, renewals with their cost and effort), then the filters' columns
 *     (each credential's kind and provider, and the providers' ids)
 *
 * Reading (read-index-snapshot.ts) checks magic, format, key, exact length and the body's CRC-32
 * before building anything, so a wrong, stale, truncated or corrupt snapshot is refused whole, never
 * half read. Written by hand: the
 * layout is the engine's own arrays, which no serialisation library (protobuf, flatbuffers, msgpack)
 * maps onto typed arrays without a copy per element and a schema compiler.
 */
import { crc32 } from 'node:zlib';
import { PathwiseError } from '@pathwise/core';
import type { CompactIndex } from './compact-index.js';

/**
 * The snapshot layout this engine writes and reads; a snapshot of another format is refused. Format 2:
 * group refs start at GROUP_REF (format 1's started at n). Format 3: the hours tables too (effortHours,
 * pace and start days), so that no reader scans every credential for them. Format 4: the aliases and
 * renewals too, so that a store's first publish after a start reads no credential it does not change.
 * Format 5: each credential's kind and provider too, so that a filter on them decodes no credential.
 */
export const SNAPSHOT_FORMAT = 5;

/** Bytes of the document key the snapshot is bound to (a SHA-256 digest). */
export const SNAPSHOT_KEY_BYTES = 32;

export const MAGIC = 'PWSNAPv1';
// format, n, groups, children, deps, retired, units, strBytes, starts, startsBytes, aliased,
// aliasBytes, renewing, providers, providerBytes, bodyLen, crc; then zeros to a multiple of 8,
// then the key
const COUNTS = 17;
export const KEY_AT = (8 + COUNTS * 4 + 7) & ~7;
export const HEADER_BYTES = KEY_AT + SNAPSHOT_KEY_BYTES;
/** Bytes of a snapshot's header, which ends in the key of the document it is bound to. */
export const SNAPSHOT_HEADER_BYTES = HEADER_BYTES;

/** Section lengths (elements) in body order; the typed arrays of one snapshot. */
export interface Sizes {
  n: number;
  groups: number;
  children: number;
  deps: number;
  retired: number;
  units: number;
  strBytes: number;
  /** Credentials with start days. */
  starts: number;
  /** Bytes of their start days as UTF-8 JSON. */
  startsBytes: number;
  /** Credentials with aliases. */
  aliased: number;
  /** Bytes of their aliases as UTF-8 JSON. */
  aliasBytes: number;
  /** Credentials with a renewal. */
  renewing: number;
  /** Providers named by credentials. */
  providers: number;
  /** Bytes of their ids as UTF-8 JSON. */
  providerBytes: number;
}

type Section = [width: 1 | 4 | 8, length: number];

export const sections = (s: Sizes): Section[] => [
  [8, s.n], // cost
  [8, s.n], // duration
  [8, s.n], // credits
  [8, s.groups], // groupParam
  [4, s.n], // req
  [4, s.groups + 1], // groupStart
  [4, s.children], // groupChildren
  [4, s.n + 1], // depStart
  [4, s.deps], // deps
  [4, s.retired], // retired
  [4, s.n + 1], // id offsets (UTF-16 units into the string table)
  [1, s.groups], // groupKind
  [1, s.n], // orOnly
  [1, s.strBytes], // string table (UTF-8)
  [8, s.n], // effort
  [4, s.starts], // startsAt
  [1, s.n], // fixed
  [1, s.startsBytes], // start days (UTF-8 JSON, a list per entry of startsAt)
  [4, s.aliased], // aliasesAt
  [4, s.renewing], // renewalsAt
  [8, 2 * s.renewing], // renewalFigures
  [1, s.aliasBytes], // aliases (UTF-8 JSON, a list per entry of aliasesAt)
  [1, s.n], // kind
  [4, s.n], // provider
  [1, s.providerBytes], // providers' ids (UTF-8 JSON, a list)
];

const align8 = (x: number): number => (x + 7) & ~7;

/** @returns the byte offset of each section inside the body, and the body's length */
export function layout(s: Sizes): { offsets: number[]; length: number } {
  const offsets: number[] = [];
  let at = 0;
  for (const [width, length] of sections(s)) {
    at = align8(at);
    offsets.push(at);
    at += width * length;
  }
  return { offsets, length: align8(at) };
}

/**
 * Writes a compact index as a snapshot bound to the document it was compiled from.
 * @param index - the compiled index (compileIndex)
 * @param key - 32 bytes naming the exact document (e.g. the SHA-256 of its bytes)
 * @returns the snapshot's bytes (one fresh buffer)
 * @throws PathwiseError INVALID_INPUT when the key is not 32 bytes
 */
export function writeIndexSnapshot(index: CompactIndex, key: Uint8Array): Uint8Array {
  if (key.length !== SNAPSHOT_KEY_BYTES) throw keyError(key);
  const { sizes, parts } = snapshotSections(index);
  const { offsets, length } = layout(sizes);
  const out = new Uint8Array(HEADER_BYTES + length);
  const body = out.subarray(HEADER_BYTES);
  parts.forEach((part, k) => body.set(bytesOf(part), offsets[k]!));
  out.set(snapshotHeader(sizes, length, crc32(body), key));
  return out;
}

/** @returns the bytes of a typed array (a view of its own memory) */
export const bytesOf = (part: ArrayBufferView): Uint8Array =>
  new Uint8Array(part.buffer, part.byteOffset, part.byteLength);

/**
 * @param sizes - the snapshot's sizes
 * @param length - its body's length (layout's)
 * @param crc - the CRC-32 of its body
 * @param key - the document's key (32 bytes)
 * @returns its header: magic, format, counts, body length and checksum, key
 */
export function snapshotHeader(
  sizes: Sizes,
  length: number,
  crc: number,
  key: Uint8Array,
): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) out[i] = MAGIC.charCodeAt(i);
  const counts = [
    SNAPSHOT_FORMAT,
    sizes.n,
    sizes.groups,
    sizes.children,
    sizes.deps,
    sizes.retired,
    sizes.units,
    sizes.strBytes,
    sizes.starts,
    sizes.startsBytes,
    sizes.aliased,
    sizes.aliasBytes,
    sizes.renewing,
    sizes.providers,
    sizes.providerBytes,
    length,
    crc,
  ];
  counts.forEach((c, k) => view.setUint32(8 + 4 * k, c >>> 0, true));
  out.set(key, KEY_AT);
  return out;
}

/**
 * @param index - a compact index
 * @returns the sizes of its snapshot and each section's elements, in layout order (`sections`):
 *   the index's own arrays, and the ids' offsets, string table and texts made for it
 */
export function snapshotSections(index: CompactIndex): { sizes: Sizes; parts: ArrayBufferView[] } {
  const joined = index.ids.join('');
  const strings = new TextEncoder().encode(joined);
  const days = new TextEncoder().encode(JSON.stringify(index.startDays));
  const aliases = new TextEncoder().encode(JSON.stringify(index.aliasLists));
  const providers = new TextEncoder().encode(JSON.stringify(index.providers));
  const sizes: Sizes = {
    n: index.n,
    groups: index.groupKind.length,
    children: index.groupChildren.length,
    deps: index.deps.length,
    retired: index.retired.length,
    units: joined.length,
    strBytes: strings.length,
    starts: index.startsAt.length,
    startsBytes: days.length,
    aliased: index.aliasesAt.length,
    aliasBytes: aliases.length,
    renewing: index.renewalsAt.length,
    providers: index.providers.length,
    providerBytes: providers.length,
  };
  const offsetsOfIds = new Uint32Array(index.n + 1);
  for (let i = 0; i < index.n; i++) offsetsOfIds[i + 1] = offsetsOfIds[i]! + index.ids[i]!.length;
  const parts: ArrayBufferView[] = [
    index.cost,
    index.duration,
    index.credits,
    index.groupParam,
    index.req,
    index.groupStart,
    index.groupChildren,
    index.depStart,
    index.deps,
    index.retired,
    offsetsOfIds,
    index.groupKind,
    index.orOnly,
    strings,
    index.effort,
    index.startsAt,
    index.fixed,
    days,
    index.aliasesAt,
    index.renewalsAt,
    index.renewalFigures,
    aliases,
    index.kind,
    index.provider,
    providers,
  ];
  return { sizes, parts };
}

/** The section of the ids' offsets into the string table. */
export const ID_OFFSETS = 10;
/** The section of the string table. */
export const STRING_TABLE = 13;
/** The section of the start days' JSON. */
export const START_DAYS = 17;
/** The section of the aliases' JSON. */
export const ALIASES = 21;
/** The section of the providers' ids' JSON. */
export const PROVIDERS = 24;
/** @returns whether section k is text (decoded once, so copied out of shared memory first) */
export const isText = (k: number): boolean =>
  k === STRING_TABLE || k === START_DAYS || k === ALIASES || k === PROVIDERS;

/** The kind each section is read as, in layout order (`sections`). */
export const SECTION_KINDS = [
  Float64Array,
  Float64Array,
  Float64Array,
  Float64Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Uint32Array,
  Uint8Array,
  Uint8Array,
  Uint8Array,
  Float64Array,
  Int32Array,
  Uint8Array,
  Uint8Array,
  Int32Array,
  Int32Array,
  Float64Array,
  Uint8Array,
  Uint8Array,
  Int32Array,
  Uint8Array,
] as const;

/** @returns whether section k is one of the index's own arrays (not the ids' offsets or a text) */
export const isIndexArray = (k: number): boolean => k !== ID_OFFSETS && !isText(k);

export const keyError = (key: Uint8Array): PathwiseError =>
  new PathwiseError(
    'INVALID_INPUT',
    `a snapshot key has ${SNAPSHOT_KEY_BYTES} bytes, not ${key.length}`,
  );

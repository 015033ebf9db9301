/**
 * Reading a compiled snapshot (index-snapshot.ts has its layout and writes it): the header checked
 * first (magic, format, key, exact length), then the body's CRC-32, then the sections assembled
 * into a compact index, so that a wrong, stale, truncated or corrupt snapshot is refused whole.
 */
import { crc32 } from 'node:zlib';
import { PathwiseError } from '@pathwise/core';
import type { CompactIndex } from './compact-index.js';
import { IdPrefixMap } from './id-map.js';
import {
  ALIASES,
  HEADER_BYTES,
  ID_OFFSETS,
  KEY_AT,
  MAGIC,
  SNAPSHOT_FORMAT,
  PROVIDERS,
  SNAPSHOT_KEY_BYTES,
  START_DAYS,
  STRING_TABLE,
  keyError,
  layout,
  sections,
  type Sizes,
} from './index-snapshot.js';

/** How a snapshot is read: copied (the default), or in place. */
export interface SnapshotMemory {
  /**
   * Read only: the bytes are given up to the index (a file just read, never changed after). When
   * they are the whole of their buffer and the body starts at a multiple of 8, the index's arrays
   * are views of them rather than a copy: at 2x10^6 credentials that is 195 MB less, and no copy.
   */
  owned?: boolean;
}

/**
 * Reads a snapshot back into a compact index, refusing it whole on any fault.
 * @param bytes - the snapshot's bytes (not changed; the index copies them into aligned arrays)
 * @param key - the key of the document the caller holds; a snapshot bound to another is stale
 * @param memory - `owned`: the bytes are given up to the index, which may keep views of them
 * @returns the compact index, identical to compileIndex of that document
 * @throws PathwiseError INVALID_INPUT naming the fault: not a snapshot, another format, stale key,
 *   truncated or too long, checksum mismatch
 */
export function readIndexSnapshot(
  bytes: Uint8Array,
  key: Uint8Array,
  memory: SnapshotMemory = {},
): CompactIndex {
  if (bytes.length < HEADER_BYTES) throw fault(`is truncated (${bytes.length} bytes)`);
  const { sizes, offsets, length, crc } = readHeader(bytes, key, bytes.length);
  // A buffer of its own puts the body at a multiple of 8 (HEADER_BYTES is one), as its views need.
  const body =
    memory.owned && ownsBuffer(bytes) ? bytes.subarray(HEADER_BYTES) : copied(bytes, length);
  if (crc32(body) >>> 0 !== crc) throw fault('is corrupt (checksum mismatch)');
  const sec = sections(sizes);
  return assembleIndex(
    sizes,
    (k, make) => new make(body.buffer, body.byteOffset + offsets[k]!, sec[k]![1]),
  );
}

/** What a snapshot's header says, once checked. */
export interface SnapshotHeader {
  sizes: Sizes;
  /** Each section's byte offset in the body. */
  offsets: number[];
  /** The body's length in bytes. */
  length: number;
  /** The body's CRC-32, as stored. */
  crc: number;
}

/**
 * Checks a snapshot's header (at least HEADER_BYTES of it): magic, format, key and the file's length.
 * @param total - the whole snapshot's length in bytes
 * @throws PathwiseError INVALID_INPUT naming the first fault
 */
export function readHeader(header: Uint8Array, key: Uint8Array, total: number): SnapshotHeader {
  if (key.length !== SNAPSHOT_KEY_BYTES) throw keyError(key);
  for (let i = 0; i < 8; i++)
    if (header[i] !== MAGIC.charCodeAt(i)) throw fault('is not a Pathwise snapshot');
  const view = new DataView(header.buffer, header.byteOffset, HEADER_BYTES);
  const u32 = (k: number): number => view.getUint32(8 + 4 * k, true);
  if (u32(0) !== SNAPSHOT_FORMAT)
    throw fault(`has format ${u32(0)}; this engine reads format ${SNAPSHOT_FORMAT}`);
  const stored = header.subarray(KEY_AT, HEADER_BYTES);
  if (!stored.every((b, i) => b === key[i])) throw fault('was compiled from another document');
  const sizes: Sizes = {
    n: u32(1),
    groups: u32(2),
    children: u32(3),
    deps: u32(4),
    retired: u32(5),
    units: u32(6),
    strBytes: u32(7),
    starts: u32(8),
    startsBytes: u32(9),
    aliased: u32(10),
    aliasBytes: u32(11),
    renewing: u32(12),
    providers: u32(13),
    providerBytes: u32(14),
  };
  const { offsets, length } = layout(sizes);
  if (u32(15) !== length || total !== HEADER_BYTES + length)
    throw fault(`has ${total} bytes where its header says ${HEADER_BYTES + length}`);
  return { sizes, offsets, length, crc: u32(16) };
}

/**
 * @param sizes - the snapshot's sizes
 * @param section - section k's elements, as the kind given (its checksum already checked)
 * @returns the compact index of those sections
 * @throws PathwiseError INVALID_INPUT when the string table is not the ids it should be
 */
export function assembleIndex(
  sizes: Sizes,
  section: <T extends ArrayBufferView>(
    k: number,
    make: new (b: ArrayBufferLike, o: number, l: number) => T,
  ) => T,
  known?: KnownIds,
): CompactIndex {
  const { ids, idOf } = idsOf(sizes, section(ID_OFFSETS, Uint32Array), section, known);
  return {
    n: sizes.n,
    ids,
    idOf,
    cost: section(0, Float64Array),
    duration: section(1, Float64Array),
    credits: section(2, Float64Array),
    groupParam: section(3, Float64Array),
    req: section(4, Int32Array),
    groupStart: section(5, Int32Array),
    groupChildren: section(6, Int32Array),
    depStart: section(7, Int32Array),
    deps: section(8, Int32Array),
    retired: section(9, Int32Array),
    groupKind: section(11, Uint8Array),
    orOnly: section(12, Uint8Array),
    effort: section(14, Float64Array),
    startsAt: section(15, Int32Array),
    fixed: section(16, Uint8Array),
    startDays: stringListsOf(section(START_DAYS, Uint8Array), sizes.starts, 'start days'),
    aliasesAt: section(18, Int32Array),
    renewalsAt: section(19, Int32Array),
    renewalFigures: section(20, Float64Array),
    aliasLists: stringListsOf(section(ALIASES, Uint8Array), sizes.aliased, 'aliases'),
    kind: section(22, Uint8Array),
    provider: section(23, Int32Array),
    providers: stringsOf(section(PROVIDERS, Uint8Array), sizes.providers, 'providers'),
  };
}

/** The ids of a version whose first ones are already decoded (an earlier version's). */
export interface KnownIds {
  /** The earlier version's ids and map. */
  ids: readonly string[];
  idOf: IdPrefixMap;
  /** The UTF-16 units and UTF-8 bytes of their part of the string table. */
  units: number;
  strBytes: number;
}

/** @returns the ids (the known ones as they are, the rest decoded from the string table) and map */
function idsOf(
  sizes: Sizes,
  idOffsets: Uint32Array,
  section: <T extends ArrayBufferView>(
    k: number,
    make: new (b: ArrayBufferLike, o: number, l: number) => T,
  ) => T,
  known?: KnownIds,
): { ids: string[]; idOf: IdPrefixMap } {
  const from = known?.ids.length ?? 0;
  const units = known?.units ?? 0;
  if (from > sizes.n || units > sizes.units || idOffsets[from] !== units)
    throw fault('does not continue the ids it was said to');
  const table = section(STRING_TABLE, Uint8Array);
  const joined = new TextDecoder('utf-8', { fatal: true }).decode(
    table.subarray(known?.strBytes ?? 0),
  );
  if (joined.length !== sizes.units - units) throw fault('has a string table of the wrong length');
  const ids = known ? known.ids.slice() : [];
  ids.length = sizes.n;
  for (let i = from; i < sizes.n; i++)
    ids[i] = joined.slice(idOffsets[i]! - units, idOffsets[i + 1]! - units);
  return { ids, idOf: known ? known.idOf.extend(ids) : IdPrefixMap.of(ids) };
}

/**
 * @param text - a section of string lists (the start days', the aliases')
 * @param count - the credentials with such a list, as the header says
 * @param what - what the lists are, for the fault
 * @returns a list of strings per credential with one
 * @throws PathwiseError INVALID_INPUT when the section is not `count` lists of strings
 */
function stringListsOf(text: Uint8Array, count: number, what: string): (readonly string[])[] {
  const lists = jsonOf(text, what);
  if (!Array.isArray(lists) || lists.length !== count || !lists.every(isStrings))
    throw fault(`has ${what} that are not ${count} lists of strings`);
  return lists;
}

/**
 * @param text - a section of strings (the providers')
 * @returns the strings
 * @throws PathwiseError INVALID_INPUT when the section is not `count` strings
 */
function stringsOf(text: Uint8Array, count: number, what: string): readonly string[] {
  const strings = jsonOf(text, what);
  if (!isStrings(strings) || strings.length !== count)
    throw fault(`has ${what} that are not ${count} strings`);
  return strings;
}

const isStrings = (d: unknown): d is string[] =>
  Array.isArray(d) && d.every((s) => typeof s === 'string');

/** @returns a text section's JSON @throws PathwiseError INVALID_INPUT when it is not JSON */
function jsonOf(text: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(text));
  } catch {
    throw fault(`has ${what} that are not JSON`);
  }
}

/** @returns the body as a copy, so every typed array is aligned and owns its memory apart from the
 * file buffer (a Node Buffer's slice() is a view, so copy through a fresh Uint8Array) */
function copied(bytes: Uint8Array, length: number): Uint8Array {
  const body = new Uint8Array(length);
  body.set(bytes.subarray(HEADER_BYTES));
  return body;
}

/** @returns whether `bytes` is the whole of its buffer (no other data kept alive by a view) */
function ownsBuffer(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}

export const fault = (what: string): PathwiseError =>
  new PathwiseError('INVALID_INPUT', `compiled snapshot ${what}`);

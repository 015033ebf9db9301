/**
 * A compact index in shared memory, for worker threads: its sections (index-snapshot.ts's layout)
 * each a typed array over a SharedArrayBuffer, which a worker reads in place. The index's own arrays
 * already live in shared memory (spare-room.ts allocates them there), so sharing a version copies
 * none of them, however many versions a line of publishes has made (each appends to the arrays of the
 * one before, which keeps its own length); only the ids' string table and the texts are written for
 * it. An array an index got elsewhere (a snapshot read into one private buffer) is copied once. A
 * worker that read the version before decodes only the ids a publish appended, and extends its map.
 */
import { PathwiseError } from '@pathwise/core';
import type { CompactIndex } from './compact-index.js';
import { IdPrefixMap } from './id-map.js';
import {
  SECTION_KINDS,
  SNAPSHOT_KEY_BYTES,
  isText,
  sections,
  snapshotSections,
  type Sizes,
} from './index-snapshot.js';
import { assembleIndex, fault } from './read-index-snapshot.js';

/** A compact index as worker threads receive it (structured clone shares the sections' memory). */
export interface SharedIndex {
  /** The 32 bytes it is bound to (the version it is for). */
  key: Uint8Array;
  sizes: Sizes;
  /** Section k's elements, over shared memory, in layout order. */
  sections: ArrayBufferView[];
  /**
   * The version shared before it when this one continues its ids (a publish appends to them): a
   * worker that read that version decodes only the ids after them, and extends its map of them.
   */
  continues?: Continued;
}

/** The earlier version a shared index continues, and how much of its string table is that one's. */
interface Continued {
  key: Uint8Array;
  n: number;
  units: number;
  strBytes: number;
}

/** This thread's last shared version (main) and last read one (a worker), to continue from. */
let lastShared: (Continued & { idOf: IdPrefixMap }) | undefined;
let lastRead: { key: Uint8Array; ids: readonly string[]; idOf: IdPrefixMap } | undefined;

/**
 * @param index - a compact index
 * @param key - 32 bytes naming the version it is for
 * @returns it in shared memory: its arrays as they are when they are shared already, else copies
 * @throws PathwiseError INVALID_INPUT when the key is not 32 bytes
 */
export function shareIndex(index: CompactIndex, key: Uint8Array): SharedIndex {
  if (key.length !== SNAPSHOT_KEY_BYTES)
    throw new PathwiseError('INVALID_INPUT', `a shared index's key has ${key.length} bytes`);
  const { sizes, parts } = snapshotSections(index);
  const shared: SharedIndex = { key: key.slice(), sizes, sections: parts.map(inSharedMemory) };
  const { idOf } = index;
  if (!(idOf instanceof IdPrefixMap)) return shared;
  if (lastShared !== undefined && idOf.continues(lastShared.idOf)) {
    const { key: earlier, n, units, strBytes } = lastShared;
    shared.continues = { key: earlier, n, units, strBytes };
  }
  lastShared = { key: shared.key, n: sizes.n, units: sizes.units, strBytes: sizes.strBytes, idOf };
  return shared;
}

/**
 * @param shared - an index written by `shareIndex`
 * @param key - the key it was shared with
 * @returns the compact index, its arrays views of the shared sections (the texts decoded)
 * @throws PathwiseError INVALID_INPUT when it is bound to another key or a section does not have the
 *   length its sizes say
 */
export function readSharedIndex(shared: SharedIndex, key: Uint8Array): CompactIndex {
  const bound = shared.key;
  if (!sameBytes(bound, key)) throw fault('was compiled from another document');
  const sec = sections(shared.sizes);
  if (shared.sections.length !== sec.length) throw fault('is damaged (sections missing)');
  const from = shared.continues;
  const known =
    from !== undefined && lastRead !== undefined && sameBytes(from.key, lastRead.key)
      ? { ids: lastRead.ids, idOf: lastRead.idOf, units: from.units, strBytes: from.strBytes }
      : undefined;
  const index = assembleIndex(
    shared.sizes,
    (k, make) => {
      const part = shared.sections[k]!;
      const [width, length] = sec[k]!;
      if (part.byteLength !== width * length) throw fault(`is damaged (section ${k}'s length)`);
      const view = new make(part.buffer, part.byteOffset, length);
      // TextDecoder refuses views of shared memory: a text is copied out (decoded once).
      return isText(k) ? ((view as unknown as Uint8Array).slice() as unknown as typeof view) : view;
    },
    known?.ids.length === from?.n ? known : undefined,
  );
  lastRead = { key: shared.key, ids: index.ids, idOf: index.idOf as IdPrefixMap };
  return index;
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** @returns `part` when its memory is shared, else a copy of it in shared memory */
function inSharedMemory(part: ArrayBufferView, k: number): ArrayBufferView {
  if (part.buffer instanceof SharedArrayBuffer) return part;
  const bytes = new Uint8Array(new SharedArrayBuffer(part.byteLength));
  bytes.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength));
  const Kind = SECTION_KINDS[k]! as new (
    b: ArrayBufferLike,
    o: number,
    l: number,
  ) => ArrayBufferView;
  return new Kind(bytes.buffer, 0, part.byteLength / SECTION_KINDS[k]!.BYTES_PER_ELEMENT);
}

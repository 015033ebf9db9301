/**
 * Reads a snapshot file (index-snapshot.ts's layout) straight into the index's arrays: each section
 * is read from the file into an array of its own with room after it (spare-room.ts), instead of the
 * whole file into one buffer the arrays are views of. Same bytes read, same checks; but the next
 * version of the index, when it only appends credentials, writes into these arrays rather than
 * copying them all (at 2x10^6 credentials: the first publish after a start, 1.4 s to a few 100 ms).
 */
import { open, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { CompactIndex } from './compact-index.js';
import {
  HEADER_BYTES,
  SECTION_KINDS,
  assembleIndex,
  fault,
  isIndexArray,
  readHeader,
  sections,
} from './index-snapshot.js';
import { handOut, roomFor, whole, type Typed, type TypedKind } from './spare-room.js';

/**
 * @param path - the snapshot file
 * @param key - the key of the document the caller holds; a snapshot bound to another is stale
 * @returns the compact index, identical to compileIndex of that document
 * @throws PathwiseError INVALID_INPUT naming the fault (as readIndexSnapshot); the file system's
 *   error when the file cannot be read (ENOENT when there is none)
 */
export async function readIndexSnapshotFile(path: string, key: Uint8Array): Promise<CompactIndex> {
  const file = await open(path, 'r');
  try {
    const total = (await file.stat()).size;
    if (total < HEADER_BYTES) throw fault(`is truncated (${total} bytes)`);
    const header = await readExactly(file, new Uint8Array(HEADER_BYTES), 0);
    const { sizes, offsets, length, crc } = readHeader(header, key, total);
    const sec = sections(sizes);
    const parts: Uint8Array[] = [];
    let sum = 0;
    for (let k = 0; k < sec.length; k++) {
      const Kind = SECTION_KINDS[k]!;
      // Section k and the padding after it; the index's arrays get room after them besides (the id
      // offsets and the string table are read once, to build the ids).
      const span = (k + 1 < sec.length ? offsets[k + 1]! : length) - offsets[k]!;
      const fits = Math.ceil(span / Kind.BYTES_PER_ELEMENT);
      const array = isIndexArray(k)
        ? whole(Kind as TypedKind<Typed>, Math.max(fits, roomFor(sec[k]![1])))
        : new Kind(fits);
      const bytes = new Uint8Array(array.buffer, 0, span);
      await readExactly(file, bytes, HEADER_BYTES + offsets[k]!);
      sum = crc32(bytes, sum);
      parts.push(bytes);
    }
    if (sum >>> 0 !== crc) throw fault('is corrupt (checksum mismatch)');
    return assembleIndex(sizes, (k, make) => {
      const count = sec[k]![1];
      const buffer = parts[k]!.buffer as ArrayBuffer;
      // The index's arrays end what their buffers hand out: an append-only update may go on there.
      if (isIndexArray(k))
        handOut(new (SECTION_KINDS[k] as TypedKind<Typed>)(buffer, 0, count), count);
      return new make(buffer, 0, count);
    });
  } finally {
    await file.close();
  }
}

/** Reads `into.length` bytes at `position`, or fails as truncated. @returns `into` */
async function readExactly(
  file: FileHandle,
  into: Uint8Array,
  position: number,
): Promise<Uint8Array> {
  let done = 0;
  while (done < into.length) {
    const { bytesRead } = await file.read(into, done, into.length - done, position + done);
    if (bytesRead === 0) throw fault('is truncated');
    done += bytesRead;
  }
  return into;
}

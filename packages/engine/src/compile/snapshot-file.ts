/**
 * Writes a snapshot file section by section (writeIndexSnapshotTo), and reads one (index-snapshot.ts's
 * layout) straight into the index's arrays: each section
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
  SNAPSHOT_KEY_BYTES,
  bytesOf,
  isIndexArray,
  keyError,
  layout,
  sections,
  snapshotHeader,
  snapshotSections,
} from './index-snapshot.js';
import { assembleIndex, fault, readHeader } from './read-index-snapshot.js';
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
      if (bytes.length > 0) sum = crc32(bytes, sum); // of no memory at all, crc32 starts again
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

/**
 * Writes a snapshot (writeIndexSnapshot's bytes) into an open file section by section: the sections
 * at their places, then the header with their checksum. The whole snapshot is never in one buffer
 * (223 MB at 2x10^6 credentials, held beside the index and the catalog while a store writes it).
 * @param file - a new file, open for writing
 * @param index - the compiled index
 * @param key - 32 bytes naming the exact document
 * @throws PathwiseError INVALID_INPUT when the key is not 32 bytes; the file system's error
 */
export async function writeIndexSnapshotTo(
  file: FileHandle,
  index: CompactIndex,
  key: Uint8Array,
): Promise<void> {
  if (key.length !== SNAPSHOT_KEY_BYTES) throw keyError(key);
  const { sizes, parts } = snapshotSections(index);
  const { offsets, length } = layout(sizes);
  const zeros = new Uint8Array(8);
  let crc = 0;
  let at = 0; // where the body's next byte goes
  const put = async (bytes: Uint8Array): Promise<void> => {
    if (bytes.length === 0) return; // zlib's crc32 of no memory at all starts again from 0
    crc = crc32(bytes, crc);
    await writeExactly(file, bytes, HEADER_BYTES + at);
    at += bytes.length;
  };
  for (let k = 0; k < parts.length; k++) {
    await put(zeros.subarray(0, offsets[k]! - at)); // the padding before section k
    await put(bytesOf(parts[k]!));
  }
  await put(zeros.subarray(0, length - at));
  await writeExactly(file, snapshotHeader(sizes, length, crc >>> 0, key), 0);
}

/** Writes all of `bytes` at `position`. */
async function writeExactly(file: FileHandle, bytes: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await file.write(bytes, done, bytes.length - done, position + done);
    done += bytesWritten;
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

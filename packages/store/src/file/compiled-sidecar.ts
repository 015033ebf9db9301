/**
 * The compiled snapshot beside each catalog version of the file store (`<name>.snapshot.bin` next to
 * `<name>.json`). The store does not know the snapshot's layout: a `SnapshotCodec` (the engine's,
 * `indexSnapshotCodec`) compiles, writes and reads it. The store binds each snapshot to the exact
 * bytes of the catalog file by their SHA-256, so a snapshot left from another version, a half-written
 * or a damaged one is refused by the codec and the JSON is used instead, with a warning.
 */
import { createHash } from 'node:crypto';
import { readFile, type FileHandle } from 'node:fs/promises';
import type { CatalogCompiler } from '../catalog-compiler.js';
import { atomicWriteFile } from './atomic-write.js';

/** How a file store compiles a catalog to a snapshot and reads one back. */
export interface SnapshotCodec<T = unknown> extends CatalogCompiler<T> {
  /** @returns the snapshot's bytes, bound to `key` (32 bytes naming the document) */
  write(compiled: T, key: Uint8Array): Uint8Array;
  /**
   * Writes the snapshot into a new file open for writing, when the codec can without making it one
   * buffer (the engine's writes it section by section); without it, the store writes `write`'s bytes.
   */
  writeTo?(file: FileHandle, compiled: T, key: Uint8Array): Promise<void>;
  /**
   * @param bytes - the snapshot file's bytes, given up to the codec (never changed after): the
   *   compiled form may keep views of them
   * @param key - the document's key
   * @returns the compiled form read back from `bytes`
   * @throws when the snapshot is not bound to `key`, truncated, corrupt, or of another format
   */
  read(bytes: Uint8Array, key: Uint8Array): T;
  /**
   * Reads the snapshot file itself, when the codec can do better than `read` of its bytes (the
   * engine's reads each array into memory of its own, which later versions can go on in).
   * @param path - the snapshot file
   * @param key - the document's key
   * @returns the compiled form read from the file
   * @throws as `read`, or the file system's error (ENOENT when there is no file)
   */
  readFile?(path: string, key: Uint8Array): Promise<T>;
}

/**
 * @param path - the catalog file, `<name>.json`
 * @returns the snapshot's path beside it, `<name>.snapshot.bin`
 */
export const snapshotPathOf = (path: string): string =>
  `${path.replace(/\.json$/, '')}.snapshot.bin`;

/**
 * @param document - the catalog file's exact bytes (or its text, as written)
 * @returns the 32-byte key a snapshot of it is bound to (SHA-256)
 */
export function documentKey(document: string | Uint8Array): Uint8Array {
  return createHash('sha256').update(document).digest();
}

/**
 * Reads the snapshot of a document; never throws.
 * @param codec - the codec
 * @param path - the snapshot file
 * @param key - the document's key
 * @param warn - told why a snapshot that is there was not used
 * @returns the compiled form, or undefined when there is no usable snapshot
 */
export async function readSidecar<T>(
  codec: SnapshotCodec<T>,
  path: string,
  key: Uint8Array,
  warn: (message: string) => void,
): Promise<T | undefined> {
  try {
    if (codec.readFile) return await codec.readFile(path, key);
    return codec.read(await readFile(path), key);
  } catch (error) {
    // The file system's errors carry the call that failed; the codec's name what is wrong.
    const system = (error as NodeJS.ErrnoException).syscall !== undefined;
    if (system && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    warn(
      system
        ? `cannot read ${path}; loading the catalog from its JSON (${String(error)})`
        : `${path}: ${(error as Error).message}; loading the catalog from its JSON`,
    );
    return undefined;
  }
}

/**
 * Writes the snapshot of a committed document atomically; never throws (a store without its
 * snapshot is still whole: the next load falls back to the JSON).
 * @param codec - the codec
 * @param path - the snapshot file
 * @param compiled - the compiled form of the document's catalog
 * @param key - the document's key
 * @param warn - told when it could not be written
 * @returns whether it was written
 */
export async function writeSidecar<T>(
  codec: SnapshotCodec<T>,
  path: string,
  compiled: T,
  key: Uint8Array,
  warn: (message: string) => void,
): Promise<boolean> {
  try {
    const writeTo = codec.writeTo?.bind(codec);
    await atomicWriteFile(
      path,
      writeTo ? (file) => writeTo(file, compiled, key) : codec.write(compiled, key),
    );
    return true;
  } catch (error) {
    warn(`cannot write ${path}; the next load reads the JSON (${String(error)})`);
    return false;
  }
}

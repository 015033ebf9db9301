/**
 * The on-disk layout of the file store: `catalog.json` holds `{ version, logBytes, catalog }` (version
 * first, so it can be read from the first bytes), and `changes.jsonl` beside it holds one ChangeRecord
 * per line. `logBytes` is the log's length when that version committed: log bytes past it belong to a
 * publish that never committed and are ignored, then truncated by the next apply.
 */
import { open, readFile } from 'node:fs/promises';
import type { Catalog } from '@pathwise/core';
import {
  CatalogInvalidError,
  PathwiseError,
  arraySpans,
  isLazyCredentials,
  readCatalogDocument,
  writeCatalogDocument,
} from '@pathwise/core';
import type { ChangeRecord } from '../catalog-store.js';

/** The content of `catalog.json`. */
export interface StoreFile {
  version: number;
  logBytes: number;
  catalog: Catalog;
}

/**
 * Serialises a store file with `version` and `logBytes` in its first bytes. A catalog read lazily
 * (readStoreFile's) is written by copying each credential's bytes that it still has, not by encoding
 * every credential again.
 * @param file - what to write
 * @returns the JSON text, or its UTF-8 bytes
 */
export function renderStoreFile(file: StoreFile): string | Uint8Array {
  const before = headerOf(file);
  if (!isLazyCredentials(file.catalog.credentials))
    return `${before}${JSON.stringify(file.catalog)}}\n`;
  return writeCatalogDocument(file.catalog, { before, after: '}\n' }).bytes;
}

/**
 * Reads a catalog file into the first store file of a new store (version 1): the header, the
 * file's bytes as they are, the closing brace, in shared memory as readBytesIfThere's `shared` reads
 * a store file, so the file's bytes are read once and never copied.
 * @param path - the catalog file
 * @returns the store file's bytes, and the catalog file's bytes within them (a view)
 * @throws the file system's error when the file cannot be read; CatalogInvalidError UNREADABLE
 *   when it shrinks while read
 */
export async function readSeedFile(path: string): Promise<{ file: Buffer; catalog: Buffer }> {
  const head = Buffer.from(headerOf({ version: 1, logBytes: 0 }));
  const tail = Buffer.from('}\n');
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const file = Buffer.from(new SharedArrayBuffer(head.length + size + tail.length));
    head.copy(file);
    const catalog = file.subarray(head.length, head.length + size);
    let done = 0;
    while (done < size) {
      const { bytesRead } = await handle.read(catalog, done, size - done, done);
      if (bytesRead === 0)
        throw new CatalogInvalidError([
          { code: 'UNREADABLE', path: '', message: `${path} was cut short while read`, ids: [] },
        ]);
      done += bytesRead;
    }
    tail.copy(file, head.length + size);
    return { file, catalog };
  } finally {
    await handle.close();
  }
}

/** The store file up to its catalog: version first, so it can be read from the first bytes. */
const headerOf = (file: Pick<StoreFile, 'version' | 'logBytes'>): string =>
  `{"version":${file.version},"logBytes":${file.logBytes},"catalog":`;

const HEADER = /^\{"version":(\d+),"logBytes":(\d+),/;

/**
 * @param path - one of the store's files
 * @returns its text, or undefined when it does not exist
 * @throws PathwiseError STORE_UNAVAILABLE when it cannot be read
 */
export async function readTextIfThere(path: string): Promise<string | undefined> {
  return (await readBytesIfThere(path))?.toString('utf8');
}

/**
 * @param path - one of the store's files
 * @param shared - read them into shared memory (a SharedArrayBuffer they are the whole of), which the
 *   engine then hands to its planning workers as it is (engine's shared-catalog.ts)
 * @returns its exact bytes, or undefined when it does not exist
 * @throws PathwiseError STORE_UNAVAILABLE when it cannot be read
 */
export async function readBytesIfThere(path: string, shared = false): Promise<Buffer | undefined> {
  try {
    return shared ? await readShared(path) : await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PathwiseError('STORE_UNAVAILABLE', `cannot read ${path}`, { cause: error });
  }
}

/** @returns the file's bytes, the whole of a SharedArrayBuffer */
async function readShared(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const bytes = Buffer.from(new SharedArrayBuffer(size));
    let done = 0;
    while (done < size) {
      const { bytesRead } = await handle.read(bytes, done, size - done, done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    // A file cut short while being read (the store replaces its files whole, never in place).
    return done === size ? bytes : bytes.subarray(0, done);
  } finally {
    await handle.close();
  }
}

/**
 * Decodes a store file's bytes.
 * @param bytes - its exact bytes (never changed after: a lazy catalog keeps them)
 * @param path - where they were read (for errors)
 * @param lazy - decode the credentials on demand, not now (catalog-document.ts): for a file this
 *   store wrote and validated (its snapshot is bound to these bytes); a file whose credentials
 *   cannot be found without parsing is parsed whole
 * @returns its content
 * @throws PathwiseError STORE_UNAVAILABLE when it is not a store file
 */
export function decodeStoreFile(bytes: Uint8Array, path: string, lazy: boolean): StoreFile {
  let value: unknown;
  try {
    const spans = lazy ? arraySpans(bytes, ['catalog', 'credentials']) : undefined;
    value =
      spans === undefined
        ? JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'))
        : readCatalogDocument({ bytes, spans }, ['catalog']);
  } catch (error) {
    throw new PathwiseError('STORE_UNAVAILABLE', `${path} is not JSON`, { cause: error });
  }
  const file = value as Partial<StoreFile> | null;
  if (
    !file ||
    typeof file !== 'object' ||
    !Number.isInteger(file.version) ||
    !Number.isInteger(file.logBytes) ||
    typeof file.catalog !== 'object' ||
    file.catalog === null
  ) {
    throw new PathwiseError('STORE_UNAVAILABLE', `${path} is not a Pathwise store file`);
  }
  return file as StoreFile;
}

/**
 * Recognises a store file by its first bytes (so a catalog file is never mistaken for one), for
 * readers given a path that may be either (the CLI's `--catalog`).
 * @param path - a file
 * @returns whether it is a file store's catalog file (false when it cannot be read)
 */
export async function isStoreFile(path: string): Promise<boolean> {
  try {
    return (await readStoreHeader(path)) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Reads only the version of the store file from its first bytes (cheap at any catalog size).
 * @param path - catalog.json
 * @returns the committed version, or undefined when the file does not exist
 * @throws PathwiseError STORE_UNAVAILABLE when it cannot be read or is not a store file
 */
export async function readStoreHeader(
  path: string,
): Promise<{ version: number; logBytes: number } | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PathwiseError('STORE_UNAVAILABLE', `cannot read ${path}`, { cause: error });
  }
  try {
    const buffer = Buffer.alloc(64);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const match = HEADER.exec(buffer.subarray(0, bytesRead).toString('utf8'));
    if (!match)
      throw new PathwiseError('STORE_UNAVAILABLE', `${path} is not a Pathwise store file`);
    return { version: Number(match[1]), logBytes: Number(match[2]) };
  } finally {
    await handle.close();
  }
}

/**
 * Reads committed records of the change log.
 * @param path - changes.jsonl
 * @param logBytes - the committed length; anything after it is ignored
 * @param from - where to start: 0, or the committed length of an earlier version (a record's start)
 * @returns the committed records between the two, oldest first
 */
export async function readChangeLog(
  path: string,
  logBytes: number,
  from = 0,
): Promise<ChangeRecord[]> {
  if (logBytes <= from) return [];
  const buffer = Buffer.alloc(logBytes - from);
  let bytesRead: number;
  try {
    const handle = await open(path, 'r');
    try {
      ({ bytesRead } = await handle.read(buffer, 0, buffer.length, from));
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new PathwiseError('STORE_UNAVAILABLE', `cannot read change log ${path}`, {
      cause: error,
    });
  }
  if (bytesRead < buffer.length) {
    throw new PathwiseError(
      'STORE_UNAVAILABLE',
      `change log ${path} is shorter than its catalog says`,
    );
  }
  return buffer
    .toString('utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as ChangeRecord);
}

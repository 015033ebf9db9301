/**
 * How a file store's committed catalog is read: its base document (catalog.json, with the compiled
 * snapshot bound to its bytes when there is a codec), then the change log's committed records after
 * the base replayed onto both (replay-changes.ts, `SnapshotCodec.update`). Used by the store (which
 * keeps the result and replays only new records later) and by readers that only read (the CLI).
 */
import { stat } from 'node:fs/promises';
import { PathwiseError, type Catalog } from '@pathwise/core';
import { replayChanges } from '../replay-changes.js';
import { compiledAfter } from '../catalog-compiler.js';
import type { SnapshotCodec } from './compiled-sidecar.js';
import { documentKey as keyOf, readSidecar, snapshotPathOf } from './compiled-sidecar.js';
import { headPathOf, readCommitted, type Committed } from './store-head.js';
import { decodeStoreFile, readBytesIfThere, readChangeLog } from './store-file.js';

/** Where one file store's files are. */
export interface StorePaths {
  catalogPath: string;
  logPath: string;
  snapshotPath: string;
  headPath: string;
}

/** The base document as read or last written: the catalog file. */
export interface Base extends Committed {
  /** Its stat (`ino:mtime:size`, which a kept state is bound to) and size. */
  stat: string;
  bytes: number;
  /** The key of its bytes (with a codec), which its snapshot must be bound to. */
  documentKey?: Uint8Array;
  /** Whether a snapshot of it is on disk (read or written). */
  snapshot: boolean;
}

/** A committed catalog: the base with the log's tail replayed. */
export interface StoreState extends Committed {
  base: Base;
  catalog: Catalog;
  /** The compiled form, when a codec is given and the base's snapshot was usable. */
  compiled?: unknown;
}

/**
 * @param s - a file's stat, or undefined when it is missing
 * @returns what a kept state is bound to: `ino:mtime:size`, or `-`
 */
export const statKey = (s: { ino: number; mtimeMs: number; size: number } | undefined): string =>
  s === undefined ? '-' : `${s.ino}:${s.mtimeMs}:${s.size}`;

/**
 * @param path - a file
 * @param mayBeMissing - answer undefined when it does not exist
 * @returns its stat
 * @throws PathwiseError STORE_UNAVAILABLE when it cannot be stat'ed (or is missing, unless allowed)
 */
export async function statOf(
  path: string,
  mayBeMissing = false,
): Promise<{ ino: number; mtimeMs: number; size: number } | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if (mayBeMissing && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PathwiseError('STORE_UNAVAILABLE', `cannot stat ${path}`, { cause: error });
  }
}

/**
 * @param catalogPath - a store's catalog file, `<name>.json`
 * @returns the paths of its files
 */
export function storePaths(catalogPath: string): StorePaths {
  return {
    catalogPath,
    logPath: `${catalogPath.replace(/\.json$/, '')}.changes.jsonl`,
    snapshotPath: snapshotPathOf(catalogPath),
    headPath: headPathOf(catalogPath),
  };
}

/**
 * A base this process has just written (a new store's first version), with its key and compiled
 * form: reading it takes these instead of reading the files back.
 */
export interface WrittenBase {
  /** The catalog file's exact bytes, in shared memory as `lazy` reads them. */
  bytes: Buffer;
  documentKey: Uint8Array;
  /** Its compiled form, as written beside it. */
  compiled: unknown;
  /** The catalog file's stat once written (`statKey`): it is taken only while the file has it. */
  stat: string;
}

/**
 * Reads the base document, and its snapshot when a codec is given.
 * @param paths - the store's files
 * @param statKey - the catalog file's stat, `ino:mtime:size`
 * @param codec - the snapshot codec, if any
 * @param warn - told why a snapshot that is there was not used
 * @param lazy - with a usable snapshot, decode the base's credentials on demand (core's
 *   catalog-document.ts) rather than parse them all now
 * @param written - the base as this process has just written it, instead of reading it back
 * @returns the base as a state (nothing replayed yet)
 * @throws PathwiseError STORE_UNAVAILABLE
 */
export async function readBase(
  paths: StorePaths,
  statKey: string,
  codec: SnapshotCodec | undefined,
  warn: (message: string) => void,
  lazy = false,
  written?: WrittenBase,
): Promise<StoreState> {
  const content = written?.bytes ?? (await readBytesIfThere(paths.catalogPath, lazy));
  if (!content) throw new PathwiseError('STORE_UNAVAILABLE', `${paths.catalogPath} disappeared`);
  // The key of the bytes as they are (the same as of the text written: SHA-256 of its UTF-8).
  const documentKey = codec ? (written?.documentKey ?? keyOf(content)) : undefined;
  const compiled =
    written?.compiled ??
    (codec && documentKey
      ? await readSidecar(codec, paths.snapshotPath, documentKey, warn)
      : undefined);
  // A snapshot bound to these bytes says this store validated them: the credentials need not be
  // parsed now, only those read later are.
  const { version, logBytes, catalog } = decodeStoreFile(
    content,
    paths.catalogPath,
    lazy && compiled !== undefined,
  );
  const bytes = Number(statKey.split(':')[2]);
  const snapshot = compiled !== undefined;
  return {
    base: { version, logBytes, stat: statKey, bytes, documentKey, snapshot },
    version,
    logBytes,
    catalog,
    compiled,
  };
}

/**
 * @param paths - the store's files
 * @param state - a committed state
 * @param committed - a later (or the same) committed version
 * @param codec - the snapshot codec, if any
 * @returns `state` with the log's records up to `committed` replayed
 * @throws PathwiseError STORE_UNAVAILABLE when the log cannot be read or does not follow the state
 */
export async function replayTail(
  paths: StorePaths,
  state: StoreState,
  committed: Committed,
  codec: SnapshotCodec | undefined,
): Promise<StoreState> {
  if (committed.logBytes <= state.logBytes) return state;
  const records = await readChangeLog(paths.logPath, committed.logBytes, state.logBytes);
  records.forEach((r, k) => {
    if (r.version !== state.version + 1 + k)
      throw new PathwiseError(
        'STORE_UNAVAILABLE',
        `change log ${paths.logPath} has version ${r.version} where ${state.version + 1 + k} follows`,
      );
  });
  const compiled = state.compiled;
  const positions = codec && compiled !== undefined ? codec.positions?.(compiled) : undefined;
  const { catalog, changed } = replayChanges(
    state.catalog,
    records.map((r) => r.change),
    positions,
  );
  const after =
    codec && compiled !== undefined ? compiledAfter(codec, compiled, catalog, changed) : undefined;
  return { ...state, ...committed, catalog, compiled: after };
}

/**
 * Reads a file store's committed catalog without opening the store (no lock, nothing written): for
 * readers given the store's catalog file (the CLI's `--catalog`). With a usable snapshot, the
 * credentials are decoded on demand: a plan decodes those it reads, and the change log's records
 * after the base decode only the credentials they name.
 * @param catalogPath - the store's catalog file
 * @param codec - the snapshot codec, if any
 * @param warn - told why a snapshot that is there was not used
 * @returns the committed state; its catalog is not validated when `compiled` is absent
 * @throws PathwiseError STORE_UNAVAILABLE
 */
export async function readStoredCatalog(
  catalogPath: string,
  codec: SnapshotCodec | undefined,
  warn: (message: string) => void,
): Promise<StoreState> {
  const paths = storePaths(catalogPath);
  const committed = await readCommitted(catalogPath, paths.headPath);
  if (!committed) throw new PathwiseError('STORE_UNAVAILABLE', `${catalogPath} disappeared`);
  const base = await readBase(paths, statKey(await statOf(catalogPath)), codec, warn, true);
  return replayTail(paths, base, committed, codec);
}

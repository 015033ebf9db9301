/**
 * The embedded default CatalogStore: one JSON file plus an append-only change log in a directory.
 * Every apply validates the whole resulting catalog first, appends the change to the log (fsync),
 * then replaces the catalog file atomically (write, fsync, rename). A crash at any point leaves the
 * previous version intact and readable. Applies serialise in-process through a queue and across
 * processes through an O_EXCL lock file, so several processes may share one directory on one host
 * (not a network file system). With a SnapshotCodec, each version also gets its compiled snapshot
 * beside it (compiled-sidecar.ts), which loads in place of validating and compiling the JSON.
 */
import { mkdir, open, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Catalog, CatalogChange } from '@pathwise/core';
import { PathwiseError, parseCatalog } from '@pathwise/core';
import type {
  ApplyOptions,
  CatalogSnapshot,
  CatalogStore,
  ChangeRecord,
} from '../catalog-store.js';
import { initialCatalog, nextCatalog, unchanged } from '../next-catalog.js';
import { SerialQueue } from '../serial-queue.js';
import { atomicWriteFile, removeStaleTemporaries } from './atomic-write.js';
import { acquireLock } from './lock-file.js';
import { refuseOverHistory } from './refuse-over-history.js';
import type { StoreFile } from './store-file.js';
import type { SnapshotCodec } from './compiled-sidecar.js';
import { readSidecar, snapshotPathOf, writeSidecar, documentKey } from './compiled-sidecar.js';
import { readChangeLog, readStoreFile, readStoreHeader, renderStoreFile } from './store-file.js';

/** Points inside an apply where a crash test may stop the process. */
export type FileStoreStage = 'log-written' | 'before-rename';

/** Options of `FileCatalogStore.open`. */
export interface FileCatalogStoreOptions {
  /** The catalog of a new store (validated with parseCatalog); ignored when the store exists. Default: empty. */
  seed?: Catalog;
  /** How long an apply waits for another process's lock before STORE_UNAVAILABLE (default 30 s). */
  lockTimeoutMs?: number;
  /** Fault-injection seam for crash tests: awaited at each stage of an apply. Not for production. */
  faultHook?: (stage: FileStoreStage) => Promise<void>;
  /**
   * Compiles each committed version to a snapshot beside the catalog file, and loads that snapshot
   * (as `CatalogSnapshot.compiled`) when it is bound to the catalog file's exact bytes. Default: none.
   */
  snapshots?: SnapshotCodec;
  /** Told when a snapshot is there but unusable, or cannot be written (default: process.emitWarning). */
  onWarning?: (message: string) => void;
}

interface Cached extends StoreFile {
  key: string;
  /** The key of the catalog file's bytes (with a codec), which its snapshot must be bound to. */
  documentKey?: Uint8Array;
  compiled?: unknown;
}

const statKey = (s: { ino: number; mtimeMs: number; size: number }): string =>
  `${s.ino}:${s.mtimeMs}:${s.size}`;

const closedError = (): PathwiseError =>
  new PathwiseError('STORE_UNAVAILABLE', 'catalog store is closed');

/** A CatalogStore on the local file system. Create it with `FileCatalogStore.open`. */
export class FileCatalogStore implements CatalogStore {
  /** The catalog file (`<dir>/catalog.json`, or the `.json` path given to `open`). */
  readonly catalogPath: string;
  /** The change log beside it (`<name>.changes.jsonl`). */
  readonly logPath: string;
  /** The compiled snapshot beside it (`<name>.snapshot.bin`), written when a codec is given. */
  readonly snapshotPath: string;
  private readonly lockPath: string;
  private readonly queue = new SerialQueue();
  private cached: Cached | undefined;
  private closed = false;

  private constructor(
    catalogPath: string,
    private readonly options: FileCatalogStoreOptions,
  ) {
    this.catalogPath = catalogPath;
    const stem = basename(catalogPath).replace(/\.json$/, '');
    this.logPath = join(dirname(catalogPath), `${stem}.changes.jsonl`);
    this.lockPath = `${catalogPath}.lock`;
    this.snapshotPath = snapshotPathOf(catalogPath);
  }

  /**
   * Opens (and creates when missing) a file store.
   * @param path - a directory (the store lives in `<dir>/catalog.json`) or a path ending in `.json`
   * @param options - the seed of a new store, lock timeout
   * @returns the open store, at version 1 when it was just created
   * @throws CatalogInvalidError when the seed or the stored catalog is not valid
   * @throws PathwiseError STORE_UNAVAILABLE when the files cannot be read or written, or when the
   *   catalog file is missing but a change log is there (never reseeded over history)
   */
  static async open(
    path: string,
    options: FileCatalogStoreOptions = {},
  ): Promise<FileCatalogStore> {
    const catalogPath = path.endsWith('.json') ? path : join(path, 'catalog.json');
    try {
      await mkdir(dirname(catalogPath), { recursive: true });
    } catch (error) {
      throw new PathwiseError('STORE_UNAVAILABLE', `cannot create ${dirname(catalogPath)}`, {
        cause: error,
      });
    }
    const store = new FileCatalogStore(catalogPath, options);
    let created = false;
    await store.withLock(async () => {
      await removeStaleTemporaries(catalogPath);
      if (options.snapshots) await removeStaleTemporaries(store.snapshotPath);
      if ((await readStoreHeader(catalogPath)) !== undefined) return;
      await refuseOverHistory(catalogPath, store.logPath);
      const seed = initialCatalog(options.seed);
      await atomicWriteFile(
        catalogPath,
        renderStoreFile({ version: 1, logBytes: 0, catalog: seed }),
      );
      created = true;
    });
    const snapshot = await store.load();
    // A file that was already there may have been edited by hand: validate it once here, unless a
    // snapshot bound to its exact bytes says this store validated it when it wrote them.
    if (snapshot.compiled === undefined) {
      if (!created) parseCatalog(snapshot.catalog);
      await store.writeSnapshot();
    }
    return store;
  }

  /**
   * @returns the committed catalog and its version (shared with other callers: treat it as read-only)
   * @throws PathwiseError STORE_UNAVAILABLE
   */
  async load(): Promise<CatalogSnapshot> {
    this.assertOpen();
    const file = await this.readCurrent();
    return file.compiled === undefined
      ? { version: file.version, catalog: file.catalog }
      : { version: file.version, catalog: file.catalog, compiled: file.compiled };
  }

  /**
   * @returns the committed version: a stat, plus a 64-byte read when another process committed
   * @throws PathwiseError STORE_UNAVAILABLE
   */
  async currentVersion(): Promise<number> {
    this.assertOpen();
    const key = await this.statCatalog();
    if (this.cached?.key === key) return this.cached.version;
    const header = await readStoreHeader(this.catalogPath);
    if (!header) throw new PathwiseError('STORE_UNAVAILABLE', `${this.catalogPath} disappeared`);
    return header.version;
  }

  /**
   * Applies a publish or retire: validated whole, logged, then committed by one rename. A change that
   * changes nothing (retiring what is retired already) writes nothing and answers the current version.
   * @param change - the change
   * @param options - `expectedVersion` for optimistic concurrency
   * @returns the new snapshot
   * @throws CatalogInvalidError with every fault of the resulting catalog (nothing is written)
   * @throws PathwiseError FORBIDDEN, NOT_FOUND (core), CONFLICT, STORE_UNAVAILABLE
   */
  apply(change: CatalogChange, options: ApplyOptions = {}): Promise<CatalogSnapshot> {
    if (this.closed) return Promise.reject(closedError());
    return this.queue.run(() => this.withLock(() => this.applyLocked(change, options)));
  }

  /**
   * @param version - a version seen before
   * @returns the committed changes with a higher version, oldest first
   * @throws PathwiseError STORE_UNAVAILABLE
   */
  async changesSince(version: number): Promise<ChangeRecord[]> {
    this.assertOpen();
    const header = await readStoreHeader(this.catalogPath);
    if (!header) throw new PathwiseError('STORE_UNAVAILABLE', `${this.catalogPath} disappeared`);
    const records = await readChangeLog(this.logPath, header.logBytes);
    return records.filter((r) => r.version > version);
  }

  /** Waits for queued applies, then refuses further calls. */
  async close(): Promise<void> {
    await this.queue.run(async () => {
      this.closed = true;
    });
  }

  private async applyLocked(
    change: CatalogChange,
    options: ApplyOptions,
  ): Promise<CatalogSnapshot> {
    const current = await this.readCurrent();
    const next = nextCatalog(current, change, options);
    if (unchanged(current, next)) return { version: current.version, catalog: current.catalog };
    const version = current.version + 1;
    const record: ChangeRecord = { version, change, appliedAt: new Date().toISOString() };
    const line = `${JSON.stringify(record)}\n`;
    const logBytes = current.logBytes + Buffer.byteLength(line);
    await this.appendLog(current.logBytes, line);
    await this.options.faultHook?.('log-written');
    const hook = this.options.faultHook;
    const text = renderStoreFile({ version, logBytes, catalog: next });
    await atomicWriteFile(this.catalogPath, text, hook ? () => hook('before-rename') : undefined);
    this.cached = { version, logBytes, catalog: next, key: await this.statCatalog() };
    const codec = this.options.snapshots;
    if (!codec) return { version, catalog: next };
    // Committed already: the snapshot only speeds up later loads, so its failure is a warning.
    const compiled = codec.compile(next);
    this.cached.documentKey = documentKey(text);
    await writeSidecar(codec, this.snapshotPath, compiled, this.cached.documentKey, this.warn);
    this.cached.compiled = compiled;
    return { version, catalog: next, compiled };
  }

  /** Writes the snapshot of the current (validated) version when a codec is given and it is missing. */
  private async writeSnapshot(): Promise<void> {
    const codec = this.options.snapshots;
    if (!codec) return;
    await this.withLock(async () => {
      const file = await this.readCurrent();
      if (file.compiled !== undefined || !file.documentKey) return;
      const compiled = codec.compile(file.catalog);
      await writeSidecar(codec, this.snapshotPath, compiled, file.documentKey, this.warn);
      file.compiled = compiled;
    });
  }

  private readonly warn = (message: string): void =>
    (this.options.onWarning ?? ((m: string) => process.emitWarning(m, 'PathwiseSnapshotWarning')))(
      message,
    );

  /** Cuts off what an uncommitted apply left in the log, then appends and fsyncs one record. */
  private async appendLog(committedBytes: number, line: string): Promise<void> {
    try {
      const handle = await open(this.logPath, 'a');
      try {
        const { size } = await handle.stat();
        if (size < committedBytes) {
          throw new PathwiseError(
            'STORE_UNAVAILABLE',
            `change log ${this.logPath} is shorter than committed`,
          );
        }
        if (size > committedBytes) await handle.truncate(committedBytes);
        await handle.writeFile(line, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (error) {
      if (error instanceof PathwiseError) throw error;
      throw new PathwiseError('STORE_UNAVAILABLE', `cannot write change log ${this.logPath}`, {
        cause: error,
      });
    }
  }

  private async readCurrent(): Promise<Cached> {
    const key = await this.statCatalog();
    if (this.cached?.key === key) return this.cached;
    const codec = this.options.snapshots;
    const file = await readStoreFile(this.catalogPath, codec !== undefined);
    if (!file) throw new PathwiseError('STORE_UNAVAILABLE', `${this.catalogPath} disappeared`);
    const { key: documentKey, ...content } = file;
    const compiled =
      codec && documentKey
        ? await readSidecar(codec, this.snapshotPath, documentKey, this.warn)
        : undefined;
    this.cached = { ...content, key, documentKey, compiled };
    return this.cached;
  }

  private async statCatalog(): Promise<string> {
    try {
      return statKey(await stat(this.catalogPath));
    } catch (error) {
      throw new PathwiseError('STORE_UNAVAILABLE', `cannot stat ${this.catalogPath}`, {
        cause: error,
      });
    }
  }

  private async withLock<T>(task: () => Promise<T>): Promise<T> {
    const release = await acquireLock(this.lockPath, { timeoutMs: this.options.lockTimeoutMs });
    try {
      return await task();
    } finally {
      await release();
    }
  }

  private assertOpen(): void {
    if (this.closed) throw closedError();
  }
}

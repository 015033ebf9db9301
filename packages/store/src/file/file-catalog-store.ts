/**
 * The embedded default CatalogStore: a base JSON document, an append-only change log and a head file
 * in a directory. Every apply validates the resulting catalog first (touching only what changed),
 * appends the change to the log (fsync), then commits by replacing the small head file atomically
 * (store-head.ts): a publish writes its change, not the catalog. The committed catalog is the base
 * with the log's records after it replayed; compaction rewrites the base (and its compiled snapshot)
 * to the committed version: at once while the base is small, else queued after the apply once the
 * tail of the log is long. A crash at any point leaves the previous version intact and readable.
 * Applies serialise in-process through a queue and across processes through an O_EXCL lock file, so
 * several processes may share one directory on one host (not a network file system). With a
 * SnapshotCodec, the base gets its compiled snapshot beside it (compiled-sidecar.ts), which loads in
 * place of validating and compiling the JSON; the tail's changes update it (`SnapshotCodec.update`).
 */
import { mkdir, open, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Catalog, CatalogChange } from '@pathwise/core';
import { PathwiseError, isLazyCredentials, parseCatalog, parseCatalogBytes } from '@pathwise/core';
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
import { changedPositions } from '../replay-changes.js';
import {
  readBase,
  replayTail,
  statKey,
  statOf,
  storePaths,
  type StoreState,
  type WrittenBase,
} from './store-state.js';
import type { SnapshotCodec } from './compiled-sidecar.js';
import { documentKey, writeSidecar } from './compiled-sidecar.js';
import { compiledAfter, givenLookups } from '../catalog-compiler.js';
import { readCommitted, writeStoreHead, type Committed } from './store-head.js';
import { readChangeLog, readSeedFile, readStoreHeader, renderStoreFile } from './store-file.js';

/** Points inside an apply where a crash test may stop the process. */
export type FileStoreStage = 'log-written' | 'before-rename';

/** Options of `FileCatalogStore.open`. */
export interface FileCatalogStoreOptions {
  /** The catalog of a new store (validated with parseCatalog); ignored when the store exists. Default: empty. */
  seed?: Catalog;
  /**
   * The catalog of a new store as a catalog file, in place of `seed`: read, validated and compiled
   * one credential at a time (core's parseCatalogBytes, the codec's `builder`), and its bytes written
   * as they are, so a first import of millions of credentials never holds them all as objects.
   */
  seedFile?: string;
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
  /**
   * While the base document is smaller than this (bytes), each apply also rewrites it (compacts)
   * before it returns, as cheap as the change itself. Default 8 MiB (about 40,000 credentials).
   */
  compactInlineBelowBytes?: number;
  /**
   * Past this many changes in the log after the base, or this many bytes of them, the base is
   * rewritten after the apply (queued, not awaited by it). Defaults: 64 changes, 32 MiB.
   */
  compactAfterChanges?: number;
  compactAfterTailBytes?: number;
}

/** The committed state as this process holds it, bound to the stats of the two files read. */
interface Cached extends StoreState {
  /** The stats of the catalog file and the head file it was read at. */
  key: string;
}

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
  /** The commit point beside it (`<name>.head.json`, store-head.ts). */
  readonly headPath: string;
  private readonly lockPath: string;
  private readonly queue = new SerialQueue();
  private cached: Cached | undefined;
  private closed = false;
  /** A new store's first version as seedFromFile wrote it, until the first read takes it. */
  private written: WrittenBase | undefined;

  private constructor(
    catalogPath: string,
    private readonly options: FileCatalogStoreOptions,
  ) {
    const paths = storePaths(catalogPath);
    this.catalogPath = catalogPath;
    this.logPath = paths.logPath;
    this.lockPath = `${catalogPath}.lock`;
    this.snapshotPath = paths.snapshotPath;
    this.headPath = paths.headPath;
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
    // The store keeps its options: not the seed, which may be gigabytes.
    const { seed, seedFile, ...kept } = options;
    const store = new FileCatalogStore(catalogPath, kept);
    let created = false;
    await store.withLock(async () => {
      await removeStaleTemporaries(catalogPath);
      await removeStaleTemporaries(store.headPath);
      if (options.snapshots) await removeStaleTemporaries(store.snapshotPath);
      if ((await readStoreHeader(catalogPath)) !== undefined) return;
      await refuseOverHistory(catalogPath, store.logPath);
      await rm(store.headPath, { force: true });
      if (seedFile !== undefined) await store.seedFromFile(seedFile);
      else
        await atomicWriteFile(
          catalogPath,
          renderStoreFile({ version: 1, logBytes: 0, catalog: initialCatalog(seed) }),
        );
      created = true;
    });
    const snapshot = await store.load();
    // A file that was already there may have been edited by hand: validate it once here, unless a
    // snapshot bound to its exact bytes says this store validated it when it wrote them (the log's
    // records after it were each validated against it when applied).
    if (snapshot.compiled === undefined) {
      if (!created) parseCatalog(snapshot.catalog);
      if (options.snapshots) await store.withLock(() => store.compactLocked());
    }
    return store;
  }

  /**
   * Writes a new store's first version from a catalog file, validated and compiled one credential at
   * a time, then its snapshot (with a codec). Its bytes are written as they are; the first read of
   * the store takes them and the compiled index from memory while the file is still the one written.
   * @throws CatalogInvalidError with every fault of the file (nothing is written)
   * @throws the file system's error when the file cannot be read
   */
  private async seedFromFile(path: string): Promise<void> {
    const { file, catalog: catalogFile } = await readSeedFile(path);
    const codec = this.options.snapshots;
    const read = parseCatalogBytes(catalogFile, codec?.builder);
    const catalog = read.catalog;
    // Read one credential at a time, the file is written as it is; parsed whole, as parsed.
    const asItIs = isLazyCredentials(catalog.credentials);
    const content = asItIs ? file : renderStoreFile({ version: 1, logBytes: 0, catalog });
    await atomicWriteFile(this.catalogPath, content);
    if (!codec) return;
    const compiled = read.compiled ?? codec.compile(catalog);
    const key = documentKey(content);
    if (!(await writeSidecar(codec, this.snapshotPath, compiled, key, this.warn))) return;
    const stat = statKey(await statOf(this.catalogPath));
    if (asItIs) this.written = { bytes: file, documentKey: key, compiled, stat };
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
    const key = await this.statFiles();
    if (this.cached?.key === key) return this.cached.version;
    return (await this.committed()).version;
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
    const records = await readChangeLog(this.logPath, (await this.committed()).logBytes);
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
    const codec = this.options.snapshots;
    const given = givenLookups(codec, current.compiled);
    const next = nextCatalog(current, change, options, given);
    if (unchanged(current, next)) return { version: current.version, catalog: current.catalog };
    const version = current.version + 1;
    const record: ChangeRecord = { version, change, appliedAt: new Date().toISOString() };
    const line = `${JSON.stringify(record)}\n`;
    const logBytes = current.logBytes + Buffer.byteLength(line);
    await this.appendLog(current.logBytes, line);
    await this.options.faultHook?.('log-written');
    const hook = this.options.faultHook;
    await writeStoreHead(
      this.headPath,
      { version, logBytes },
      hook ? () => hook('before-rename') : undefined,
    );
    // Committed. The compiled form follows the change (an update, not a compilation).
    const compiled = codec
      ? compiledAfter(
          codec,
          current.compiled,
          next,
          changedPositions(current.catalog, [change], given?.positions),
        )
      : undefined;
    const key = await this.statFiles();
    this.cached = { key, base: current.base, version, logBytes, catalog: next, compiled };
    if (current.base.bytes < (this.options.compactInlineBelowBytes ?? 8 * 2 ** 20))
      await this.compactLocked();
    else if (this.tailIsLong(this.cached)) this.compactLater();
    return this.snapshotOf(this.cached);
  }

  private snapshotOf(state: Cached): CatalogSnapshot {
    const { version, catalog, compiled } = state;
    return compiled === undefined ? { version, catalog } : { version, catalog, compiled };
  }

  private tailIsLong(state: Cached): boolean {
    const changes = state.version - state.base.version;
    const tail = state.logBytes - state.base.logBytes;
    const { compactAfterChanges = 64, compactAfterTailBytes = 32 * 2 ** 20 } = this.options;
    return changes >= compactAfterChanges || tail >= compactAfterTailBytes;
  }

  /** Compacts after the applies queued so far, off their path; a failure is a warning. */
  private compactLater(): void {
    this.queue
      .run(() => this.withLock(() => this.compactLocked()))
      .catch((error: unknown) => this.warn(`compaction of ${this.catalogPath} failed: ${error}`));
  }

  /**
   * Rewrites the base document to the committed version when the log has changes after it, and
   * writes the snapshot of the base when a codec is given and it has none. The version does not
   * change: a crash leaves the old base (with the log's tail) or the new one, both whole.
   */
  private async compactLocked(): Promise<void> {
    const state = await this.readCurrent();
    const codec = this.options.snapshots;
    let base = state.base;
    if (state.logBytes !== base.logBytes) {
      const { version, logBytes, catalog } = state;
      const text = renderStoreFile({ version, logBytes, catalog });
      await atomicWriteFile(this.catalogPath, text);
      const written = { version, logBytes, bytes: Buffer.byteLength(text), snapshot: false };
      base = { ...written, stat: statKey(await statOf(this.catalogPath)) };
      if (codec) base.documentKey = documentKey(text);
      // Loads running meanwhile (not queued) find the new base here, not beside the old snapshot.
      this.cached = { ...state, key: await this.statFiles(), base };
    }
    let compiled = state.compiled;
    if (codec && !base.snapshot && base.documentKey) {
      compiled ??= codec.compile(state.catalog);
      await writeSidecar(codec, this.snapshotPath, compiled, base.documentKey, this.warn);
      base.snapshot = true;
    }
    this.cached = { ...state, key: await this.statFiles(), base, compiled };
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

  /**
   * The committed catalog: the cached one when neither file moved; else the cached one with the log's
   * new records replayed, while the base is the one it was read from; else the base read again (with
   * its snapshot) and the log's records after it replayed.
   */
  private async readCurrent(): Promise<Cached> {
    const key = await this.statFiles();
    if (this.cached?.key === key) return this.cached;
    const committed = await this.committed();
    const baseStat = key.slice(0, key.indexOf('|'));
    // Another process may have rewritten the base since this one wrote it.
    const written = this.written?.stat === baseStat ? this.written : undefined;
    const from =
      this.cached?.base.stat === baseStat && this.cached.logBytes <= committed.logBytes
        ? this.cached
        : await readBase(this, baseStat, this.options.snapshots, this.warn, true, written);
    this.written = undefined;
    const replayed = await replayTail(this, from, committed, this.options.snapshots);
    this.cached = { ...replayed, key };
    return this.cached;
  }

  private async committed(): Promise<Committed> {
    const committed = await readCommitted(this.catalogPath, this.headPath);
    if (!committed) throw new PathwiseError('STORE_UNAVAILABLE', `${this.catalogPath} disappeared`);
    return committed;
  }

  /** @returns the stats of the catalog file and the head file, `catalog|head` */
  private async statFiles(): Promise<string> {
    const base = statKey(await statOf(this.catalogPath));
    return `${base}|${statKey(await statOf(this.headPath, true))}`;
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

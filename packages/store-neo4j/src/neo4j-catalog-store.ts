/**
 * A CatalogStore on Neo4j: the catalog lives as a browsable graph (Provider, Credential, Requirement
 * nodes) whose nodes carry the version range they belong to. An apply takes the catalog's publish
 * lease (checking the version it was computed from), writes the new version in bounded batches that
 * readers cannot see, and switches the version on the CatalogMeta node at the end (write-catalog.ts).
 * Several processes may share one catalog: a process whose snapshot is stale reloads and recomputes;
 * a writer killed mid-way leaves the previous version whole, and the next writer (or the next open,
 * once its lease expired) removes what it left. With a compiler, each version held comes with its
 * compiled index, compiled once per whole read and updated per delta and apply (catalog-compiler.ts).
 */
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { Catalog, CatalogChange } from '@pathwise/core';
import { PathwiseError } from '@pathwise/core';
import type {
  ApplyOptions,
  CatalogCompiler,
  CatalogSnapshot,
  CatalogStore,
  ChangeRecord,
} from '@pathwise/store';
import {
  SerialQueue,
  changedPositions,
  compiledAfter,
  givenLookups,
  initialCatalog,
  nextCatalog,
  unchanged,
} from '@pathwise/store';
import { ensureSchema } from './schema.js';
import { readCatalog } from './read-catalog.js';
import { readDelta, type Delta } from './read-delta.js';
import type { FaultHook, WritePlan } from './write-catalog.js';
import { writeVersion } from './write-catalog.js';
import type { PublishLease } from './publish-lease.js';
import {
  DEFAULT_LEASE_MS,
  keepLeaseAlive,
  releaseLease,
  tryAcquireLease,
} from './publish-lease.js';
import { removeOrphans } from './remove-orphans.js';
import { catalogMetaProps } from './graph-rows.js';
import { toNumber, wrapDriverError } from './wrap-error.js';
import type { Neo4jConnection } from './connect.js';
import { connectNeo4j, sharedSession } from './connect.js';

/** Options of `Neo4jCatalogStore.open`. */
export interface Neo4jCatalogStoreOptions {
  /** Name of the catalog in the database (several may share one); default `default`. */
  catalog?: string;
  /** Catalog of a new store (validated); ignored when the catalog exists. Default: empty. */
  seed?: Catalog;
  /** Neo4j database name; default: the server's default database. */
  database?: string;
  /** Rows per transaction of a publish (default 10 000). */
  batchSize?: number;
  /** Credentials per page when a whole catalog is read (default READ_PAGE_SIZE, 20 000). */
  readPageSize?: number;
  /**
   * How long a publish lease lasts without renewal (default DEFAULT_LEASE_MS, 10 000; a live writer
   * renews it every third of that and in each batch). A writer that dies holding it blocks other
   * writers for at most this long.
   */
  leaseMs?: number;
  /** Fault-injection seam for crash tests: awaited after each committed batch and inside the switch. */
  faultHook?: FaultHook;
  /**
   * Compiles each version the store holds, kept beside it (`CatalogSnapshot.compiled`: the engine's
   * `indexSnapshotCodec`): compiled once when the catalog is read whole, then updated by each delta
   * and each apply. A service then compiles nothing of its own, and a publish is validated with the
   * compiled index's lookups instead of a pass over every credential.
   */
  compiler?: CatalogCompiler;
}

const LEASE_POLL_MS = 50;

const MAX_ATTEMPTS = 50;

const closedError = (): PathwiseError =>
  new PathwiseError('STORE_UNAVAILABLE', 'catalog store is closed');

/** The Neo4j CatalogStore. Create it with `Neo4jCatalogStore.open`. */
export class Neo4jCatalogStore implements CatalogStore {
  private readonly queue = new SerialQueue();
  private cached: CatalogSnapshot | undefined;
  private closed = false;

  private constructor(
    private readonly driver: Driver,
    private readonly ownsDriver: boolean,
    /** The catalog's name in the database. */
    readonly catalog: string,
    private readonly options: Neo4jCatalogStoreOptions,
  ) {}

  /**
   * Connects, creates the schema when missing, and seeds the catalog when it does not exist.
   * @param connection - a URI with credentials, or a driver the caller owns (and closes)
   * @param options - catalog name, seed, database
   * @returns the open store
   * @throws CatalogInvalidError when the seed is not valid
   * @throws PathwiseError STORE_UNAVAILABLE when Neo4j cannot be reached
   */
  static async open(
    connection: Neo4jConnection | Driver,
    options: Neo4jCatalogStoreOptions = {},
  ): Promise<Neo4jCatalogStore> {
    const owns = 'uri' in connection && typeof connection.uri === 'string';
    let driver: Driver;
    try {
      driver = owns ? connectNeo4j(connection as Neo4jConnection) : (connection as Driver);
    } catch (error) {
      throw wrapDriverError(error, 'connect');
    }
    const store = new Neo4jCatalogStore(driver, owns, options.catalog ?? 'default', options);
    try {
      await driver.verifyConnectivity({ database: options.database });
      await ensureSchema(driver, options.database);
      const seed = initialCatalog(options.seed);
      await store.seedIfMissing(seed);
    } catch (error) {
      if (owns) await driver.close().catch(() => undefined);
      throw wrapDriverError(error, 'open');
    }
    return store;
  }

  /** @returns the current catalog and version (cached per version; treat it as read-only) */
  async load(): Promise<CatalogSnapshot> {
    this.assertOpen();
    try {
      return await this.fresh();
    } catch (error) {
      throw wrapDriverError(error, 'load');
    }
  }

  /** @returns the current version: one indexed read of the CatalogMeta node */
  async currentVersion(): Promise<number> {
    this.assertOpen();
    try {
      return await this.readVersion();
    } catch (error) {
      throw wrapDriverError(error, 'read version');
    }
  }

  /**
   * Applies a change: validated against the current version before anything is written (touching
   * only what changed: with a compiler, through the compiled index's lookups), then written in
   * batches and switched to at the end.
   * @throws CatalogInvalidError, PathwiseError FORBIDDEN / NOT_FOUND / CONFLICT / STORE_UNAVAILABLE
   */
  apply(change: CatalogChange, options: ApplyOptions = {}): Promise<CatalogSnapshot> {
    if (this.closed) return Promise.reject(closedError());
    return this.queue.run(async () => {
      try {
        for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
          const base = await this.fresh();
          const given = givenLookups(this.options.compiler, base.compiled);
          const next = nextCatalog(base, change, options, given);
          // Retiring what is retired already: nothing to write (base is the committed version).
          if (unchanged(base, next)) return base;
          const written = await this.underLease(base.version, async (lease, nextOrder) => {
            const record: ChangeRecord = {
              version: lease.version,
              change,
              appliedAt: new Date().toISOString(),
            };
            const plan = this.planFor(base.catalog, next, change, nextOrder);
            await this.write(lease, { ...plan, record });
            return lease.version;
          });
          if (!written) continue; // another process published first: recompute on its version
          const changed = () => changedPositions(base.catalog, [change], given?.positions);
          const snapshot = this.withCompiled(written.value, next, base.compiled, changed);
          this.cached = snapshot;
          return snapshot;
        }
        throw new PathwiseError(
          'CONFLICT',
          `catalog kept changing under ${MAX_ATTEMPTS} attempts to apply`,
        );
      } catch (error) {
        throw wrapDriverError(error, 'apply');
      }
    });
  }

  /** @returns the changes committed after `version`, oldest first */
  async changesSince(version: number): Promise<ChangeRecord[]> {
    this.assertOpen();
    try {
      // A change node of a version not switched to yet (or never: a dead writer's) is not returned.
      const { records } = await this.driver.executeQuery(
        `MATCH (m:CatalogMeta {catalog: $catalog})
         MATCH (x:CatalogChange {catalog: $catalog}) WHERE x.version > $version AND x.version <= m.version
         RETURN x.version AS version, x.change AS change, x.appliedAt AS appliedAt ORDER BY x.version`,
        { catalog: this.catalog, version },
        { database: this.options.database, routing: neo4j.routing.READ },
      );
      return records.map((r) => ({
        version: toNumber(r.get('version')),
        change: JSON.parse(r.get('change') as string) as CatalogChange,
        appliedAt: r.get('appliedAt') as string,
      }));
    } catch (error) {
      throw wrapDriverError(error, 'read changes');
    }
  }

  /** Waits for queued applies, then closes the driver (when the store opened it). */
  async close(): Promise<void> {
    await this.queue.run(async () => {
      if (this.closed) return;
      this.closed = true;
      if (this.ownsDriver) await this.driver.close();
    });
  }

  private async readVersion(): Promise<number> {
    const { records } = await this.driver.executeQuery(
      'MATCH (m:CatalogMeta {catalog: $catalog}) RETURN m.version AS version',
      { catalog: this.catalog },
      { database: this.options.database, routing: neo4j.routing.READ },
    );
    const record = records[0];
    if (!record)
      throw new PathwiseError('STORE_UNAVAILABLE', `catalog "${this.catalog}" is gone from Neo4j`);
    return toNumber(record.get('version'));
  }

  /**
   * The committed snapshot: the cached one while the version has not moved, else the cached one with
   * the changes since its version applied (read-delta.ts), else read whole.
   */
  private async fresh(): Promise<CatalogSnapshot> {
    if (this.cached && (await this.readVersion()) === this.cached.version) return this.cached;
    const base = this.cached;
    const session = sharedSession(this.driver, this.options.database, 'READ');
    try {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        // Neo4j reads are read-committed: re-read the version at the end, and retry when a publish
        // switched in between, so the snapshot is never a mix of two versions.
        const snapshot = await session.executeRead(async (tx) => {
          const read: CatalogSnapshot | Delta | undefined = base
            ? await readDelta(tx, this.catalog, base)
            : await readCatalog(tx, this.catalog, this.options.readPageSize);
          if (!read)
            throw new PathwiseError(
              'STORE_UNAVAILABLE',
              `catalog "${this.catalog}" is gone from Neo4j`,
            );
          const after = await tx.run(
            'MATCH (m:CatalogMeta {catalog: $catalog}) RETURN m.version AS v',
            { catalog: this.catalog },
          );
          return toNumber(after.records[0]?.get('v')) === read.version ? read : undefined;
        });
        if (snapshot) return this.hold(base, snapshot);
      }
      throw new PathwiseError('STORE_UNAVAILABLE', 'catalog kept changing while it was being read');
    } finally {
      await session.close();
    }
  }

  /**
   * Keeps a snapshot just read, compiled (updated from the base's compiled form when it was read as
   * a delta of it), unless the store holds a later one already.
   * @param base - the snapshot it was read as a delta of, if it was
   * @param read - what was read
   * @returns the snapshot to answer with
   */
  private hold(base: CatalogSnapshot | undefined, read: CatalogSnapshot | Delta): CatalogSnapshot {
    if (base !== undefined && read.version === base.version) return base;
    const changed = 'changed' in read ? read.changed : undefined;
    const snapshot = this.withCompiled(
      read.version,
      read.catalog,
      changed === undefined ? undefined : base?.compiled,
      () => changed ?? [],
    );
    if (!this.cached || this.cached.version < snapshot.version) this.cached = snapshot;
    return snapshot;
  }

  /**
   * @param version - a version
   * @param catalog - its catalog
   * @param previous - the compiled form of the catalog it follows, when its credentials kept their
   *   places there (changed ones replaced, new ones after)
   * @param changed - the positions that changed since `previous`
   * @returns the snapshot, with its compiled form when the store has a compiler
   */
  private withCompiled(
    version: number,
    catalog: Catalog,
    previous: unknown,
    changed: () => readonly number[],
  ): CatalogSnapshot {
    const { compiler } = this.options;
    if (compiler === undefined) return { version, catalog };
    return { version, catalog, compiled: compiledAfter(compiler, previous, catalog, changed()) };
  }

  /**
   * Takes the publish lease for the version after `baseVersion`, waiting while another live writer
   * holds it, removes a dead writer's orphans first, and runs `body` under it; the lease's heartbeat
   * (publish-lease.ts) runs from the moment it is taken until `body` ends.
   * @param body - the work under the lease (its version is `lease.version`), given the order counter
   * @returns body's value, or undefined when the catalog moved past `baseVersion` (body not run)
   */
  private async underLease<T>(
    baseVersion: number,
    body: (lease: PublishLease, nextOrder: number) => Promise<T>,
  ): Promise<{ value: T } | undefined> {
    const spec = {
      catalog: this.catalog,
      database: this.options.database,
      ttlMs: this.options.leaseMs ?? DEFAULT_LEASE_MS,
    };
    for (;;) {
      if (this.closed) throw closedError();
      const attempt = await tryAcquireLease(this.driver, spec, baseVersion);
      if (attempt.kind === 'stale') return undefined;
      if (attempt.kind === 'busy') {
        await new Promise((resolve) => setTimeout(resolve, LEASE_POLL_MS));
        continue;
      }
      const { lease } = attempt;
      const heartbeat = keepLeaseAlive(this.driver, lease);
      try {
        try {
          if (attempt.orphans) await removeOrphans(this.driver, lease, this.batchSize());
        } catch (error) {
          await releaseLease(this.driver, lease, false).catch(() => undefined);
          throw error;
        }
        return { value: await body(lease, attempt.nextOrder) };
      } finally {
        await heartbeat.stop();
      }
    }
  }

  /** Writes a version under its lease; on failure gives the lease up, leaving orphans to remove. */
  private async write(lease: PublishLease, plan: WritePlan): Promise<void> {
    try {
      await writeVersion(this.driver, lease, plan, this.options.faultHook);
    } catch (error) {
      await releaseLease(this.driver, lease, false).catch(() => undefined);
      throw error;
    }
  }

  private batchSize(): number {
    return this.options.batchSize ?? 10_000;
  }

  private planFor(
    before: Catalog,
    next: Catalog,
    change: CatalogChange,
    nextOrder: number,
  ): Omit<WritePlan, 'record'> {
    const known = new Set((before.providers ?? []).map((p) => p.id));
    const newProviders = (next.providers ?? [])
      .map((provider, order) => ({ provider, order }))
      .filter(({ provider }) => !known.has(provider.id));
    // A publish writes its credentials; a retirement writes the retired credentials anew, marked
    // `retired` (catalog-v2: never deleted, since holdings of them and rules naming them keep meaning).
    const ids = new Set(
      change.kind === 'publish' ? change.credentials.map((c) => c.id) : change.ids,
    );
    const had = new Set(before.credentials.filter((c) => ids.has(c.id)).map((c) => c.id));
    let order = nextOrder;
    const upserts = next.credentials
      .filter((c) => ids.has(c.id))
      .map((credential) => ({ credential, order: order++, replaces: had.has(credential.id) }));
    return { newProviders, upserts, next, nextOrder: order, batchSize: this.batchSize() };
  }

  /**
   * Creates the CatalogMeta node (version 0, the seed's top-level fields) and writes the seed as
   * version 1, unless the catalog exists; then removes a dead writer's orphans if its lease expired.
   */
  private async seedIfMissing(seed: Catalog): Promise<void> {
    const { records } = await this.driver.executeQuery(
      `MERGE (m:CatalogMeta {catalog: $catalog})
       ON CREATE SET m += $meta, m.version = 0, m.nextOrder = 0
       RETURN m.version AS version, m.pending IS NOT NULL AND coalesce(m.leaseUntil, 0) < timestamp() AS dead`,
      { catalog: this.catalog, meta: catalogMetaProps(seed) },
      { database: this.options.database },
    );
    const version = toNumber(records[0]?.get('version'));
    if (version === 0) {
      const seeded = await this.underLease(0, async (lease) => {
        await this.write(lease, {
          newProviders: (seed.providers ?? []).map((provider, order) => ({ provider, order })),
          upserts: seed.credentials.map((credential, order) => ({
            credential,
            order,
            replaces: false,
          })),
          next: seed,
          nextOrder: seed.credentials.length,
          batchSize: this.batchSize(),
        });
        return lease.version;
      });
      if (!seeded) return; // another process seeded it
      this.cached = this.withCompiled(seeded.value, seed, undefined, () => []);
    } else if (records[0]?.get('dead') === true) {
      // A writer died mid-publish and its lease expired: clean up now rather than at the next publish.
      await this.underLease(version, (lease) => releaseLease(this.driver, lease, true));
    }
  }

  private assertOpen(): void {
    if (this.closed) throw closedError();
  }
}

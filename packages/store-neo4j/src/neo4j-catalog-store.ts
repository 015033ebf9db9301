/**
 * A CatalogStore on Neo4j: the catalog lives as a browsable graph (Provider, Credential, Requirement
 * nodes), each apply is one write transaction that locks the catalog's CatalogMeta node, checks the
 * version it was computed from, writes the difference and bumps the version. Several processes may
 * share one catalog: a process whose snapshot is stale reloads and recomputes.
 */
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { Catalog, CatalogChange, Credential } from '@pathwise/core';
import { PathwiseError } from '@pathwise/core';
import type { ApplyOptions, CatalogSnapshot, CatalogStore, ChangeRecord } from '@pathwise/store';
import { SerialQueue, initialCatalog, nextCatalog, unchanged } from '@pathwise/store';
import { ensureSchema } from './schema.js';
import { readCatalog } from './read-catalog.js';
import type { WritePlan } from './write-catalog.js';
import { writePlan } from './write-catalog.js';
import { toNumber, wrapDriverError } from './wrap-error.js';
import type { Neo4jConnection } from './connect.js';
import { connectNeo4j } from './connect.js';

/** Options of `Neo4jCatalogStore.open`. */
export interface Neo4jCatalogStoreOptions {
  /** Name of the catalog in the database (several may share one); default `default`. */
  catalog?: string;
  /** Catalog of a new store (validated); ignored when the catalog exists. Default: empty. */
  seed?: Catalog;
  /** Neo4j database name; default: the server's default database. */
  database?: string;
  /** Rows per UNWIND statement (default 10 000). */
  batchSize?: number;
  /** Fault-injection seam for crash tests: awaited after every statement, before the commit. */
  faultHook?: (stage: 'before-commit') => Promise<void>;
}

class StaleSnapshot extends Error {}

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
   * Applies a change in one transaction; validated whole before anything is written. A change that
   * changes nothing (retiring what is retired already) writes nothing and answers the current version.
   * @throws CatalogInvalidError, PathwiseError FORBIDDEN / NOT_FOUND / CONFLICT / STORE_UNAVAILABLE
   */
  apply(change: CatalogChange, options: ApplyOptions = {}): Promise<CatalogSnapshot> {
    if (this.closed) return Promise.reject(closedError());
    return this.queue.run(async () => {
      try {
        for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
          const base = await this.fresh();
          const next = nextCatalog(base, change, options);
          // Retiring what is retired already: nothing to write (base is the committed version).
          if (unchanged(base, next)) return base;
          try {
            const snapshot = await this.commit(base, next, change);
            this.cached = snapshot;
            return snapshot;
          } catch (error) {
            if (!(error instanceof StaleSnapshot)) throw error;
          }
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
      const { records } = await this.driver.executeQuery(
        `MATCH (x:CatalogChange {catalog: $catalog}) WHERE x.version > $version
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

  /** The committed snapshot, read whole only when the version moved since the cached one. */
  private async fresh(): Promise<CatalogSnapshot> {
    if (this.cached && (await this.readVersion()) === this.cached.version) return this.cached;
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        // Neo4j reads are read-committed: re-read the version at the end, and retry when a publish
        // committed in between, so the snapshot is never a mix of two versions.
        const snapshot = await session.executeRead(async (tx) => {
          const read = await readCatalog(tx, this.catalog);
          if (!read)
            throw new PathwiseError(
              'STORE_UNAVAILABLE',
              `catalog "${this.catalog}" is gone from Neo4j`,
            );
          const after = await tx.run(
            'MATCH (m:CatalogMeta {catalog: $catalog}) RETURN m.version AS v',
            {
              catalog: this.catalog,
            },
          );
          return toNumber(after.records[0]?.get('v')) === read.version ? read : undefined;
        });
        if (snapshot) {
          this.cached = snapshot;
          return snapshot;
        }
      }
      throw new PathwiseError('STORE_UNAVAILABLE', 'catalog kept changing while it was being read');
    } finally {
      await session.close();
    }
  }

  /** Writes `next` as the version after `base` in one transaction, or throws StaleSnapshot. */
  private async commit(
    base: CatalogSnapshot,
    next: Catalog,
    change: CatalogChange,
  ): Promise<CatalogSnapshot> {
    const version = base.version + 1;
    const record: ChangeRecord = { version, change, appliedAt: new Date().toISOString() };
    const session = this.driver.session({ database: this.options.database });
    try {
      await session.executeWrite(async (tx) => {
        const locked = await tx.run(
          `MATCH (m:CatalogMeta {catalog: $catalog})
           SET m.lockedAt = timestamp()
           RETURN m.version AS version, m.nextOrder AS nextOrder`,
          { catalog: this.catalog },
        );
        const row = locked.records[0];
        if (!row || toNumber(row.get('version')) !== base.version) throw new StaleSnapshot();
        const plan = this.planFor(base.catalog, next, change, toNumber(row.get('nextOrder')));
        await writePlan(tx, { ...plan, version, record });
        await this.options.faultHook?.('before-commit');
      });
    } finally {
      await session.close();
    }
    return { version, catalog: next };
  }

  private planFor(
    before: Catalog,
    next: Catalog,
    change: CatalogChange,
    nextOrder: number,
  ): Omit<WritePlan, 'version' | 'record'> {
    const known = new Set((before.providers ?? []).map((p) => p.id));
    const newProviders = (next.providers ?? [])
      .map((provider, order) => ({ provider, order }))
      .filter(({ provider }) => !known.has(provider.id));
    let upserts: { credential: Credential; order: number; isNew: boolean }[] = [];
    let retired: string[] = [];
    let order = nextOrder;
    if (change.kind === 'publish') {
      const ids = new Set(change.credentials.map((c) => c.id));
      const existing = new Set(before.credentials.map((c) => c.id));
      upserts = next.credentials
        .filter((c) => ids.has(c.id))
        .map((credential) => ({ credential, order: order++, isNew: !existing.has(credential.id) }));
    } else {
      retired = [...new Set(change.ids)];
    }
    return {
      catalog: this.catalog,
      newProviders,
      upserts,
      retired,
      next,
      nextOrder: order,
      batchSize: this.options.batchSize ?? 10_000,
    };
  }

  /** Creates the CatalogMeta node and writes the seed as version 1, unless the catalog exists. */
  private async seedIfMissing(seed: Catalog): Promise<void> {
    const session = this.driver.session({ database: this.options.database });
    try {
      await session.executeWrite(async (tx) => {
        const result = await tx.run(
          `MERGE (m:CatalogMeta {catalog: $catalog})
           ON CREATE SET m.version = 0, m.nextOrder = 0
           RETURN m.version AS version`,
          { catalog: this.catalog },
        );
        if (toNumber(result.records[0]?.get('version')) !== 0) return;
        await writePlan(tx, {
          catalog: this.catalog,
          newProviders: (seed.providers ?? []).map((provider, order) => ({ provider, order })),
          upserts: seed.credentials.map((credential, order) => ({
            credential,
            order,
            isNew: true,
          })),
          retired: [],
          next: seed,
          version: 1,
          nextOrder: seed.credentials.length,
          batchSize: this.options.batchSize ?? 10_000,
        });
      });
    } finally {
      await session.close();
    }
  }

  private assertOpen(): void {
    if (this.closed) throw closedError();
  }
}

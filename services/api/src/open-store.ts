/**
 * Opens the store the service's configuration names: Neo4j when `config.neo4j` is set (NEO4J_URI,
 * NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, PATHWISE_NEO4J_CATALOG), compiling each version it
 * holds with the engine's codec, else the embedded file store in the data directory, with the
 * engine's compiled snapshot beside each version (a restart loads it instead of validating and
 * compiling the JSON). A new store is seeded from the catalog file. The one place the service
 * chooses its store.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCatalogJson } from '@pathwise/core';
import { DeadlineStore, FileCatalogStore, type CatalogStore } from '@pathwise/store';
import { Neo4jCatalogStore } from '@pathwise/store-neo4j';
import { indexSnapshotCodec } from '@pathwise/engine';
import type { ServiceConfig } from './config.js';
import type { Logger } from './logger.js';

/**
 * @param config - the service configuration (data dir, seed catalog, the Neo4j settings if any)
 * @param logger - for start-up messages
 * @returns the store to serve, each call bounded by `config.storeTimeoutMs` (DeadlineStore)
 * @throws CatalogInvalidError when the seed catalog is not valid
 * @throws PathwiseError STORE_UNAVAILABLE when the store cannot be opened
 */
export async function openStore(config: ServiceConfig, logger: Logger): Promise<CatalogStore> {
  const { neo4j } = config;
  // The file store only needs the seed on first start; a Neo4j catalog may be new, so it always gets one.
  if (neo4j) {
    const seed = parseCatalogJson(await readFile(config.catalogPath, 'utf8'));
    const store = await Neo4jCatalogStore.open(
      {
        uri: neo4j.uri,
        user: neo4j.user,
        password: neo4j.password,
        timeoutMs: config.storeTimeoutMs,
      },
      {
        seed,
        catalog: neo4j.catalog,
        database: neo4j.database,
        batchSize: neo4j.batchSize,
        leaseMs: neo4j.leaseMs,
        compiler: indexSnapshotCodec,
      },
    );
    logger.info({ store: 'neo4j', uri: neo4j.uri, catalog: neo4j.catalog }, 'store open');
    return new DeadlineStore(store, config.storeTimeoutMs);
  }
  // A new file store reads its seed one credential at a time (a national catalog is gigabytes).
  const fileStoreExists = existsSync(join(config.dataDir, 'catalog.json'));
  const seedFile = fileStoreExists ? undefined : config.catalogPath;
  const store = await FileCatalogStore.open(config.dataDir, {
    seedFile,
    snapshots: indexSnapshotCodec,
    onWarning: (message) => logger.warn({ store: 'file' }, message),
  });
  logger.info(
    {
      store: 'file',
      dataDir: config.dataDir,
      seededFrom: seedFile ? config.catalogPath : undefined,
    },
    'store open',
  );
  return new DeadlineStore(store, config.storeTimeoutMs);
}

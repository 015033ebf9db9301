/**
 * Opens the store the environment names, through @pathwise/store-neo4j's openCatalogStore: Neo4j
 * when NEO4J_URI is set (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, PATHWISE_NEO4J_CATALOG), else the
 * embedded file store in the data directory. A new store is seeded from the catalog file.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCatalogJson, type Catalog } from '@pathwise/core';
import type { CatalogStore } from '@pathwise/store';
import { openCatalogStore } from '@pathwise/store-neo4j';
import type { ServiceConfig } from './config.js';
import type { Logger } from './logger.js';

/**
 * @param config - the service configuration (data dir, seed catalog, whether Neo4j is configured)
 * @param env - the environment the Neo4j settings are read from (usually process.env)
 * @param logger - for start-up messages
 * @returns the store to serve
 * @throws CatalogInvalidError when the seed catalog is not valid
 * @throws PathwiseError STORE_UNAVAILABLE when the store cannot be opened
 */
export async function openStore(
  config: ServiceConfig,
  env: Record<string, string | undefined>,
  logger: Logger,
): Promise<CatalogStore> {
  // The file store only needs the seed on first start; a Neo4j catalog may be new, so it always gets one.
  const fileStoreExists = !config.neo4j && existsSync(join(config.dataDir, 'catalog.json'));
  const seed: Catalog | undefined = fileStoreExists
    ? undefined
    : parseCatalogJson(await readFile(config.catalogPath, 'utf8'));
  const { store, kind } = await openCatalogStore(env, {
    dataDir: config.dataDir,
    ...(seed ? { seed } : {}),
  });
  logger.info(
    kind === 'neo4j'
      ? { store: kind, uri: config.neo4j?.uri, catalog: env.PATHWISE_NEO4J_CATALOG || 'default' }
      : { store: kind, dataDir: config.dataDir, seededFrom: seed ? config.catalogPath : undefined },
    'store open',
  );
  return store;
}

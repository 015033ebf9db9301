/**
 * Opens the store the configuration names: the embedded file store in the data directory (seeded
 * from the catalog file on first start), or Neo4j when NEO4J_URI is set.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCatalogJson } from '@pathwise/core';
import { FileCatalogStore, type CatalogStore } from '@pathwise/store';
import type { ServiceConfig } from './config.js';
import type { Logger } from './logger.js';

/**
 * Opens the file store in `dataDir`; a new store is seeded from `catalogPath`.
 * @returns the open store
 * @throws CatalogInvalidError when the seed catalog is not valid
 * @throws PathwiseError STORE_UNAVAILABLE when the files cannot be read or written
 */
export async function openFileStore(
  dataDir: string,
  catalogPath: string,
  logger: Logger,
): Promise<FileCatalogStore> {
  if (existsSync(join(dataDir, 'catalog.json'))) {
    logger.info({ dataDir }, 'using the existing file store (PATHWISE_CATALOG only seeds a new one)');
    return FileCatalogStore.open(dataDir);
  }
  logger.info({ dataDir, catalogPath }, 'seeding a new file store');
  const seed = parseCatalogJson(await readFile(catalogPath, 'utf8'));
  return FileCatalogStore.open(dataDir, { seed });
}

/**
 * @param config - the service configuration
 * @param logger - for start-up messages
 * @returns the store to serve
 */
export async function openStore(config: ServiceConfig, logger: Logger): Promise<CatalogStore> {
  if (config.neo4j) {
    throw new Error('NEO4J_URI is set but the Neo4j store is not wired into the service yet');
  }
  return openFileStore(config.dataDir, config.catalogPath, logger);
}

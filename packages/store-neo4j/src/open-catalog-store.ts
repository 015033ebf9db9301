/**
 * The one place a service picks its store: Neo4j when `NEO4J_URI` is set (with `NEO4J_USER`,
 * `NEO4J_PASSWORD`, optional `NEO4J_DATABASE` and `PATHWISE_NEO4J_CATALOG`), the file store otherwise.
 */
import type { Catalog } from '@pathwise/core';
import type { CatalogStore } from '@pathwise/store';
import { FileCatalogStore } from '@pathwise/store';
import { Neo4jCatalogStore } from './neo4j-catalog-store.js';

/** Options of `openCatalogStore`. */
export interface OpenCatalogStoreOptions {
  /** The file store's directory (or `.json` file) when Neo4j is not configured. */
  dataDir: string;
  /** The catalog a new store starts with (either kind); ignored when the store already exists. */
  seed?: Catalog;
}

/** Which store `openCatalogStore` chose, for logs. */
export type CatalogStoreKind = 'neo4j' | 'file';

/**
 * @param env - usually `process.env`
 * @param options - the file store's directory and the seed catalog
 * @returns the open store and which kind it is
 * @throws CatalogInvalidError when the seed is invalid
 * @throws PathwiseError STORE_UNAVAILABLE when the store cannot be opened
 */
export async function openCatalogStore(
  env: Record<string, string | undefined>,
  options: OpenCatalogStoreOptions,
): Promise<{ store: CatalogStore; kind: CatalogStoreKind }> {
  const seed = options.seed ? { seed: options.seed } : {};
  if (env.NEO4J_URI) {
    const store = await Neo4jCatalogStore.open(
      { uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD },
      {
        ...seed,
        catalog: env.PATHWISE_NEO4J_CATALOG || 'default',
        database: env.NEO4J_DATABASE || undefined,
      },
    );
    return { store, kind: 'neo4j' };
  }
  return { store: await FileCatalogStore.open(options.dataDir, seed), kind: 'file' };
}

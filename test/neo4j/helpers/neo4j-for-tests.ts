/**
 * The Neo4j a test file talks to: the one `pnpm test` started (PATHWISE_TEST_NEO4J_URI), else one this
 * file starts through services/neo4j's harness. Under CI a missing Neo4j throws (the suite fails);
 * elsewhere, without Java or Maven, the suites skip and say so loudly.
 */
import { afterAll } from 'vitest';
import type { Catalog } from '@pathwise/core';
import {
  Neo4jCatalogStore,
  connectNeo4j,
  dropCatalog,
  type Neo4jConnection,
} from '@pathwise/store-neo4j';
import { startForTests, stopForTests } from '../../../services/neo4j/scripts/harness.mjs';

/** What a Neo4j test file gets. */
export interface Neo4jForTests {
  connection: Neo4jConnection | undefined;
  /** Why the suites skip (only outside CI). */
  skip: string | undefined;
  /** Stops the Neo4j this file started, if any. */
  stop: () => Promise<void>;
}

/** @returns the connection, or a skip reason; throws under CI=true when there is no Neo4j */
export async function neo4jForTests(): Promise<Neo4jForTests> {
  const fromEnv = (env: Record<string, string | undefined>): Neo4jConnection | undefined =>
    env.PATHWISE_TEST_NEO4J_URI
      ? {
          uri: env.PATHWISE_TEST_NEO4J_URI,
          user: env.PATHWISE_TEST_NEO4J_USER,
          password: env.PATHWISE_TEST_NEO4J_PASSWORD,
        }
      : undefined;
  const given = fromEnv(process.env);
  if (given) return { connection: given, skip: undefined, stop: async () => undefined };
  if (process.env.CI === 'true') {
    throw new Error(
      'CI=true but PATHWISE_TEST_NEO4J_URI is not set: the Neo4j suites must run in CI (pnpm test starts Neo4j).',
    );
  }
  const started = await startForTests(process.env);
  const connection = fromEnv(started.env);
  if (!connection) {
    const skip = 'no Neo4j (Java/Maven missing; see services/neo4j/README.md)';
    console.warn(`\n!!!!!!!!!! Neo4j suites SKIPPED: ${skip} !!!!!!!!!!\n`);
    return { connection: undefined, skip, stop: async () => undefined };
  }
  return { connection, skip: undefined, stop: stopForTests };
}

/**
 * Removes catalogs a test made, over a connection of its own.
 * @param connection - the test Neo4j (nothing happens without one: the suite skipped)
 * @param names - the catalogs to drop
 */
export async function dropTestCatalogs(
  connection: Neo4jConnection | undefined,
  names: Iterable<string>,
): Promise<void> {
  if (!connection) return;
  const driver = connectNeo4j(connection);
  try {
    for (const name of names) await dropCatalog(driver, name);
  } finally {
    await driver.close();
  }
}

/**
 * `neo4jForTests` for a test file that names catalogs of its own: after all its tests, the catalogs
 * added to `catalogs` are dropped and the Neo4j it started (if any) is stopped.
 * @returns the Neo4j, and the set to add each catalog name to
 */
export async function neo4jWithCatalogs(): Promise<Neo4jForTests & { catalogs: Set<string> }> {
  const neo = await neo4jForTests();
  const catalogs = new Set<string>();
  afterAll(async () => {
    await dropTestCatalogs(neo.connection, catalogs);
    await neo.stop();
  });
  return { ...neo, catalogs };
}

/**
 * Opens a fresh store on a catalog, loads it whole and closes the store.
 * @param connection - the test Neo4j
 * @param name - the catalog
 * @param pageSize - credentials per page of the read (default: the store's)
 * @returns the catalog read
 */
export async function loadFresh(
  connection: Neo4jConnection,
  name: string,
  pageSize?: number,
): Promise<Catalog> {
  const reader = await Neo4jCatalogStore.open(connection, {
    catalog: name,
    readPageSize: pageSize,
  });
  try {
    return (await reader.load()).catalog;
  } finally {
    await reader.close();
  }
}

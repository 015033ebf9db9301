/**
 * Several processes publishing to one Neo4j catalog at once: the CatalogMeta lock and the version
 * check make a stale process reload and recompute, so nothing is lost or duplicated and the versions
 * run without a gap; each process sees the others' publishes.
 */
import { afterAll, describe, it } from 'vitest';
import { runFixtureJson } from '../helpers/fixture-process.js';
import { expectSerialisedPublishes } from '../helpers/store-outcomes.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { richCatalog } from '@pathwise/store/contract';
import { Neo4jCatalogStore, connectNeo4j, dropCatalog } from '@pathwise/store-neo4j';
import { neo4jForTests } from './helpers/neo4j-for-tests.js';

const here = dirname(fileURLToPath(import.meta.url));
const neo = await neo4jForTests();
const catalog = `multi-${process.pid}`;
afterAll(async () => {
  if (neo.connection) {
    const driver = connectNeo4j(neo.connection);
    await dropCatalog(driver, catalog);
    await driver.close();
  }
  await neo.stop();
});

function publishFrom(prefix: string, count: number): Promise<number[]> {
  return runFixtureJson(join(here, 'fixtures', 'neo4j-multi-child.ts'), [
    neo.connection!.uri,
    catalog,
    prefix,
    String(count),
  ]);
}

const suite = neo.skip ? describe.skip : describe;
suite('Neo4j store shared by several processes', () => {
  it('serialises concurrent publishes of 3 processes: nothing lost, nothing duplicated', async () => {
    const store = await Neo4jCatalogStore.open(neo.connection!, { catalog, seed: richCatalog() });
    const perProcess = 6;
    const prefixes = ['na', 'nb', 'nc'];
    const results = await Promise.all(prefixes.map((p) => publishFrom(p, perProcess)));
    const total = prefixes.length * perProcess;
    await expectSerialisedPublishes(store, results.flat(), total);
    await store.close();
  }, 120_000);
});

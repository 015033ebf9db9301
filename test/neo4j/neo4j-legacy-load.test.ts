/**
 * A load reads each credential's catalog JSON (the `json` property written at publish); a database of
 * an earlier release has credential nodes without it. Such nodes (here: the property removed from
 * every other node) are rebuilt from their properties and requirement trees, so a whole read and a
 * delta read give the published catalog either way, and the property is the credential exactly.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { makeCredential, richCatalog } from '@pathwise/store/contract';
import { generateCatalog } from '@pathwise/test-support';
import { Neo4jCatalogStore, connectNeo4j } from '@pathwise/store-neo4j';
import { loadFresh, neo4jWithCatalogs } from './helpers/neo4j-for-tests.js';

const neo = await neo4jWithCatalogs();
const { connection, catalogs } = neo;

/** Removes `json` from the current credential nodes of even order. @returns how many */
async function stripJson(name: string): Promise<number> {
  const driver = connectNeo4j(connection!);
  try {
    const { records } = await driver.executeQuery(
      `MATCH (c:Credential {catalog: $catalog}) WHERE c.to IS NULL AND c.order % 2 = 0
       REMOVE c.json RETURN count(c) AS n`,
      { catalog: name },
    );
    return Number(records[0]?.get('n'));
  } finally {
    await driver.close();
  }
}

const suite = neo.skip ? describe.skip : describe;
suite('Neo4jCatalogStore load of nodes without the json property', () => {
  it('writes each credential whole as its json property', async () => {
    const name = 'legacy-json-written';
    catalogs.add(name);
    const seed = richCatalog();
    const store = await Neo4jCatalogStore.open(connection!, { catalog: name, seed });
    const driver = connectNeo4j(connection!);
    try {
      const { records } = await driver.executeQuery(
        'MATCH (c:Credential {catalog: $catalog}) RETURN c.id AS id, c.json AS json',
        { catalog: name },
      );
      expect(records).toHaveLength(seed.credentials.length);
      for (const record of records)
        expect(JSON.parse(record.get('json') as string)).toEqual(
          seed.credentials.find((c) => c.id === record.get('id')),
        );
    } finally {
      await driver.close();
      await store.close();
    }
  });

  it('rebuilds them from the graph, in a whole read at any page size and in a delta', async () => {
    const name = 'legacy-load';
    catalogs.add(name);
    const rich = richCatalog();
    const generated = generateCatalog(300).catalog;
    const seed: Catalog = {
      ...rich,
      providers: [...rich.providers!, ...generated.providers!],
      credentials: [...rich.credentials, ...generated.credentials],
    };
    const writer = await Neo4jCatalogStore.open(connection!, { catalog: name, seed });
    const follower = await Neo4jCatalogStore.open(connection!, { catalog: name });
    try {
      await follower.load();
      const py = rich.credentials.find((c) => c.id === 'py')!;
      await writer.apply({
        kind: 'publish',
        provider: 'corp',
        credentials: [
          { ...py, cost: 11 },
          makeCredential('legacy-a', 'corp', {
            requires: { any: ['py', { all: ['sql', 'viz'] }] },
          }),
          makeCredential('legacy-b', 'corp', { requires: { atLeast: 1, of: ['legacy-a', 'py'] } }),
        ],
      });
      const published = await writer.apply({ kind: 'retire', provider: 'uni', ids: ['msc'] });
      expect(await stripJson(name)).toBeGreaterThan(100);
      for (const pageSize of [1, 97, undefined])
        expect(await loadFresh(connection!, name, pageSize)).toEqual(published.catalog);
      expect((await follower.load()).catalog).toEqual(published.catalog);
    } finally {
      await Promise.all([writer.close(), follower.close()]);
    }
  }, 300_000);
});

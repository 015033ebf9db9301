/**
 * The Neo4j store against a real Neo4j: the CatalogStore contract, the graph a user browses with
 * Cypher, the constraints, wrapped driver errors, and the env factory.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PathwiseError } from '@pathwise/core';
import { FileCatalogStore } from '@pathwise/store';
import {
  describeCatalogStoreContract,
  makeCredential,
  richCatalog,
} from '@pathwise/store/contract';
import {
  Neo4jCatalogStore,
  connectNeo4j,
  dropCatalog,
  openCatalogStore,
} from '@pathwise/store-neo4j';
import { neo4jForTests } from './helpers/neo4j-for-tests.js';

const neo = await neo4jForTests();
const connection = neo.connection;
const driver = connection ? connectNeo4j(connection) : undefined;
const catalogs = new Set<string>();
afterAll(async () => {
  if (driver) {
    for (const name of catalogs) await dropCatalog(driver, name);
    await driver.close();
  }
  await neo.stop();
});

describeCatalogStoreContract(
  'Neo4jCatalogStore',
  (location, seed) => {
    catalogs.add(location);
    return Neo4jCatalogStore.open(connection!, { catalog: location, ...(seed ? { seed } : {}) });
  },
  { skip: neo.skip },
);

const suite = neo.skip ? describe.skip : describe;
suite('Neo4jCatalogStore graph', () => {
  const open = async (name: string) => {
    catalogs.add(name);
    return Neo4jCatalogStore.open(connection!, { catalog: name, seed: richCatalog() });
  };

  it('stores credentials, providers and requirement groups as a graph Cypher can walk', async () => {
    const store = await open('graph-shape');
    const q = async (cypher: string) =>
      (await driver!.executeQuery(cypher, { catalog: 'graph-shape' })).records.map((r) =>
        r.toObject(),
      );
    expect(
      await q(
        `MATCH (:Provider {catalog: $catalog, id: 'corp'})-[:ISSUES]->(c) RETURN c.id AS id ORDER BY id`,
      ),
    ).toEqual(['analyst', 'py', 'sql', 'viz'].map((id) => ({ id })));
    // analyst requires { all: ['py', { atLeast: 2, of: ['sql', 'viz', { any: ['stats', 'py'] }] }] }
    expect(
      await q(`MATCH (:Credential {catalog: $catalog, id: 'analyst'})-[:REQUIRES]->(r:Requirement)-[o:OF]->(t)
               RETURN r.kind AS kind, o.order AS i, coalesce(t.id, t.kind) AS target ORDER BY i`),
    ).toEqual([
      { kind: 'all', i: 0, target: 'py' },
      { kind: 'all', i: 1, target: 'atLeast' },
    ]);
    expect(
      await q(`MATCH (:Credential {catalog: $catalog, id: 'analyst'})-[:REQUIRES]->()-[:OF]->(g:Requirement {kind: 'atLeast'})
               RETURN g.k AS k`),
    ).toEqual([{ k: 2 }]);
    // Everything the MSc transitively stands on, through any requirement group.
    expect(
      await q(`MATCH (:Credential {catalog: $catalog, id: 'msc'})-[:REQUIRES|OF*]->(c:Credential)
               RETURN DISTINCT c.id AS id ORDER BY id`),
    ).toEqual(['analyst', 'py', 'sql', 'stats', 'viz'].map((id) => ({ id })));
    expect(await q(`MATCH (m:CatalogMeta {catalog: $catalog}) RETURN m.version AS v`)).toEqual([
      { v: 1 },
    ]);
    await store.close();
  });

  it('keeps credential ids unique per catalog (a constraint, not only code)', async () => {
    const store = await open('constraint');
    const error = await driver!
      .executeQuery(`CREATE (:Credential {catalog: 'constraint', id: 'py'})`)
      .catch((e: unknown) => e);
    expect(String((error as { code?: string }).code)).toMatch(/ConstraintValidationFailed/);
    await store.close();
  });

  it('wraps driver errors as STORE_UNAVAILABLE with the cause', async () => {
    const error = await Neo4jCatalogStore.open(
      { uri: 'bolt://127.0.0.1:1' },
      { catalog: 'nowhere' },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PathwiseError);
    expect((error as PathwiseError).code).toBe('STORE_UNAVAILABLE');
    expect((error as PathwiseError).cause).toBeDefined();
    expect((error as PathwiseError).cause).not.toBeInstanceOf(PathwiseError);
  });

  it('wraps errors of a store whose driver went away', async () => {
    const own = connectNeo4j(connection!);
    catalogs.add('driver-gone');
    const store = await Neo4jCatalogStore.open(own, {
      catalog: 'driver-gone',
      seed: richCatalog(),
    });
    await own.close();
    for (const call of [
      store.currentVersion(),
      store.changesSince(0),
      store.apply({ kind: 'retire', provider: 'uni', ids: ['msc'] }),
    ]) {
      const error = await call.catch((e: unknown) => e);
      expect((error as PathwiseError).code).toBe('STORE_UNAVAILABLE');
    }
  });

  it('openCatalogStore picks Neo4j when NEO4J_URI is set, the file store otherwise', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pathwise-factory-'));
    catalogs.add('factory');
    const neoStore = await openCatalogStore(
      {
        NEO4J_URI: connection!.uri,
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: 'any',
        PATHWISE_NEO4J_CATALOG: 'factory',
      },
      { dataDir: dir, seed: richCatalog() },
    );
    expect(neoStore.kind).toBe('neo4j');
    expect(neoStore.store).toBeInstanceOf(Neo4jCatalogStore);
    await neoStore.store.apply({
      kind: 'publish',
      provider: 'corp',
      credentials: [makeCredential('f', 'corp')],
    });
    expect(await neoStore.store.currentVersion()).toBe(2);
    await neoStore.store.close();
    const fileStore = await openCatalogStore({}, { dataDir: dir, seed: richCatalog() });
    expect(fileStore.kind).toBe('file');
    expect(fileStore.store).toBeInstanceOf(FileCatalogStore);
    expect((await fileStore.store.load()).catalog).toEqual(richCatalog());
    await fileStore.store.close();
    await rm(dir, { recursive: true, force: true });
  });
});

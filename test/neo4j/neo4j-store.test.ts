/**
 * The Neo4j store against a real Neo4j: the CatalogStore contract, the graph a user browses with
 * Cypher, the constraints and wrapped driver errors, versioned credential nodes, and a v2 catalog kept
 * whole. (Which store a service opens is tested with the
 * service: test/api/open-store.test.ts.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { PathwiseError } from '@pathwise/core';
import type { Catalog, CatalogChange, Credential } from '@pathwise/core';
import {
  describeCatalogStoreContract,
  makeCredential,
  richCatalog,
} from '@pathwise/store/contract';
import { v2Catalog } from '../../packages/core/src/validate/__tests__/v2-catalog.js';
import { Neo4jCatalogStore, connectNeo4j, dropCatalog } from '@pathwise/store-neo4j';
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
    return Neo4jCatalogStore.open(connection!, { catalog: location, seed });
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

  it('keeps one node per credential id and version (a constraint, not only code)', async () => {
    const store = await open('constraint');
    const error = await driver!
      .executeQuery(`CREATE (:Credential {catalog: 'constraint', id: 'py', from: 1})`)
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
});

suite('Neo4jCatalogStore versions and v2 fields', () => {
  it('keeps every v2 field and the offers of a v2 catalog (round trip)', async () => {
    catalogs.add('v2-round-trip');
    const seed = v2Catalog() as Catalog;
    const store = await Neo4jCatalogStore.open(connection!, { catalog: 'v2-round-trip', seed });
    expect(await store.load()).toEqual({ version: 1, catalog: seed });
    const added = { ...makeCredential('late', 'u'), pace: 'fixed', starts: ['--09-01'] };
    await store.apply({ kind: 'publish', provider: 'u', credentials: [added as Credential] });
    await store.close();
    const again = await Neo4jCatalogStore.open(connection!, { catalog: 'v2-round-trip' });
    const { catalog } = await again.load();
    expect(catalog.credentials.find((c) => c.id === 'late')).toEqual(added);
    expect(catalog).toEqual({ ...seed, credentials: [...seed.credentials, added] });
    await again.close();
  });

  it('writes a replaced credential as a new node and keeps the old one out of reads', async () => {
    catalogs.add('replace');
    const store = await Neo4jCatalogStore.open(connection!, {
      catalog: 'replace',
      seed: richCatalog(),
    });
    const py = richCatalog().credentials.find((c) => c.id === 'py')!;
    await store.apply({ kind: 'publish', provider: 'corp', credentials: [{ ...py, cost: 7 }] });
    const { records } = await driver!.executeQuery(
      `MATCH (c:Credential {catalog: 'replace', id: 'py'}) RETURN c.from AS from, c.to AS to, c.cost AS cost ORDER BY from`,
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { from: 1, to: 2, cost: py.cost },
      { from: 2, to: null, cost: 7 },
    ]);
    const fresh = await Neo4jCatalogStore.open(connection!, { catalog: 'replace' });
    const { catalog } = await fresh.load();
    expect(catalog.credentials.filter((c) => c.id === 'py')).toEqual([{ ...py, cost: 7 }]);
    expect(catalog.credentials.map((c) => c.id)).toEqual(
      richCatalog().credentials.map((c) => c.id),
    );
    await Promise.all([store.close(), fresh.close()]);
  });
});

suite('Neo4jCatalogStore deltas', () => {
  it('applies later versions to a loaded catalog as deltas, equal to a whole read', async () => {
    catalogs.add('delta');
    const writer = await Neo4jCatalogStore.open(connection!, {
      catalog: 'delta',
      seed: richCatalog(),
    });
    const follower = await Neo4jCatalogStore.open(connection!, { catalog: 'delta' });
    await follower.load();
    const py = richCatalog().credentials.find((c) => c.id === 'py')!;
    const steps: CatalogChange[] = [
      { kind: 'publish', provider: 'corp', credentials: [{ ...py, cost: 11 }] },
      {
        kind: 'publish',
        provider: 'corp',
        providerName: 'Corp',
        credentials: [makeCredential('d1', 'corp', { requires: { any: ['py', 'sql'] } })],
      },
      { kind: 'retire', provider: 'uni', ids: ['msc'] },
      {
        kind: 'publish',
        provider: 'newco',
        providerName: 'New Co',
        credentials: [makeCredential('n1', 'newco')],
      },
      {
        kind: 'publish',
        provider: 'uni',
        credentials: [makeCredential('msc', 'uni', { requires: 'd1' })],
      },
      {
        kind: 'publish',
        provider: 'corp',
        credentials: [{ ...py, cost: 12 }, makeCredential('d2', 'corp')],
      },
    ];
    for (const [i, change] of steps.entries()) {
      await writer.apply(change);
      // Every other step, the follower catches up over two versions at once.
      if (i % 2 === 0) continue;
      const whole = await Neo4jCatalogStore.open(connection!, { catalog: 'delta' });
      expect(await follower.load()).toEqual(await whole.load());
      await whole.close();
    }
    expect((await follower.load()).version).toBe(steps.length + 1);
    await Promise.all([writer.close(), follower.close()]);
  });
});

suite('Neo4jCatalogStore over a neo4j:// routing URI', () => {
  it('opens, publishes and reads through the routing driver (what a cluster needs)', async () => {
    catalogs.add('routing');
    const uri = connection!.uri.replace(/^bolt:/, 'neo4j:');
    expect(uri).toMatch(/^neo4j:\/\//);
    const store = await Neo4jCatalogStore.open(
      { ...connection!, uri },
      { catalog: 'routing', seed: richCatalog() },
    );
    const next = await store.apply({
      kind: 'publish',
      provider: 'corp',
      credentials: [makeCredential('routed', 'corp')],
    });
    expect(next.version).toBe(2);
    const other = await Neo4jCatalogStore.open({ ...connection!, uri }, { catalog: 'routing' });
    expect(await other.load()).toEqual(next);
    await Promise.all([store.close(), other.close()]);
  });
});

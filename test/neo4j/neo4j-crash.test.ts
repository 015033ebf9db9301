/**
 * A Neo4j publish is written in bounded batches and switched at the end: readers never see part of it.
 * Killed (kill -9) between two specific batches, inside the switch, or at random moments, the writer
 * leaves the previous version whole; once its lease expires, the next open removes what it wrote.
 * And readers loading while large publishes commit never see a version with another version's content
 * (the CI failure of one big transaction: Neo4j applied its version property before its index entries).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runKillableChild } from '../helpers/fixture-process.js';
import { expectSeedOrWholePublish } from '../helpers/store-outcomes.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedCatalog, makeCredential, richCatalog } from '@pathwise/store/contract';
import { Neo4jCatalogStore, connectNeo4j, dropCatalog } from '@pathwise/store-neo4j';
import { neo4jForTests } from './helpers/neo4j-for-tests.js';

const here = dirname(fileURLToPath(import.meta.url));
const neo = await neo4jForTests();
const catalogs: string[] = [];
const driver = neo.connection ? connectNeo4j(neo.connection) : undefined;
afterAll(async () => {
  if (driver) {
    for (const name of catalogs) await dropCatalog(driver, name);
    await driver.close();
  }
  await neo.stop();
});

/** Each test runs child processes (node + tsx) and waits out leases: minutes on a loaded machine. */
const SLOW = 300_000;

/** The dead writer's lease, short so that the tests need not wait long for it to expire. */
const LEASE_MS = 1500;

/** Runs the publishing fixture; kills it -9 as `kill` says. @returns how it ended */
function runChild(
  catalog: string,
  stage: string,
  count: number,
  kill: { on?: string; afterMs?: number },
  batchSize = 10_000,
) {
  return runKillableChild(
    join(here, 'fixtures', 'neo4j-publish-child.ts'),
    [neo.connection!.uri, catalog, stage, String(count), String(batchSize), String(LEASE_MS)],
    kill,
  );
}

async function seeded(name: string): Promise<void> {
  catalogs.push(name);
  const store = await Neo4jCatalogStore.open(neo.connection!, {
    catalog: name,
    seed: richCatalog(),
  });
  await store.close();
}

/** @returns the nodes of `catalog` tagged with a version above the published one, and its `pending` */
async function orphans(catalog: string): Promise<{ nodes: number; pending: unknown }> {
  const { records } = await driver!.executeQuery(
    `MATCH (m:CatalogMeta {catalog: $catalog})
     OPTIONAL MATCH (n {catalog: $catalog}) WHERE n.from > m.version OR n.to > m.version
       OR (n:CatalogChange AND n.version > m.version)
     RETURN count(n) AS nodes, m.pending AS pending`,
    { catalog },
  );
  return { nodes: records[0]!.get('nodes') as number, pending: records[0]!.get('pending') };
}

/** Opens the catalog once the dead writer's lease has expired (open removes its orphans then). */
async function reopenAfterLease(name: string): Promise<Neo4jCatalogStore> {
  await new Promise((resolve) => setTimeout(resolve, LEASE_MS + 200));
  return Neo4jCatalogStore.open(neo.connection!, { catalog: name });
}

/** After a crash and reopen: one more publish lands as version 2, on top of the whole seed. */
async function expectNextPublishIsVersion2(
  store: Neo4jCatalogStore,
  credential: ReturnType<typeof makeCredential>,
): Promise<void> {
  const next = await store.apply({ kind: 'publish', provider: 'corp', credentials: [credential] });
  expect(next.version).toBe(2);
  expect((await store.load()).catalog.credentials).toHaveLength(
    richCatalog().credentials.length + 1,
  );
  await store.close();
}

const suite = neo.skip ? describe.skip : describe;
suite('Neo4j store: publish killed mid-way', () => {
  it(
    'readers see the old version whole between batches; a kill there is cleaned up',
    async () => {
      // 1000 credentials in batches of 100: 1 provider batch, 10 credential batches, then requirements.
      for (const stopAfter of [1, 6, 14]) {
        const name = `crash-batch-${stopAfter}-${process.pid}`;
        await seeded(name);
        const reader = await Neo4jCatalogStore.open(neo.connection!, { catalog: name });
        const stage = `after-batch:${stopAfter}`;
        const run = await runChild(name, stage, 1000, { on: `STAGE ${stage}` }, 100);
        // (runKillableChild kills at the marker; the graph is exactly as the batches left it.)
        expect(run.killed, run.output).toBe(true);
        expect(await reader.load()).toEqual({ version: 1, catalog: richCatalog() });
        expect(await reader.currentVersion()).toBe(1);
        expect(await reader.changesSince(0)).toEqual([]);
        const left = await orphans(name);
        expect(left.nodes, 'the batches wrote nodes of version 2').toBeGreaterThan(0);
        expect(left.pending).toBe(2);
        await reader.close();

        const store = await reopenAfterLease(name);
        expect(await orphans(name)).toEqual({ nodes: 0, pending: null });
        expect(await store.load()).toEqual({ version: 1, catalog: richCatalog() });
        await expectNextPublishIsVersion2(store, makeCredential('n', 'corp', { requires: 'py' }));
      }
    },
    SLOW,
  );

  it(
    'keeps the previous version when killed inside the switch, every batch committed',
    async () => {
      const name = `crash-commit-${process.pid}`;
      await seeded(name);
      const run = await runChild(name, 'before-commit', 1000, { on: 'STAGE before-commit' });
      expect(run.killed, run.output).toBe(true);
      const store = await reopenAfterLease(name);
      expect(await store.load()).toEqual({ version: 1, catalog: richCatalog() });
      expect(await store.changesSince(0)).toEqual([]);
      expect(await orphans(name)).toEqual({ nodes: 0, pending: null });
      await expectNextPublishIsVersion2(store, makeCredential('n', 'corp'));
    },
    SLOW,
  );

  it(
    'is either the old version or the whole new one when killed at random moments',
    async () => {
      const outcomes: number[] = [];
      for (const afterMs of [50, 300, 800, 1500]) {
        const name = `crash-random-${afterMs}-${process.pid}`;
        await seeded(name);
        await runChild(name, 'none', 3000, { afterMs }, 500);
        const store = await reopenAfterLease(name);
        outcomes.push(await expectSeedOrWholePublish(store, 3000));
        expect((await orphans(name)).nodes).toBe(0);
        await store.close();
      }
      console.info(`neo4j store random kills: versions after restart ${outcomes.join(', ')}`);
    },
    SLOW,
  );

  it(
    'never shows a reader one version with another version’s content while publishes commit',
    async () => {
      const name = `crash-readers-${process.pid}`;
      await seeded(name);
      const writer = await Neo4jCatalogStore.open(neo.connection!, { catalog: name });
      const readers = await Promise.all(
        [0, 1].map(() => Neo4jCatalogStore.open(neo.connection!, { catalog: name })),
      );
      const base = richCatalog().credentials.length;
      const size = 500;
      const publishes = 5;
      let done = false;
      const seen: number[] = [];
      const loop = async (reader: Neo4jCatalogStore) => {
        while (!done) {
          const { version, catalog } = await reader.load();
          seen.push(version);
          expect(catalog.credentials, `version ${version}`).toHaveLength(
            base + size * (version - 1),
          );
        }
      };
      const reading = Promise.all(readers.map(loop));
      try {
        for (let i = 0; i < publishes; i++) {
          const programme = generatedCatalog(size, 1, `v${i}-`).credentials;
          await writer.apply({
            kind: 'publish',
            provider: 'p0',
            providerName: 'Big',
            credentials: programme,
          });
        }
      } finally {
        done = true;
        await reading;
      }
      console.info(
        `neo4j readers during publishes: ${seen.length} loads, versions ${[...new Set(seen)].join(', ')}`,
      );
      expect(new Set(seen).size).toBeGreaterThan(1);
      await Promise.all([writer, ...readers].map((s) => s.close()));
    },
    SLOW,
  );
});

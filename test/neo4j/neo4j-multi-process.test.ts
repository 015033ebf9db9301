/**
 * Several processes publishing to one Neo4j catalog at once: the CatalogMeta lock and the version
 * check make a stale process reload and recompute, so nothing is lost or duplicated and the versions
 * run without a gap; each process sees the others' publishes.
 *
 * The publish lease is short (a writer killed mid-publish blocks the next one for one lease) because a
 * live writer keeps it alive: a writer that pauses between batches for several lease lengths still
 * owns it, and a second writer waits for it instead of taking it over. (Before the heartbeat, the lease
 * was 30 s and renewed only by batches; a publish sent right after a writer was killed waited out the
 * 30 s, past the soak's 30 s patience.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runFixtureJson } from '../helpers/fixture-process.js';
import { expectSerialisedPublishes } from '../helpers/store-outcomes.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCredential, richCatalog } from '@pathwise/store/contract';
import { Neo4jCatalogStore, connectNeo4j, dropCatalog } from '@pathwise/store-neo4j';
import { neo4jForTests } from './helpers/neo4j-for-tests.js';

const here = dirname(fileURLToPath(import.meta.url));
const neo = await neo4jForTests();
const catalog = `multi-${process.pid}`;
const leaseCatalog = `lease-${process.pid}`;
afterAll(async () => {
  if (neo.connection) {
    const driver = connectNeo4j(neo.connection);
    for (const name of [catalog, leaseCatalog]) await dropCatalog(driver, name);
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

const LEASE_MS = 600;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

  it('a writer pausing for several lease lengths keeps its lease; the next writer waits', async () => {
    let paused: () => void = () => undefined;
    const pausedAtBatch = new Promise<void>((resolve) => (paused = resolve));
    let armed = false; // not while open() writes the seed
    const slow = await Neo4jCatalogStore.open(neo.connection!, {
      catalog: leaseCatalog,
      seed: richCatalog(),
      leaseMs: LEASE_MS,
      faultHook: async (stage, batch) => {
        if (!armed || stage !== 'after-batch' || batch !== 1) return;
        paused();
        await sleep(5 * LEASE_MS);
      },
    });
    const other = await Neo4jCatalogStore.open(neo.connection!, {
      catalog: leaseCatalog,
      leaseMs: LEASE_MS,
    });
    try {
      armed = true;
      const first = slow.apply({
        kind: 'publish',
        provider: 'slow',
        credentials: [makeCredential('slow-1', 'slow')],
      });
      await pausedAtBatch;
      const second = other.apply({
        kind: 'publish',
        provider: 'other',
        credentials: [makeCredential('other-1', 'other')],
      });
      const [a, b] = await Promise.all([first, second]);
      expect(a.version).toBe(2);
      expect(b.version).toBe(3);
      const ids = (await other.load()).catalog.credentials.map((c) => c.id);
      expect(ids).toEqual(expect.arrayContaining(['slow-1', 'other-1']));
    } finally {
      await slow.close();
      await other.close();
    }
  }, 60_000);
});

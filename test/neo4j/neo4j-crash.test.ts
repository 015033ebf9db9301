/**
 * A Neo4j publish killed mid-way (kill -9 of the publishing process just before its commit, and at
 * random moments) leaves the previous version intact: the transaction dies with the connection.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runKillableChild } from '../helpers/fixture-process.js';
import { expectSeedOrWholePublish } from '../helpers/store-outcomes.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCredential, richCatalog } from '@pathwise/store/contract';
import { Neo4jCatalogStore, connectNeo4j, dropCatalog } from '@pathwise/store-neo4j';
import { neo4jForTests } from './helpers/neo4j-for-tests.js';

const here = dirname(fileURLToPath(import.meta.url));
const neo = await neo4jForTests();
const catalogs: string[] = [];
afterAll(async () => {
  if (neo.connection) {
    const driver = connectNeo4j(neo.connection);
    for (const name of catalogs) await dropCatalog(driver, name);
    await driver.close();
  }
  await neo.stop();
});

/** Runs the publishing fixture; kills it -9 as `kill` says. @returns how it ended */
function runChild(
  catalog: string,
  stage: string,
  count: number,
  kill: { on?: string; afterMs?: number },
) {
  return runKillableChild(
    join(here, 'fixtures', 'neo4j-publish-child.ts'),
    [neo.connection!.uri, catalog, stage, String(count)],
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

const suite = neo.skip ? describe.skip : describe;
suite('Neo4j store: publish killed mid-way', () => {
  it('keeps the previous version when killed with every statement run but not committed', async () => {
    const name = `crash-commit-${process.pid}`;
    await seeded(name);
    const run = await runChild(name, 'before-commit', 1000, { on: 'STAGE before-commit' });
    expect(run.killed, run.output).toBe(true);
    const store = await Neo4jCatalogStore.open(neo.connection!, { catalog: name });
    expect(await store.load()).toEqual({ version: 1, catalog: richCatalog() });
    expect(await store.changesSince(0)).toEqual([]);
    const next = await store.apply({
      kind: 'publish',
      provider: 'corp',
      credentials: [makeCredential('n', 'corp')],
    });
    expect(next.version).toBe(2);
    expect((await store.load()).catalog.credentials).toHaveLength(
      richCatalog().credentials.length + 1,
    );
    await store.close();
  });

  it('is either the old version or the whole new one when killed at random moments', async () => {
    const outcomes: number[] = [];
    for (const afterMs of [50, 300, 800, 1500]) {
      const name = `crash-random-${afterMs}-${process.pid}`;
      await seeded(name);
      await runChild(name, 'none', 3000, { afterMs });
      const store = await Neo4jCatalogStore.open(neo.connection!, { catalog: name });
      outcomes.push(await expectSeedOrWholePublish(store, 3000));
      await store.close();
    }
    console.info(`neo4j store random kills: versions after restart ${outcomes.join(', ')}`);
  });
});

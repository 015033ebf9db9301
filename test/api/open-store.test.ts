// Which store the service opens, from its typed configuration: Neo4j (a real one: the one `pnpm test`
// started, or one this file starts) when NEO4J_URI is set, with PATHWISE_NEO4J_CATALOG naming the
// catalog, and the embedded file store otherwise; a new store is seeded from PATHWISE_CATALOG.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompactIndex } from '@pathwise/engine';
import { DeadlineStore, FileCatalogStore } from '@pathwise/store';
import { makeCredential, richCatalog } from '@pathwise/store/contract';
import { Neo4jCatalogStore } from '@pathwise/store-neo4j';
import { readConfig } from '../../services/api/src/config.js';
import { createLogger } from '../../services/api/src/logger.js';
import { openStore } from '../../services/api/src/open-store.js';
import { dropTestCatalogs, neo4jForTests } from '../neo4j/helpers/neo4j-for-tests.js';

const neo = await neo4jForTests();
const catalogName = `open-store-${process.pid}-${Date.now()}`;
const logger = createLogger('silent');
let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pathwise-open-store-'));
  await writeFile(join(dir, 'seed.json'), JSON.stringify(richCatalog()));
  env = { PATHWISE_DATA_DIR: join(dir, 'data'), PATHWISE_CATALOG: join(dir, 'seed.json') };
});
afterAll(async () => {
  await dropTestCatalogs(neo.connection, [catalogName]);
  await neo.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('openStore', () => {
  it('opens the file store in PATHWISE_DATA_DIR, seeded from PATHWISE_CATALOG', async () => {
    const store = await openStore(readConfig(env), logger);
    try {
      expect(store).toBeInstanceOf(DeadlineStore);
      expect((store as DeadlineStore).inner).toBeInstanceOf(FileCatalogStore);
      expect((await store.load()).catalog).toEqual(richCatalog());
    } finally {
      await store.close();
    }
  });

  (neo.skip ? it.skip : it)(
    'opens the Neo4j catalog PATHWISE_NEO4J_CATALOG names when NEO4J_URI is set',
    async () => {
      const withNeo4j = {
        ...env,
        NEO4J_URI: neo.connection!.uri,
        NEO4J_USER: neo.connection!.user ?? '',
        NEO4J_PASSWORD: neo.connection!.password ?? '',
        PATHWISE_NEO4J_CATALOG: catalogName,
      };
      const store = await openStore(readConfig(withNeo4j), logger);
      try {
        expect((store as DeadlineStore).inner).toBeInstanceOf(Neo4jCatalogStore);
        const loaded = await store.load();
        expect(loaded.catalog).toEqual(richCatalog());
        // Opened with the engine's codec as its compiler: each version comes with its index.
        expect((loaded.compiled as CompactIndex).ids).toEqual(
          loaded.catalog.credentials.map((c) => c.id),
        );
        const published = await store.apply({
          kind: 'publish',
          provider: 'corp',
          credentials: [makeCredential('f', 'corp')],
        });
        expect((published.compiled as CompactIndex).idOf.get('f')).toBe(
          published.catalog.credentials.length - 1,
        );
      } finally {
        await store.close();
      }
      // The same catalog, by name, from a second open: already seeded, now at version 2.
      const again = await openStore(readConfig(withNeo4j), logger);
      try {
        expect(await again.currentVersion()).toBe(2);
      } finally {
        await again.close();
      }
    },
  );
});

/**
 * Several processes publishing to one file store at once: the O_EXCL lock serialises them, so every
 * credential is there once and the versions run 2..N+1 without a gap or a repeat.
 */
import { afterAll, describe, it } from 'vitest';
import { runFixtureJson } from '../helpers/fixture-process.js';
import { expectSerialisedPublishes } from '../helpers/store-outcomes.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileCatalogStore } from '@pathwise/store';
import { richCatalog } from '@pathwise/store/contract';

const here = dirname(fileURLToPath(import.meta.url));
const root = await mkdtemp(join(tmpdir(), 'pathwise-file-multi-'));
afterAll(() => rm(root, { recursive: true, force: true }));

function publishFrom(dir: string, prefix: string, count: number): Promise<number[]> {
  return runFixtureJson(join(here, 'fixtures', 'file-multi-child.ts'), [
    dir,
    prefix,
    String(count),
  ]);
}

describe('file store shared by several processes', () => {
  it('serialises concurrent publishes of 4 processes: nothing lost, nothing duplicated', async () => {
    const dir = join(root, 'shared');
    const store = await FileCatalogStore.open(dir, { seed: richCatalog() });
    const perProcess = 10;
    const prefixes = ['pa', 'pb', 'pc', 'pd'];
    const results = await Promise.all(prefixes.map((p) => publishFrom(dir, p, perProcess)));
    const total = prefixes.length * perProcess;
    await expectSerialisedPublishes(store, results.flat(), total);
    await store.close();
  });
});

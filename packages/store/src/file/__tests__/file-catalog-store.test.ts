/**
 * The file store: the CatalogStore contract, plus what only a file store has (layout on disk,
 * leftovers of an interrupted apply, the cross-process lock).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile, appendFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogInvalidError, PathwiseError } from '@pathwise/core';
import { FileCatalogStore } from '../file-catalog-store.js';
import { describeCatalogStoreContract } from '../../contract/describe-catalog-store-contract.js';
import { makeCredential, richCatalog } from '../../contract/catalog-fixtures.js';
import { acquireLock } from '../lock-file.js';

const root = await mkdtemp(join(tmpdir(), 'pathwise-file-store-'));
afterAll(() => rm(root, { recursive: true, force: true }));

describeCatalogStoreContract('FileCatalogStore', (location, seed) =>
  FileCatalogStore.open(join(root, location), { seed }),
);

// The same contract when changes stay in the log's tail after the base (a big catalog's publishes),
// the base being rewritten after every third change.
describeCatalogStoreContract('FileCatalogStore, changes in the log tail', (location, seed) =>
  FileCatalogStore.open(join(root, location), {
    seed,
    compactInlineBelowBytes: 0,
    compactAfterChanges: 3,
  }),
);

describe('FileCatalogStore on disk', () => {
  it('creates catalog.json with the version first, and a JSONL log beside it', async () => {
    const dir = join(root, 'layout');
    const store = await FileCatalogStore.open(dir, { seed: richCatalog() });
    await store.apply({
      kind: 'publish',
      provider: 'corp',
      credentials: [makeCredential('n', 'corp')],
    });
    const text = await readFile(join(dir, 'catalog.json'), 'utf8');
    expect(text.startsWith('{"version":2,')).toBe(true);
    const log = (await readFile(join(dir, 'catalog.changes.jsonl'), 'utf8')).trim().split('\n');
    expect(log).toHaveLength(1);
    expect(JSON.parse(log[0]!).version).toBe(2);
    await store.close();
  });

  it('accepts a .json path and ignores the seed of an existing store', async () => {
    const file = join(root, 'named', 'my-store.json');
    const first = await FileCatalogStore.open(file, { seed: richCatalog() });
    await first.close();
    const again = await FileCatalogStore.open(file, {
      seed: { format: 'pathwise.catalog/v1', credentials: [] },
    });
    expect((await again.load()).catalog).toEqual(richCatalog());
    await again.close();
  });

  it('refuses an invalid seed with every fault and writes nothing', async () => {
    const dir = join(root, 'bad-seed');
    const seed = richCatalog();
    seed.credentials.push(makeCredential('x', 'ghost-provider', { requires: 'ghost' }));
    const error = await FileCatalogStore.open(dir, { seed }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogInvalidError);
    expect((error as CatalogInvalidError).faults.map((f) => f.code).sort()).toEqual([
      'DANGLING_CREDENTIAL',
      'DANGLING_PROVIDER',
    ]);
    await expect(stat(join(dir, 'catalog.json'))).rejects.toThrow();
  });

  it('ignores and then truncates log bytes of an apply that never committed', async () => {
    const dir = join(root, 'torn-log');
    const store = await FileCatalogStore.open(dir, { seed: richCatalog() });
    await store.apply({
      kind: 'publish',
      provider: 'corp',
      credentials: [makeCredential('a', 'corp')],
    });
    const logPath = join(dir, 'catalog.changes.jsonl');
    // What a crash between the log append and the rename leaves: a whole record, then a torn one.
    await appendFile(
      logPath,
      '{"version":3,"change":{"kind":"retire","provider":"corp","ids":["a"]},"appliedAt":"x"}\n{"vers',
    );
    const reopened = await FileCatalogStore.open(dir);
    expect(await reopened.currentVersion()).toBe(2);
    expect((await reopened.changesSince(0)).map((r) => r.version)).toEqual([2]);
    await reopened.apply({
      kind: 'publish',
      provider: 'corp',
      credentials: [makeCredential('b', 'corp')],
    });
    const lines = (await readFile(logPath, 'utf8')).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).version)).toEqual([2, 3]);
    expect(JSON.parse(lines[1]!).change.credentials[0].id).toBe('b');
    await store.close();
    await reopened.close();
  });

  it('validates a catalog file edited by hand when it opens', async () => {
    const dir = join(root, 'hand-edited');
    const store = await FileCatalogStore.open(dir, { seed: richCatalog() });
    await store.close();
    const catalog = richCatalog();
    catalog.credentials[0]!.requires = 'ghost';
    await writeFile(
      join(dir, 'catalog.json'),
      JSON.stringify({ version: 1, logBytes: 0, catalog }),
    );
    const error = await FileCatalogStore.open(dir, { seed: richCatalog() }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CatalogInvalidError);
    expect((error as CatalogInvalidError).faults.map((f) => f.code)).toEqual([
      'DANGLING_CREDENTIAL',
    ]);
  });

  it('reports a corrupt catalog file as STORE_UNAVAILABLE', async () => {
    const dir = join(root, 'corrupt');
    const store = await FileCatalogStore.open(dir, { seed: richCatalog() });
    await writeFile(join(dir, 'catalog.json'), '{"version":');
    const error = await store.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PathwiseError);
    expect((error as PathwiseError).code).toBe('STORE_UNAVAILABLE');
  });

  it('waits for a lock held by a live process and gives up with STORE_UNAVAILABLE', async () => {
    const dir = join(root, 'locked');
    const store = await FileCatalogStore.open(dir, { seed: richCatalog(), lockTimeoutMs: 100 });
    const release = await acquireLock(join(dir, 'catalog.json.lock'));
    const error = await store
      .apply({ kind: 'publish', provider: 'corp', credentials: [makeCredential('l', 'corp')] })
      .catch((e: unknown) => e);
    expect((error as PathwiseError).code).toBe('STORE_UNAVAILABLE');
    await release();
    const after = await store.apply({
      kind: 'publish',
      provider: 'corp',
      credentials: [makeCredential('l', 'corp')],
    });
    expect(after.version).toBe(2);
  });

  it('takes over a lock left by a dead process', async () => {
    const dir = join(root, 'stale-lock');
    const store = await FileCatalogStore.open(dir, { seed: richCatalog(), lockTimeoutMs: 2000 });
    await writeFile(join(dir, 'catalog.json.lock'), '999999999');
    const after = await store.apply({
      kind: 'publish',
      provider: 'corp',
      credentials: [makeCredential('s', 'corp')],
    });
    expect(after.version).toBe(2);
    await expect(stat(join(dir, 'catalog.json.lock'))).rejects.toThrow();
  });
});

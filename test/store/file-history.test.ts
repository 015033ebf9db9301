/**
 * Issue 13 item 2: a file store whose catalog.json is gone but whose change log holds history
 * (version 19, about 1 MB of log) refuses to open, in this process and as the real service's start-up,
 * and leaves the log byte for byte as it was: never a fresh seed at version 1 over its own history.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileCatalogStore } from '@pathwise/store';
import { generatedCatalog, richCatalog } from '@pathwise/store/contract';
import { spawnService } from '../api/helpers/spawn-service.js';

const root = await mkdtemp(join(tmpdir(), 'pathwise-history-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const dir = join(root, 'store');
const logPath = join(dir, 'catalog.changes.jsonl');
let log: Buffer;

beforeAll(async () => {
  const store = await FileCatalogStore.open(dir, { seed: richCatalog() });
  for (let i = 0; i < 18; i++) {
    const programme = generatedCatalog(450, 1, `p${i}-`).credentials;
    await store.apply({ kind: 'publish', provider: 'p0', credentials: programme });
  }
  expect(await store.currentVersion()).toBe(19);
  await store.close();
  log = await readFile(logPath);
  expect(log.length).toBeGreaterThan(900_000);
  await rm(join(dir, 'catalog.json'));
});

describe('file store: catalog.json missing, change log present', () => {
  it('refuses to open, with or without a seed, and keeps the log', async () => {
    for (const seed of [undefined, richCatalog()]) {
      await expect(FileCatalogStore.open(dir, { seed })).rejects.toMatchObject({
        code: 'STORE_UNAVAILABLE',
        message: expect.stringMatching(/missing but its change log .* bytes of history/),
      });
    }
    expect(existsSync(join(dir, 'catalog.json'))).toBe(false);
    expect((await readFile(logPath)).equals(log)).toBe(true);
  });

  it('stops the service at start-up with that message, and keeps the log', async () => {
    const seedPath = join(root, 'seed.json');
    await writeFile(seedPath, JSON.stringify(richCatalog()));
    const svc = spawnService({ PATHWISE_CATALOG: seedPath, PATHWISE_DATA_DIR: dir });
    try {
      expect(await svc.exited).toBe(1);
    } finally {
      svc.child.kill('SIGKILL');
    }
    const fatal = svc.lines.find((l) => l.level === 60)!;
    expect(fatal.code).toBe('STORE_UNAVAILABLE');
    expect(String(fatal.message)).toMatch(/refusing to start a new catalog over it/);
    expect(existsSync(join(dir, 'catalog.json'))).toBe(false);
    expect((await readFile(logPath)).equals(log)).toBe(true);
  });

  it('still opens a new store beside an empty log', async () => {
    const fresh = join(root, 'fresh');
    await FileCatalogStore.open(fresh).then((s) => s.close());
    await rm(join(fresh, 'catalog.json'));
    await writeFile(join(fresh, 'catalog.changes.jsonl'), '');
    const store = await FileCatalogStore.open(fresh, { seed: richCatalog() });
    expect(await store.currentVersion()).toBe(1);
    await store.close();
  });
});

/**
 * The file store when a catalog is too big to rewrite per change: a publish appends its record and
 * commits by the head file, leaving the base document as it was; every reader (a reopen, a second
 * handle) sees the base with the log's tail replayed; compaction rewrites the base after enough
 * changes, at the same version.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileCatalogStore } from '../file-catalog-store.js';
import { makeCredential, richCatalog } from '../../contract/catalog-fixtures.js';

const root = await mkdtemp(join(tmpdir(), 'pathwise-file-tail-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const tailMode = { compactInlineBelowBytes: 0, compactAfterChanges: 3 };
const publish = (id: string) => ({
  kind: 'publish' as const,
  provider: 'corp',
  credentials: [makeCredential(id, 'corp')],
});

describe('FileCatalogStore with changes in the log tail', () => {
  it('commits a publish without rewriting the catalog file, and compacts after three', async () => {
    const dir = join(root, 'tail');
    const store = await FileCatalogStore.open(dir, { seed: richCatalog(), ...tailMode });
    const base = await readFile(store.catalogPath);
    const before = await stat(store.catalogPath);
    const other = await FileCatalogStore.open(dir, tailMode);
    expect((await other.load()).version).toBe(1);
    await store.apply(publish('t1'));
    const second = await store.apply(publish('t2'));
    expect(second.version).toBe(3);
    // The base is untouched: same file, same bytes; the head names the committed version.
    const after = await stat(store.catalogPath);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect((await readFile(store.catalogPath)).equals(base)).toBe(true);
    expect(JSON.parse(await readFile(store.headPath, 'utf8'))).toMatchObject({ version: 3 });
    // A handle that read version 1 replays the two records; a new one reads base and tail.
    expect(await other.load()).toEqual({ version: 3, catalog: second.catalog });
    const reopened = await FileCatalogStore.open(dir, tailMode);
    expect(await reopened.load()).toEqual({ version: 3, catalog: second.catalog });
    expect((await reopened.changesSince(1)).map((r) => r.version)).toEqual([2, 3]);
    // The third change since the base has it rewritten (queued after the apply: close waits).
    const third = await store.apply(publish('t3'));
    await store.close();
    expect((await readFile(store.catalogPath, 'utf8')).startsWith('{"version":4,')).toBe(true);
    expect(await other.load()).toEqual({ version: 4, catalog: third.catalog });
    expect(await reopened.load()).toEqual({ version: 4, catalog: third.catalog });
    await Promise.all([other.close(), reopened.close()]);
  });

  it('reads a store whose head is ahead of its base after a restart', async () => {
    const dir = join(root, 'restart');
    const first = await FileCatalogStore.open(dir, { seed: richCatalog(), ...tailMode });
    await first.apply(publish('r1'));
    await first.apply({ kind: 'retire', provider: 'corp', ids: ['r1'] });
    const expected = await first.load();
    await first.close();
    // Opened with the defaults (this small base would be compacted inline): nothing is lost.
    const again = await FileCatalogStore.open(dir);
    expect(await again.load()).toEqual(expected);
    const next = await again.apply(publish('r2'));
    expect(next.version).toBe(4);
    expect((await readFile(again.catalogPath, 'utf8')).startsWith('{"version":4,')).toBe(true);
    await again.close();
  });
});

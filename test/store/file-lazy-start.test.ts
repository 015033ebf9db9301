// The file store's start from its compiled snapshot decodes its credentials on demand (issue 14): a
// store reopened on a catalog decodes none of them to load, the first publish after it decodes only
// what it names (and the few credentials validation must read), the result is what a store that
// parses the whole file gives, faults included, and compaction writes the file that store writes,
// copying the bytes of the credentials it never decoded. The CLI's read of a store file
// (readStoredCatalog) decodes only the credentials its change log names. The catalog it loads is
// shared with planning workers as the file it read plus what a publish changed, decoding nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogInvalidError, decodedCount, type Catalog, type Credential } from '@pathwise/core';
import {
  createPlanner,
  indexSnapshotCodec,
  readSharedCatalog,
  shareCatalog,
  type CompactIndex,
} from '@pathwise/engine';
import { FileCatalogStore, readStoredCatalog, type FileCatalogStoreOptions } from '@pathwise/store';
import { makeCredential, richCatalogV2 } from '@pathwise/store/contract';

const root = await mkdtemp(join(tmpdir(), 'pathwise-lazy-start-'));
afterAll(() => rm(root, { recursive: true, force: true }));
let dirs = 0;

/** richCatalogV2 with 400 more credentials of its first provider, each requiring the one before. */
function seedCatalog(): Catalog {
  const rich = richCatalogV2();
  const provider = rich.providers![0]!.id;
  const more = Array.from({ length: 400 }, (_, i) =>
    makeCredential(`f${i}`, provider, i > 0 ? { requires: `f${i - 1}` } : {}),
  );
  return { ...rich, credentials: [...rich.credentials, ...more] };
}

/** @returns a new store directory seeded with the catalog and closed */
async function seeded(catalog: Catalog): Promise<string> {
  const dir = join(root, `store-${dirs++}`);
  const store = await FileCatalogStore.open(dir, { seed: catalog, snapshots: indexSnapshotCodec });
  await store.close();
  return dir;
}

const withCodec = (dir: string, options: FileCatalogStoreOptions = {}) =>
  FileCatalogStore.open(dir, { ...options, snapshots: indexSnapshotCodec, onWarning: fail });
const fail = (message: string): never => {
  throw new Error(`unexpected warning: ${message}`);
};

/** @returns the committed catalog as a store without snapshots reads it: the whole file parsed */
async function parsedWhole(dir: string): Promise<Catalog> {
  const store = await FileCatalogStore.open(dir);
  const { catalog } = await store.load();
  await store.close();
  return catalog;
}

describe('FileCatalogStore start from its snapshot', () => {
  const catalog = seedCatalog();
  const provider = catalog.providers![0]!.id;
  const renewing = catalog.credentials.filter((c) => c.renewal !== undefined).length;
  const replaced = { ...catalog.credentials.find((c) => c.id === 'f399')!, name: 'Renamed' };
  const appended = makeCredential('extra', provider, { requires: 'f10', aliases: ['EXTRA-1'] });
  // What that publish reads: the first and last credentials (checking the snapshot's positions, the
  // last being the one replaced), the renewals (whose `by` ids validation walks) and the two the
  // published credentials require (for cycles through them); nothing else of the 406.
  const readByPublish = 2 + renewing + 2;

  it('loads without decoding a credential; a publish decodes only what it names', async () => {
    const dir = await seeded(catalog);
    const store = await withCodec(dir);
    const loaded = await store.load();
    expect(loaded.compiled).toBeDefined();
    expect(decodedCount(loaded.catalog.credentials)).toBe(0);
    const next = await store.apply({
      kind: 'publish',
      provider,
      credentials: [replaced, appended],
    });
    expect(decodedCount(loaded.catalog.credentials)).toBeLessThanOrEqual(readByPublish);
    await store.close();
    const whole = await parsedWhole(dir);
    expect(JSON.stringify(next.catalog)).toBe(JSON.stringify(whole));
    // And it plans as the parsed catalog does.
    const query = { target: 'extra', have: [{ id: 'f0' }] };
    expect(
      createPlanner(next.catalog, { compiled: next.compiled as CompactIndex }).plan(query),
    ).toEqual(createPlanner(whole).plan(query));
  });

  it('shares the file it read with planning workers, and after a publish only what changed', async () => {
    const dir = await seeded(catalog);
    const store = await withCodec(dir);
    const loaded = await store.load();
    const key = new Uint8Array(32).fill(1);
    const first = shareCatalog(loaded.catalog, key, loaded.compiled as CompactIndex);
    // The file's own bytes, in shared memory, not a copy; the index's arrays the store's own.
    const file = await readFile(join(dir, 'catalog.json'));
    expect(first.json).toBeInstanceOf(SharedArrayBuffer);
    expect(Buffer.from(first.json).equals(file)).toBe(true);
    expect(first.rest).toBeDefined();
    expect(first.compiled!.sections[0]!.buffer).toBe((loaded.compiled as CompactIndex).cost.buffer);
    expect(decodedCount(loaded.catalog.credentials)).toBe(0);
    const next = await store.apply({
      kind: 'publish',
      provider,
      credentials: [replaced, appended],
    });
    const decoded = decodedCount(loaded.catalog.credentials);
    const second = shareCatalog(next.catalog, key, next.compiled as CompactIndex);
    expect(second.json).toBe(first.json);
    expect(decodedCount(loaded.catalog.credentials)).toBe(decoded);
    await store.close();
    const whole = await parsedWhole(dir);
    const read = readSharedCatalog(structuredClone(second), key);
    expect(JSON.stringify(read.catalog)).toBe(JSON.stringify(whole));
    const query = { target: 'extra', have: [{ id: 'f0' }] };
    expect(createPlanner(read.catalog, read.options).plan(query)).toEqual(
      createPlanner(whole).plan(query),
    );
  });

  it('refuses what the whole catalog refuses: an alias of a credential it never decoded', async () => {
    const dir = await seeded(catalog);
    const store = await withCodec(dir);
    const loaded = await store.load();
    const taken = makeCredential('taken', provider, { aliases: ['PY-100'] });
    const lazy = await store
      .apply({ kind: 'publish', provider, credentials: [taken] })
      .catch((e: unknown) => e);
    expect(lazy).toBeInstanceOf(CatalogInvalidError);
    expect(decodedCount(loaded.catalog.credentials)).toBeLessThanOrEqual(4 + renewing);
    await store.close();
    const eager = await FileCatalogStore.open(dir);
    const parsed = await eager
      .apply({ kind: 'publish', provider, credentials: [taken] })
      .catch((e: unknown) => e);
    await eager.close();
    expect((lazy as CatalogInvalidError).faults).toEqual((parsed as CatalogInvalidError).faults);
  });

  it('compacts to the file a parsing store writes, copying the credentials it never decoded', async () => {
    const dir = await seeded(catalog);
    const eagerDir = await seeded(catalog);
    const change = { kind: 'publish' as const, provider, credentials: [replaced, appended] };
    const options = { compactInlineBelowBytes: 0, compactAfterChanges: 1 };
    const store = await withCodec(dir, options);
    const loaded = await store.load();
    await store.apply(change);
    await store.close(); // waits for the queued compaction
    expect(decodedCount(loaded.catalog.credentials)).toBeLessThanOrEqual(readByPublish);
    const eager = await FileCatalogStore.open(eagerDir, options);
    await eager.apply(change);
    await eager.close();
    const lazyFile = await readFile(join(dir, 'catalog.json'), 'utf8');
    const eagerFile = await readFile(join(eagerDir, 'catalog.json'), 'utf8');
    expect(lazyFile.replace(/"logBytes":\d+/, '')).toBe(eagerFile.replace(/"logBytes":\d+/, ''));
    expect(JSON.parse(lazyFile).logBytes).toBeGreaterThan(0);
    // Reopened, the compacted file has its snapshot and loads without a warning.
    const again = await withCodec(dir);
    expect((await again.load()).compiled).toBeDefined();
    await again.close();
  });

  it('reads a store file for the CLI decoding only what its change log names', async () => {
    const dir = await seeded(catalog);
    // The changes stay in the log, after the base (no compaction).
    const store = await withCodec(dir, { compactInlineBelowBytes: 0 });
    await store.apply({ kind: 'publish', provider, credentials: [replaced, appended] });
    await store.apply({ kind: 'retire', provider, ids: ['f5'] });
    await store.close();
    const state = await readStoredCatalog(join(dir, 'catalog.json'), indexSnapshotCodec, fail);
    expect(decodedCount(state.catalog.credentials)).toBeLessThanOrEqual(2);
    const whole = await parsedWhole(dir);
    expect(JSON.stringify(state.catalog)).toBe(JSON.stringify(whole));
    const retired = state.catalog.credentials.find((c: Credential) => c.id === 'f5');
    expect(retired?.retired).toBe(true);
  });
});

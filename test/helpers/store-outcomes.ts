/**
 * The outcomes every CatalogStore must show after concurrent or interrupted publishes onto the
 * contract's `richCatalog()` seed, shared by the file-store and Neo4j tests.
 */
import { expect } from 'vitest';
import type { CatalogStore } from '@pathwise/store';
import { richCatalog } from '@pathwise/store/contract';

const versionsFrom2 = (count: number): number[] => Array.from({ length: count }, (_, i) => i + 2);

/**
 * After one publish of `added` credentials was killed: the store holds the seed (version 1) or the
 * whole publish (version 2), never a part.
 * @returns the version found
 */
export async function expectSeedOrWholePublish(
  store: CatalogStore,
  added: number,
): Promise<number> {
  const { version, catalog } = await store.load();
  if (version === 1) {
    expect(catalog).toEqual(richCatalog());
    expect(await store.changesSince(0)).toEqual([]);
  } else {
    expect(version).toBe(2);
    expect(catalog.credentials).toHaveLength(richCatalog().credentials.length + added);
    expect((await store.changesSince(1)).map((r) => r.version)).toEqual([2]);
  }
  return version;
}

/**
 * After `total` concurrent single-credential publishes from several processes: each got its own
 * version, 2..total+1 without gap or repeat, and every credential is there once.
 * @param versionsSeen - the versions the publishing processes reported
 */
export async function expectSerialisedPublishes(
  store: CatalogStore,
  versionsSeen: number[],
  total: number,
): Promise<void> {
  expect([...versionsSeen].sort((a, b) => a - b)).toEqual(versionsFrom2(total));
  const { version, catalog } = await store.load();
  expect(version).toBe(total + 1);
  const ids = catalog.credentials.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toHaveLength(richCatalog().credentials.length + total);
  expect((await store.changesSince(1)).map((r) => r.version)).toEqual(versionsFrom2(total));
}

/**
 * The retirement part of the CatalogStore contract (catalog-v2 `retired`), run inside
 * `describeCatalogStoreContract` for every store: retiring marks, never deletes; a provider may
 * retire its own credential whoever's rules name it; retiring what is retired already changes
 * nothing; a v1 catalog becomes v2 on its first retirement; every v2 field survives the store.
 */
import { expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { CATALOG_FORMAT, CATALOG_FORMAT_V2, PathwiseError, parseCatalog } from '@pathwise/core';
import type { CatalogStore } from '../catalog-store.js';
import { richCatalog, richCatalogV2 } from './catalog-fixtures.js';

/** Runs a body on a fresh store seeded with a catalog, closing it afterwards. */
export type WithStore = (
  seed: Catalog,
  body: (store: CatalogStore, location: string) => Promise<void>,
) => Promise<void>;

/** `catalog` with the credentials `ids` marked retired, as catalog-v2. */
function retiredIn(catalog: Catalog, ids: readonly string[]): Catalog {
  return {
    ...catalog,
    format: CATALOG_FORMAT_V2,
    credentials: catalog.credentials.map((c) => (ids.includes(c.id) ? { ...c, retired: true } : c)),
  };
}

/**
 * Declares the retirement tests (call inside the contract's describe block).
 * @param withStore - runs a body on a fresh store with a seed
 * @param reopen - opens a second handle on the store at a location
 */
export function describeRetireContract(
  withStore: WithStore,
  reopen: (location: string) => Promise<CatalogStore>,
): void {
  it("retires a credential that another provider's rule names: marked, nothing deleted, v1 becomes v2", async () => {
    await withStore(richCatalog(), async (store, location) => {
      // py is corp's; uni's msc names it (credits 3 of py, sql, viz), and so does corp's analyst.
      const before = richCatalog();
      expect(before.format).toBe(CATALOG_FORMAT);
      const after = await store.apply({ kind: 'retire', provider: 'corp', ids: ['py'] });
      const expected = retiredIn(before, ['py']);
      expect(after).toEqual({ version: 2, catalog: expected });
      expect(() => parseCatalog(after.catalog)).not.toThrow();
      expect((await store.load()).catalog).toEqual(expected);
      expect((await store.changesSince(1)).map((r) => r.change)).toEqual([
        { kind: 'retire', provider: 'corp', ids: ['py'] },
      ]);
      const other = await reopen(location);
      try {
        expect(await other.load()).toEqual({ version: 2, catalog: expected });
      } finally {
        await other.close();
      }
    });
  });

  it('retiring what is retired already changes nothing: same version, nothing logged', async () => {
    await withStore(richCatalog(), async (store) => {
      await store.apply({ kind: 'retire', provider: 'uni', ids: ['msc'] });
      const again = await store.apply({ kind: 'retire', provider: 'uni', ids: ['msc', 'msc'] });
      expect(again).toEqual({ version: 2, catalog: retiredIn(richCatalog(), ['msc']) });
      expect(await store.currentVersion()).toBe(2);
      expect((await store.changesSince(1)).length).toBe(1);
      // One retired and one not: the other is retired, in a new version.
      const both = await store.apply({ kind: 'retire', provider: 'uni', ids: ['msc', 'stats'] });
      expect(both).toEqual({ version: 3, catalog: retiredIn(richCatalog(), ['msc', 'stats']) });
    });
  });

  it("still refuses another provider's credential (FORBIDDEN) and an unknown id (NOT_FOUND)", async () => {
    await withStore(richCatalogV2(), async (store) => {
      for (const [ids, code] of [
        [['msc'], 'FORBIDDEN'],
        [['stats'], 'FORBIDDEN'],
        [['nope'], 'NOT_FOUND'],
      ] as const) {
        const error = await store.apply({ kind: 'retire', provider: 'corp', ids: [...ids] }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(PathwiseError);
        expect((error as PathwiseError).code).toBe(code);
      }
      expect(await store.currentVersion()).toBe(1);
    });
  });

  it('keeps every catalog-v2 field and offer, and a re-publish replaces them', async () => {
    await withStore(richCatalogV2(), async (store, location) => {
      expect((await store.load()).catalog).toEqual(richCatalogV2());
      const after = await store.apply({ kind: 'retire', provider: 'corp', ids: ['sql'] });
      expect(after.catalog).toEqual(retiredIn(richCatalogV2(), ['sql']));
      const py = richCatalogV2().credentials.find((c) => c.id === 'py')!;
      const { aliases: _dropped, ...plain } = py;
      const republished = await store.apply({
        kind: 'publish',
        provider: 'corp',
        credentials: [{ ...plain, retired: true }],
      });
      const expected = retiredIn(richCatalogV2(), ['sql', 'py']);
      expected.credentials = expected.credentials.map((c) =>
        c.id === 'py' ? { ...plain, retired: true } : c,
      );
      expect(republished.catalog).toEqual(expected);
      const other = await reopen(location);
      try {
        expect((await other.load()).catalog).toEqual(expected);
      } finally {
        await other.close();
      }
    });
  });
}

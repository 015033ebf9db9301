/**
 * The contract every CatalogStore keeps, as a vitest suite any store package runs against its own
 * store: load/apply/version/changesSince, whole-catalog validation, ownership, concurrency, retire
 * (describe-retire-contract.ts), and two handles on one backing store seeing each other's changes.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogChange } from '@pathwise/core';
import { CATALOG_FORMAT, CatalogInvalidError, PathwiseError } from '@pathwise/core';
import type { CatalogStore } from '../catalog-store.js';
import { makeCredential, richCatalog } from './catalog-fixtures.js';
import { describeRetireContract } from './describe-retire-contract.js';
import { describePublishFaultsContract } from './describe-publish-faults-contract.js';

/** Opens a store at a named location (a directory, a Neo4j catalog name); `seed` applies when it is new. */
export type OpenStoreAt = (location: string, seed?: Catalog) => Promise<CatalogStore>;

/** Options of `describeCatalogStoreContract`. */
export interface ContractOptions {
  /** A reason to skip the whole suite (printed loudly), or undefined to run it. */
  skip?: string;
}

let counter = 0;
const freshLocation = (): string =>
  `contract-${process.pid}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** Runs `body` on a fresh store and closes it afterwards. */
async function withStore(
  open: OpenStoreAt,
  seed: Catalog,
  body: (store: CatalogStore, location: string) => Promise<void>,
): Promise<void> {
  const location = freshLocation();
  const store = await open(location, seed);
  try {
    await body(store, location);
  } finally {
    await store.close();
  }
}

const caught = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
};

/**
 * Declares the CatalogStore contract suite for one store.
 * @param name - the store's name in the test report
 * @param open - opens a store at a location; each test uses a fresh location
 * @param options - `skip` with a reason when the store's backend is missing
 */
export function describeCatalogStoreContract(
  name: string,
  open: OpenStoreAt,
  options: ContractOptions = {},
): void {
  const suite = options.skip ? describe.skip : describe;
  if (options.skip)
    console.warn(`\n!!! SKIPPED CatalogStore contract for ${name}: ${options.skip} !!!\n`);

  suite(`CatalogStore contract: ${name}`, () => {
    it('loads the seed exactly at version 1 with no changes', async () => {
      await withStore(open, richCatalog(), async (store) => {
        const snapshot = await store.load();
        expect(snapshot.version).toBe(1);
        expect(snapshot.catalog).toEqual(richCatalog());
        expect(await store.currentVersion()).toBe(1);
        expect(await store.changesSince(0)).toEqual([]);
      });
    });

    it('publishes: new ids appended in order, existing ids replaced in place, version + 1, logged', async () => {
      await withStore(open, richCatalog(), async (store) => {
        const change: CatalogChange = {
          kind: 'publish',
          provider: 'corp',
          credentials: [
            makeCredential('sql', 'corp', {
              cost: 99,
              requires: { credits: 2, of: ['py', 'viz'] },
              'x-v': 2,
            }),
            makeCredential('new-1', 'corp', {
              skills: ['s'],
              requires: { all: ['analyst', 'stats'] },
            }),
          ],
        };
        const after = await store.apply(change);
        expect(after.version).toBe(2);
        const expected = richCatalog();
        expected.credentials[1] = { ...change.credentials[0]!, provider: 'corp' };
        expected.credentials.push(change.credentials[1]!);
        expect(after.catalog).toEqual(expected);
        expect((await store.load()).catalog).toEqual(expected);
        expect(await store.currentVersion()).toBe(2);
        const log = await store.changesSince(1);
        expect(log.map((r) => r.version)).toEqual([2]);
        expect(log[0]!.change).toEqual(change);
        expect(Number.isNaN(Date.parse(log[0]!.appliedAt))).toBe(false);
        expect(await store.changesSince(2)).toEqual([]);
      });
    });

    it('adds a provider on its first publish', async () => {
      const seed: Catalog = { format: CATALOG_FORMAT, credentials: [] };
      await withStore(open, seed, async (store) => {
        const after = await store.apply({
          kind: 'publish',
          provider: 'acme',
          providerName: 'Acme Ltd',
          credentials: [makeCredential('a1', 'acme')],
        });
        expect(after.catalog.providers).toEqual([{ id: 'acme', name: 'Acme Ltd' }]);
        expect((await store.load()).catalog).toEqual(after.catalog);
      });
    });

    it('refuses an invalid change whole, with every fault, and changes nothing', async () => {
      await withStore(open, richCatalog(), async (store) => {
        const error = await caught(
          store.apply({
            kind: 'publish',
            provider: 'corp',
            credentials: [
              makeCredential('bad-1', 'corp', { requires: 'ghost' }),
              makeCredential('bad-2', 'corp', { cost: -5 }),
              makeCredential('bad-3', 'corp', { requires: { credits: 100, of: ['py'] } }),
            ],
          }),
        );
        expect(error).toBeInstanceOf(CatalogInvalidError);
        const faults = (error as CatalogInvalidError).faults;
        expect((error as CatalogInvalidError).code).toBe('CATALOG_INVALID');
        // Every fault of the resulting catalog, with paths into what was sent and the id.
        const sent = ['bad-1', 'bad-2', 'bad-3'];
        expect(faults.map((f) => `${f.code} ${f.path}`).sort()).toEqual([
          'BAD_NUMBER credentials[1].cost',
          'DANGLING_CREDENTIAL credentials[0].requires',
          'UNREACHABLE_CREDITS credentials[2].requires.credits',
        ]);
        for (const f of faults) expect(f.ids).toContain(sent[Number(/\d+/.exec(f.path)![0])]);
        expect(await store.currentVersion()).toBe(1);
        expect((await store.load()).catalog).toEqual(richCatalog());
        expect(await store.changesSince(0)).toEqual([]);
      });
    });

    it('refuses two credentials with one id in one publish, and changes nothing', async () => {
      await withStore(open, richCatalog(), async (store) => {
        const error = await caught(
          store.apply({
            kind: 'publish',
            provider: 'corp',
            credentials: [
              makeCredential('twice', 'corp', { cost: 1 }),
              makeCredential('once', 'corp'),
              makeCredential('twice', 'corp', { cost: 2 }),
            ],
          }),
        );
        expect(error).toBeInstanceOf(CatalogInvalidError);
        expect((error as CatalogInvalidError).faults).toMatchObject([
          { code: 'DUPLICATE_ID', path: 'credentials[2].id', ids: ['twice'] },
        ]);
        expect(await store.currentVersion()).toBe(1);
        expect(await store.changesSince(0)).toEqual([]);
      });
    });

    it("refuses FORBIDDEN to touch another provider's credential, NOT_FOUND for an unknown retire", async () => {
      await withStore(open, richCatalog(), async (store) => {
        const forbidden = await caught(
          store.apply({
            kind: 'publish',
            provider: 'uni',
            credentials: [makeCredential('py', 'uni')],
          }),
        );
        expect(forbidden).toBeInstanceOf(PathwiseError);
        expect((forbidden as PathwiseError).code).toBe('FORBIDDEN');
        const retire = await caught(store.apply({ kind: 'retire', provider: 'uni', ids: ['py'] }));
        expect((retire as PathwiseError).code).toBe('FORBIDDEN');
        const missing = await caught(
          store.apply({ kind: 'retire', provider: 'uni', ids: ['nope'] }),
        );
        expect((missing as PathwiseError).code).toBe('NOT_FOUND');
        expect(await store.currentVersion()).toBe(1);
        expect((await store.load()).catalog).toEqual(richCatalog());
      });
    });

    it('refuses CONFLICT when expectedVersion is stale', async () => {
      await withStore(open, richCatalog(), async (store) => {
        await store.apply(
          { kind: 'publish', provider: 'corp', credentials: [makeCredential('n1', 'corp')] },
          {
            expectedVersion: 1,
          },
        );
        const conflict = await caught(
          store.apply(
            { kind: 'publish', provider: 'corp', credentials: [makeCredential('n2', 'corp')] },
            {
              expectedVersion: 1,
            },
          ),
        );
        expect((conflict as PathwiseError).code).toBe('CONFLICT');
        expect(await store.currentVersion()).toBe(2);
      });
    });

    it('serialises 50 concurrent publishes: all present once, versions contiguous', async () => {
      await withStore(open, richCatalog(), async (store) => {
        const changes = Array.from({ length: 50 }, (_, i): CatalogChange => ({
          kind: 'publish',
          provider: i % 2 === 0 ? 'corp' : `prov-${i % 5}`,
          credentials: [makeCredential(`conc-${i}`, 'x', i % 3 === 0 ? { requires: 'py' } : {})],
        }));
        const results = await Promise.all(changes.map((c) => store.apply(c)));
        expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual(
          Array.from({ length: 50 }, (_, i) => i + 2),
        );
        const { version, catalog } = await store.load();
        expect(version).toBe(51);
        const ids = catalog.credentials.map((c) => c.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (let i = 0; i < 50; i++) expect(ids).toContain(`conc-${i}`);
        expect(ids.length).toBe(richCatalog().credentials.length + 50);
        const log = await store.changesSince(1);
        expect(log.map((r) => r.version)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
      });
    });

    describePublishFaultsContract((seed, body) => withStore(open, seed, body));
    describeRetireContract(
      (seed, body) => withStore(open, seed, body),
      (location) => open(location),
    );

    it('refuses every call after close with STORE_UNAVAILABLE', async () => {
      const store = await open(freshLocation(), richCatalog());
      await store.close();
      // Called directly: a closed store rejects, it does not throw synchronously.
      const settled = await Promise.allSettled<unknown>([
        store.load(),
        store.currentVersion(),
        store.changesSince(0),
        store.apply({ kind: 'retire', provider: 'uni', ids: ['msc'] }),
      ]);
      for (const outcome of settled) {
        expect(outcome.status).toBe('rejected');
        expect(((outcome as PromiseRejectedResult).reason as PathwiseError).code).toBe(
          'STORE_UNAVAILABLE',
        );
      }
    });

    it('lets a second handle on the same store see each publish by version', async () => {
      await withStore(open, richCatalog(), async (store, location) => {
        const other = await open(location);
        try {
          expect(await other.currentVersion()).toBe(1);
          await store.apply({
            kind: 'publish',
            provider: 'corp',
            credentials: [makeCredential('seen', 'corp')],
          });
          expect(await other.currentVersion()).toBe(2);
          const seen = await other.load();
          expect(seen.version).toBe(2);
          expect(seen.catalog.credentials.map((c) => c.id)).toContain('seen');
          await other.apply({ kind: 'retire', provider: 'corp', ids: ['seen'] });
          expect(await store.currentVersion()).toBe(3);
          const retired = (await store.load()).catalog.credentials.find((c) => c.id === 'seen');
          expect(retired?.retired).toBe(true);
          expect((await store.changesSince(1)).map((r) => r.version)).toEqual([2, 3]);
        } finally {
          await other.close();
        }
      });
    });
  });
}

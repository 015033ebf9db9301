/**
 * The Neo4j store with a compiler (the engine's codec, as the service opens it), against a real
 * Neo4j: each version a store holds comes with the compiled index of its catalog, byte for byte the
 * index compiled afresh, whether the version was written by the store itself (updated per apply),
 * read as a delta by another process (updated per delta, or compiled whole when a credential left
 * its place), or read whole. Publishes validated with the compiled index's lookups refuse what a
 * store without a compiler refuses, with the same faults.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogChange, Credential } from '@pathwise/core';
import { indexSnapshotCodec, type CompactIndex } from '@pathwise/engine';
import type { CatalogSnapshot } from '@pathwise/store';
import { generatedCatalog, makeCredential } from '@pathwise/store/contract';
import { Neo4jCatalogStore, connectNeo4j } from '@pathwise/store-neo4j';
import { neo4jWithCatalogs } from './helpers/neo4j-for-tests.js';

const neo = await neo4jWithCatalogs();
const { connection, catalogs } = neo;

const KEY = new Uint8Array(32);

/** @returns the snapshot bytes of a compiled index (every array, the ids and the texts) */
const bytesOf = (compiled: unknown): Buffer =>
  Buffer.from(indexSnapshotCodec.write(compiled as CompactIndex, KEY));

/** Expects a snapshot's compiled index to be its catalog's, as compiled afresh. */
function expectCompiled(snapshot: CatalogSnapshot): void {
  expect(snapshot.compiled).toBeDefined();
  const fresh = bytesOf(indexSnapshotCodec.compile(snapshot.catalog));
  expect(bytesOf(snapshot.compiled).equals(fresh)).toBe(true);
}

const open = (name: string, seed?: Catalog, compiler = true): Promise<Neo4jCatalogStore> => {
  catalogs.add(name);
  return Neo4jCatalogStore.open(connection!, {
    catalog: name,
    seed,
    ...(compiler ? { compiler: indexSnapshotCodec } : {}),
  });
};

const SEED_SIZE = 30;

/** One step of a history: a publish of new or existing ids, or a retirement. */
type Step =
  | { kind: 'publish'; ids: number[]; cost: number }
  | { kind: 'retire'; ids: number[] }
  | { kind: 'republish'; ids: number[] };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('publish' as const),
    ids: fc.uniqueArray(fc.nat(SEED_SIZE + 9), { minLength: 1, maxLength: 4 }),
    cost: fc.nat(900),
  }),
  fc.record({
    kind: fc.constant('retire' as const),
    ids: fc.uniqueArray(fc.nat(SEED_SIZE - 1), { minLength: 1, maxLength: 2 }),
  }),
  fc.record({
    kind: fc.constant('republish' as const),
    ids: fc.uniqueArray(fc.nat(SEED_SIZE - 1), { minLength: 1, maxLength: 2 }),
  }),
);

/**
 * @param step - a step
 * @param catalog - the catalog it applies to
 * @returns its change: ids past the seed are new credentials standing on an existing one; a
 *   republish publishes retired credentials again (or existing ones unchanged)
 */
function changeOf(step: Step, catalog: Catalog): CatalogChange {
  const ids = step.ids.map((i) => `c${i}`);
  // A change names one provider's credentials: the first id's (c<i> is p<i mod 3>'s).
  const provider = `p${step.ids[0]! % 3}`;
  const own = ids.filter((_, k) => step.ids[k]! % 3 === step.ids[0]! % 3);
  if (step.kind === 'retire') return { kind: 'retire', provider, ids: own };
  const byId = new Map(catalog.credentials.map((c) => [c.id, c]));
  const credentials: Credential[] = own.map((id) => {
    const held = byId.get(id);
    if (step.kind === 'republish' && held) {
      const { retired: _retired, ...rest } = held;
      return rest;
    }
    const extra = step.kind === 'publish' ? { cost: step.cost } : {};
    return held
      ? { ...held, ...extra }
      : makeCredential(id, provider, { ...extra, requires: { any: ['c0', 'c1'] } });
  });
  return { kind: 'publish', provider, credentials };
}

const suite = neo.skip ? describe.skip : describe;
suite('Neo4jCatalogStore with a compiler', () => {
  it('holds each version with its compiled index: applied, read as a delta, and read whole', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), async (steps) => {
        const name = `compiled-${run++}`;
        const writer = await open(name, generatedCatalog(SEED_SIZE, 3));
        const reader = await open(name);
        try {
          expectCompiled(await writer.load());
          expectCompiled(await reader.load());
          for (const s of steps) {
            const before = await writer.load();
            // Every generated change is valid (a retirement of what is retired already is
            // answered with the version it found): an error fails the test.
            const written = await writer.apply(changeOf(s, before.catalog));
            expectCompiled(written);
            const read = await reader.load();
            expect(read.version).toBe(written.version);
            expect(read.catalog).toEqual(written.catalog);
            expectCompiled(read);
          }
          const whole = await open(name);
          expectCompiled(await whole.load());
          await whole.close();
        } finally {
          await writer.close();
          await reader.close();
        }
      }),
      { numRuns: 12 },
    );
  });

  it('a credential that left its place (a graph another writer ordered so): the reader compiles anew', async () => {
    // The store's own writes keep a replaced credential's order (write-catalog.ts); a graph whose
    // replacing node has another order reads as the credential moved to the end, so every later
    // credential moves up one place and the reader's index cannot be updated in place.
    const name = 'compiled-moved';
    const writer = await open(name, generatedCatalog(SEED_SIZE, 3));
    const reader = await open(name);
    await reader.load();
    const republished = await writer.apply(
      changeOf({ kind: 'publish', ids: [3], cost: 77 }, (await writer.load()).catalog),
    );
    const driver = connectNeo4j(connection!);
    await driver.executeQuery(
      `MATCH (c:Credential {catalog: $catalog, id: 'c3'}) WHERE c.to IS NULL SET c.order = 1000000`,
      { catalog: name },
    );
    await driver.close();
    const read = await reader.load();
    expect(read.version).toBe(republished.version);
    const ids = read.catalog.credentials.map((c) => c.id);
    expect(ids.indexOf('c3')).toBe(SEED_SIZE - 1);
    expect(ids.indexOf('c4')).toBe(3);
    expectCompiled(read);
    await writer.close();
    await reader.close();
  });

  it('refuses what a store without a compiler refuses, with the same faults', async () => {
    const seed = generatedCatalog(SEED_SIZE, 3);
    const faultsOf = async (compiler: boolean, change: CatalogChange): Promise<unknown> => {
      const store = await open(`compiled-faults-${String(compiler)}`, seed, compiler);
      try {
        await store.load();
        return await store.apply(change).then(
          () => 'accepted',
          (error: { code?: string; faults?: unknown }) => ({
            code: error.code,
            faults: error.faults,
          }),
        );
      } finally {
        await store.close();
      }
    };
    const changes: CatalogChange[] = [
      // a cycle through an existing credential
      {
        kind: 'publish',
        provider: 'p0',
        credentials: [{ ...seed.credentials[0]!, requires: 'c300' }],
      },
      {
        kind: 'publish',
        provider: 'p0',
        credentials: [{ ...seed.credentials[0]!, requires: seed.credentials[0]!.id }],
      },
      // a credit threshold no set of its options reaches
      {
        kind: 'publish',
        provider: 'p0',
        credentials: [makeCredential('x', 'p0', { requires: { credits: 99, of: ['c0', 'c1'] } })],
      },
      // an alias taken by another credential
      {
        kind: 'publish',
        provider: 'p0',
        credentials: [makeCredential('y', 'p0', { aliases: ['c1'] })],
      },
    ];
    for (const change of changes) {
      const withCompiler = await faultsOf(true, change);
      expect(withCompiler).not.toBe('accepted');
      expect(withCompiler).toEqual(await faultsOf(false, change));
    }
  });
});

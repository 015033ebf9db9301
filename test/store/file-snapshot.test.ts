// The file store's compiled snapshots with the engine's real codec: random valid catalogs stored and
// reopened plan from the snapshot exactly as from the JSON; a publish rewrites the snapshot; a
// corrupt, truncated, stale or foreign snapshot is refused with a warning and the JSON is validated
// and used instead (then the snapshot is rewritten).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogInvalidError, type Catalog } from '@pathwise/core';
import {
  compileIndex,
  createPlanner,
  indexSnapshotCodec,
  type CompactIndex,
} from '@pathwise/engine';
import { FileCatalogStore, type FileCatalogStoreOptions } from '@pathwise/store';
import { makeCredential, richCatalog } from '@pathwise/store/contract';
import { randomCase } from '@pathwise/test-support';
import { plainIndex } from '../helpers/plain-index.js';

const root = await mkdtemp(join(tmpdir(), 'pathwise-file-snapshot-'));
afterAll(() => rm(root, { recursive: true, force: true }));
let dirs = 0;

/** Opens a store with the engine's codec, collecting its warnings. */
async function openWith(dir: string, seed?: Catalog, options: FileCatalogStoreOptions = {}) {
  const warnings: string[] = [];
  const store = await FileCatalogStore.open(dir, {
    ...options,
    seed,
    snapshots: indexSnapshotCodec,
    onWarning: (m) => warnings.push(m),
  });
  return { store, warnings };
}

describe('FileCatalogStore compiled snapshots', () => {
  it('reopened from its snapshot, a random catalog plans as from its JSON', async () => {
    await fc.assert(
      fc.asyncProperty(randomCase(), async (c) => {
        const dir = join(root, `random-${dirs++}`);
        const first = await openWith(dir, c.catalog);
        await first.store.close();
        const again = await openWith(dir);
        const loaded = await again.store.load();
        await again.store.close();
        expect(again.warnings).toEqual([]);
        expect(loaded.compiled).toBeDefined();
        // The JSON way, as a store without snapshots loads it.
        const plain = await FileCatalogStore.open(dir);
        const json = (await plain.load()).catalog;
        await plain.close();
        expect(loaded.catalog).toEqual(json);
        expect(loaded.compiled).toEqual(compileIndex(json));
        const fromJson = createPlanner(json);
        const fromSnapshot = createPlanner(loaded.catalog, {
          compiled: loaded.compiled as CompactIndex,
        });
        for (const objective of ['cheapest', 'fastest'] as const) {
          const query = { target: c.target, have: c.have, asOf: c.asOf, objective };
          expect(fromSnapshot.plan(query)).toEqual(fromJson.plan(query));
        }
        await rm(dir, { recursive: true, force: true });
      }),
      { numRuns: 40 },
    );
  });

  it('writes the snapshot of each published version beside it, atomically', async () => {
    const dir = join(root, 'publish');
    const { store, warnings } = await openWith(dir, richCatalog());
    const before = await stat(store.snapshotPath);
    const next = await store.apply({
      kind: 'publish',
      provider: 'corp',
      credentials: [makeCredential('snap-new', 'corp')],
    });
    await store.close();
    expect(next.compiled).toEqual(compileIndex(next.catalog));
    const after = await stat(store.snapshotPath);
    expect(after.ino === before.ino && after.mtimeMs === before.mtimeMs).toBe(false);
    const fresh = await openWith(dir);
    const loaded = await fresh.store.load();
    await fresh.store.close();
    expect(loaded.version).toBe(2);
    expect((loaded.compiled as CompactIndex).idOf.has('snap-new')).toBe(true);
    expect([...warnings, ...fresh.warnings]).toEqual([]);
  });

  it('validates publishes after a load against the snapshot id map and rows as against built ones', async () => {
    // The first publish after a load takes the compiled index's id map (codec.positions) instead of
    // building one, and its requires rows (codec.requires) for who names what instead of walking
    // every rule: it must refuse what whole validation refuses, and accept what it accepts.
    const dir = join(root, 'positions');
    const seeded = await openWith(dir, richCatalog());
    await seeded.store.close();
    const { store, warnings } = await openWith(dir);
    const refused = async (credentials: Catalog['credentials']) =>
      store.apply({ kind: 'publish', provider: 'corp', credentials }).then(
        () => [] as string[],
        (error: unknown) => (error as CatalogInvalidError).faults.map((f) => f.code),
      );
    expect(await refused([makeCredential('dangles', 'corp', { requires: 'nowhere' })])).toEqual([
      'DANGLING_CREDENTIAL',
    ]);
    expect(await refused([makeCredential('p1', 'corp', { requires: 'analyst' })])).toEqual([]);
    // py is named by analyst, which p1 requires: py requiring p1 closes a cycle.
    expect(await refused([makeCredential('py', 'corp', { credits: 2, requires: 'p1' })])).toEqual([
      'CYCLE',
    ]);
    expect(await refused([makeCredential('sql', 'corp', { requires: 'p1' })])).toEqual(['CYCLE']);
    expect(await refused([makeCredential('viz', 'corp', { requires: 'py' })])).toEqual([]);
    const last = await store.load();
    await store.close();
    expect(last.version).toBe(3);
    expect(last.compiled).toEqual(compileIndex(last.catalog));
    expect(warnings).toEqual([]);
  });

  it('keeps changes in the log tail: each version index is updated, equal to a compilation', async () => {
    // A change: a new credential (requiring an earlier one of ours, or nothing), one of ours
    // published again with another cost and requirement, or one of ours retired.
    const step = fc.record({
      kind: fc.constantFrom('new', 'again', 'retire'),
      pick: fc.nat(),
      cost: fc.integer({ min: 0, max: 500 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const dir = join(root, `tail-${dirs++}`);
        const tail = { compactInlineBelowBytes: 0, compactAfterChanges: 4 };
        const { store, warnings } = await openWith(dir, richCatalog(), tail);
        const ours: string[] = [];
        const requirement = (pick: number) =>
          ours.length === 0 || pick % 3 === 0 ? {} : { requires: ours[pick % ours.length]! };
        for (const [k, s] of steps.entries()) {
          const id = ours[s.pick % Math.max(1, ours.length)];
          if (s.kind === 'retire' && id !== undefined)
            await store.apply({ kind: 'retire', provider: 'corp', ids: [id] });
          const again = s.kind === 'again' && id !== undefined;
          // Published again, it may require only credentials before it (no cycle); later ones stay.
          if (again) ours.splice(ours.indexOf(id), ours.length);
          const cred = makeCredential(again ? id : `tail-${k}`, 'corp', {
            cost: s.cost,
            ...requirement(s.pick),
          });
          if (s.kind !== 'retire' || id === undefined) {
            const next = await store.apply({
              kind: 'publish',
              provider: 'corp',
              credentials: [cred],
            });
            expect(plainIndex(next.compiled)).toEqual(plainIndex(compileIndex(next.catalog)));
            ours.push(cred.id);
          }
        }
        const last = await store.load();
        expect(plainIndex(last.compiled)).toEqual(plainIndex(compileIndex(last.catalog)));
        await store.close();
        // Reopened from the base's snapshot and the tail replayed onto both.
        const again = await openWith(dir, undefined, tail);
        const loaded = await again.store.load();
        await again.store.close();
        expect(loaded.version).toBe(last.version);
        expect(loaded.catalog).toEqual(last.catalog);
        expect(plainIndex(loaded.compiled)).toEqual(plainIndex(compileIndex(last.catalog)));
        expect([...warnings, ...again.warnings]).toEqual([]);
        await rm(dir, { recursive: true, force: true });
      }),
      { numRuns: 25 },
    );
  });

  /** A store at version 2 with the snapshot of version 1 kept aside. */
  async function twoVersions(name: string) {
    const dir = join(root, name);
    const { store } = await openWith(dir, richCatalog());
    const old = await readFile(store.snapshotPath);
    await store.apply({
      kind: 'publish',
      provider: 'corp',
      credentials: [makeCredential('v2-only', 'corp')],
    });
    await store.close();
    return { dir, path: store.snapshotPath, old, current: await readFile(store.snapshotPath) };
  }

  const damage: [string, (s: Awaited<ReturnType<typeof twoVersions>>) => Uint8Array, RegExp][] = [
    ['stale', (s) => s.old, /another document/],
    ['truncated', (s) => s.current.subarray(0, s.current.length - 9), /bytes where/],
    ['cut to its header', (s) => s.current.subarray(0, 40), /truncated/],
    [
      'corrupt',
      (s) => {
        const b = Uint8Array.from(s.current);
        b[b.length - 100]! ^= 0x40;
        return b;
      },
      /corrupt/,
    ],
    ['not a snapshot', () => new TextEncoder().encode('hello'), /truncated|not a Pathwise/],
  ];
  for (const [what, make, fault] of damage) {
    it(`falls back to the JSON with a warning on a ${what} snapshot, then rewrites it`, async () => {
      const s = await twoVersions(what.replace(/ /g, '-'));
      await writeFile(s.path, make(s));
      const fallen = await openWith(s.dir);
      const loaded = await fallen.store.load();
      await fallen.store.close();
      expect(fallen.warnings).toHaveLength(1);
      expect(fallen.warnings[0]).toContain(s.path);
      expect(fallen.warnings[0]).toMatch(fault);
      expect(loaded.version).toBe(2);
      expect(loaded.catalog.credentials.some((c) => c.id === 'v2-only')).toBe(true);
      expect(loaded.compiled).toEqual(compileIndex(loaded.catalog));
      // Rewritten: the next start loads the snapshot without a warning.
      expect(Buffer.compare(await readFile(s.path), s.current)).toBe(0);
      const healed = await openWith(s.dir);
      await healed.store.close();
      expect(healed.warnings).toEqual([]);
    });
  }

  it('validates a hand-edited catalog file instead of trusting the snapshot of the old bytes', async () => {
    const dir = join(root, 'edited');
    const { store } = await openWith(dir, richCatalog());
    await store.close();
    const text = await readFile(store.catalogPath, 'utf8');
    const file = JSON.parse(text) as { catalog: Catalog };
    file.catalog.credentials[0]!.cost = -5;
    await writeFile(store.catalogPath, JSON.stringify(file));
    const warnings: string[] = [];
    await expect(
      FileCatalogStore.open(dir, {
        snapshots: indexSnapshotCodec,
        onWarning: (m) => warnings.push(m),
      }),
    ).rejects.toBeInstanceOf(CatalogInvalidError);
    expect(warnings.join('\n')).toMatch(/another document/);
  });
});

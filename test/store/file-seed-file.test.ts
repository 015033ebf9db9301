// A new file store seeded from a catalog file (`seedFile`, as the service seeds one): the file is
// validated and compiled one credential at a time, written as it is after the store's header, and
// the first load takes what was written instead of reading it back. The store contract holds; a
// random catalog's store equals the one seeded from the same catalog as an object; an invalid or
// non-JSON file writes nothing; a file whose credentials cannot be found without parsing is read whole.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogInvalidError, decodedCount, type Catalog } from '@pathwise/core';
import { compileIndex, indexSnapshotCodec } from '@pathwise/engine';
import { FileCatalogStore } from '@pathwise/store';
import { describeCatalogStoreContract, richCatalog } from '@pathwise/store/contract';
import { randomCase } from '@pathwise/test-support';
import { plainIndex } from '../helpers/plain-index.js';

const root = await mkdtemp(join(tmpdir(), 'pathwise-seed-file-'));
afterAll(() => rm(root, { recursive: true, force: true }));
let files = 0;

/** Writes `text` to a file of its own; @returns its path */
async function catalogFile(text: string): Promise<string> {
  const path = join(root, `seed-${files++}.json`);
  await writeFile(path, text);
  return path;
}

/** Opens a new store at `dir` from a file of `text`, collecting warnings. */
async function seeded(dir: string, text: string) {
  const warnings: string[] = [];
  const store = await FileCatalogStore.open(dir, {
    seedFile: await catalogFile(text),
    snapshots: indexSnapshotCodec,
    onWarning: (m) => warnings.push(m),
  });
  return { store, warnings };
}

describeCatalogStoreContract(
  'FileCatalogStore seeded from a catalog file',
  async (location, seed) =>
    FileCatalogStore.open(join(root, location), {
      seedFile: seed === undefined ? undefined : await catalogFile(JSON.stringify(seed, null, 1)),
    }),
);

describe('FileCatalogStore seeded from a catalog file', () => {
  it('writes the file as it is, and serves and reopens what a seed object gives', async () => {
    await fc.assert(
      fc.asyncProperty(randomCase(), fc.constantFrom(undefined, 2, '\t'), async (c, indent) => {
        const text = JSON.stringify(c.catalog, null, indent);
        const dir = join(root, `random-${files}`);
        const { store, warnings } = await seeded(dir, text);
        const loaded = await store.load();
        await store.close();
        expect(warnings).toEqual([]);
        expect(loaded.version).toBe(1);
        // Taken as written: nothing decoded, the index the seed compiled.
        expect(decodedCount(loaded.catalog.credentials)).toBe(0);
        expect(plainIndex(loaded.compiled)).toEqual(plainIndex(compileIndex(c.catalog)));
        expect(JSON.parse(JSON.stringify(loaded.catalog))).toEqual(c.catalog);
        const written = await readFile(join(dir, 'catalog.json'), 'utf8');
        expect(written).toBe(`{"version":1,"logBytes":0,"catalog":${text}}\n`);
        // Reopened: from the snapshot bound to those bytes, with no warning.
        const again = await seeded(dir, 'not read: the store exists');
        const reloaded = await again.store.load();
        await again.store.close();
        expect(again.warnings).toEqual([]);
        expect(plainIndex(reloaded.compiled)).toEqual(plainIndex(loaded.compiled));
        expect(JSON.parse(JSON.stringify(reloaded.catalog))).toEqual(c.catalog);
      }),
      { numRuns: 25 },
    );
  });

  it('refuses an invalid file with every fault, and writes nothing', async () => {
    const catalog = richCatalog();
    catalog.credentials.push({ ...catalog.credentials[0]!, requires: 'ghost' });
    const dir = join(root, 'invalid');
    const error = await seeded(dir, JSON.stringify(catalog)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogInvalidError);
    const codes = (error as CatalogInvalidError).faults.map((f) => f.code);
    expect(codes).toEqual(['DUPLICATE_ID', 'DANGLING_CREDENTIAL']);
    expect((await readdir(dir)).filter((f) => !f.endsWith('.lock'))).toEqual([]);
  });

  it('refuses a file that is not JSON as NOT_JSON, and writes nothing', async () => {
    const text = JSON.stringify(richCatalog()).replace('},{', '}{');
    const dir = join(root, 'not-json');
    const error = await seeded(dir, text).catch((e: unknown) => e);
    expect((error as CatalogInvalidError).faults.map((f) => f.code)).toEqual(['NOT_JSON']);
    expect((await readdir(dir)).filter((f) => !f.endsWith('.lock'))).toEqual([]);
  });

  it('reads a file whose credentials cannot be found without parsing whole', async () => {
    // The key escaped: a scan for "credentials" does not see it; JSON.parse does.
    const catalog: Catalog = richCatalog();
    const text = JSON.stringify(catalog).replace('"credentials"', '"cred\\u0065ntials"');
    const dir = join(root, 'escaped');
    const { store, warnings } = await seeded(dir, text);
    const loaded = await store.load();
    await store.close();
    expect(warnings).toEqual([]);
    expect(JSON.parse(JSON.stringify(loaded.catalog))).toEqual(catalog);
    expect(plainIndex(loaded.compiled)).toEqual(plainIndex(compileIndex(catalog)));
  });
});

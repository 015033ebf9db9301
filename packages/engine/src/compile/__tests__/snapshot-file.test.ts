// A snapshot read from its file (snapshot-file.ts): on random valid catalogs the index equals the
// compiled one, array for array; a damaged, stale or foreign file is refused with the same faults as
// its bytes are; and each array is its own, with room after it, so that an update that only appends
// credentials goes on in it instead of copying the index. Written section by section into a file
// (writeIndexSnapshotTo), a snapshot is writeIndexSnapshot's bytes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { randomCase } from '@pathwise/test-support';
import { compileIndex, updateIndex, type CompactIndex } from '../compact-index.js';
import { writeIndexSnapshot } from '../index-snapshot.js';
import { readIndexSnapshot } from '../read-index-snapshot.js';
import { readIndexSnapshotFile, writeIndexSnapshotTo } from '../snapshot-file.js';
import { makeCatalog, type Spec } from './make-catalog.js';

const key = (seed: number): Uint8Array => new Uint8Array(32).map((_, i) => (seed * 31 + i) & 255);
const dir = mkdtempSync(join(tmpdir(), 'pathwise-snapshot-file-'));
let files = 0;

/** @returns a new file holding `bytes` */
function fileOf(bytes: Uint8Array): string {
  const path = join(dir, `s${files++}.bin`);
  writeFileSync(path, bytes);
  return path;
}

/** @returns the message a refusal of the file gave */
async function refusal(path: string, k = key(1)): Promise<string> {
  return readIndexSnapshotFile(path, k).then(
    () => 'read',
    (error: unknown) => (error as Error).message,
  );
}

describe('readIndexSnapshotFile', () => {
  it('reads the compact index of random catalogs as compiled', async () => {
    await fc.assert(
      fc.asyncProperty(randomCase(), fc.integer({ min: 0, max: 255 }), async (c, seed) => {
        const compiled = compileIndex(c.catalog);
        const path = fileOf(writeIndexSnapshot(compiled, key(seed)));
        expect(await readIndexSnapshotFile(path, key(seed))).toEqual(compiled);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a damaged, stale, foreign or missing file as its bytes are refused', async () => {
    const written = writeIndexSnapshot(
      compileIndex(makeCatalog(['a', 1, 1], ['b', 2, 3, { all: ['a', 'c'] }], ['c', 0, 2])),
      key(1),
    );
    const bytesRefusal = (bytes: Uint8Array, k = key(1)): string => {
      try {
        readIndexSnapshot(bytes, k);
        return 'read';
      } catch (error) {
        return (error as Error).message;
      }
    };
    const flipped = written.slice();
    flipped[written.length - 20]! ^= 1;
    const older = written.slice();
    older[8] = 1;
    const cases = [
      flipped,
      older,
      written.subarray(0, written.length - 1),
      written.subarray(0, 40),
      new TextEncoder().encode('{"version":1}'.repeat(10)),
    ];
    for (const bytes of cases) {
      const message = await refusal(fileOf(bytes));
      expect(message).toMatch(/^compiled snapshot /);
      expect(message).toBe(bytesRefusal(bytes));
    }
    expect(await refusal(fileOf(written), key(2))).toMatch(/compiled from another document/);
    await expect(readIndexSnapshotFile(join(dir, 'none.bin'), key(1))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  it('gives arrays of their own, which an append-only update goes on in', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `c${i}`);
    const catalog: Catalog = makeCatalog(
      ...ids.map((id, i): Spec => [id, i, 1, i > 0 ? { any: [ids[i - 1]!, ids[0]!] } : undefined]),
    );
    const compiled = compileIndex(catalog);
    const loaded = await readIndexSnapshotFile(
      fileOf(writeIndexSnapshot(compiled, key(5))),
      key(5),
    );
    expect(loaded.cost.buffer).not.toBe(loaded.req.buffer);
    const next: Catalog = {
      ...catalog,
      credentials: [
        ...catalog.credentials,
        {
          id: 'new',
          name: 'new',
          kind: 'course',
          cost: 3,
          durationWeeks: 1,
          requires: { all: ['c3', 'c7'] },
        },
      ],
    };
    const updated = updateIndex(loaded, next, []);
    expect(updated).toEqual(compileIndex(next));
    for (const name of ['cost', 'req', 'depStart', 'groupKind', 'groupChildren', 'deps'] as const)
      expect(updated[name].buffer, name).toBe(loaded[name].buffer);
    // The loaded version is as it was (its id map shares entries with the next one's, beyond its size).
    const plain = ({ idOf, ...arrays }: CompactIndex) => ({ ...arrays, idOf: [...idOf] });
    expect(plain(loaded)).toEqual(plain(compiled));
    expect(loaded.idOf.get('new')).toBeUndefined();
  });
});

describe('writeIndexSnapshotTo', () => {
  it("writes writeIndexSnapshot's bytes, section by section, for random catalogs", async () => {
    await fc.assert(
      fc.asyncProperty(randomCase(), fc.integer({ min: 0, max: 255 }), async (c, seed) => {
        const compiled = compileIndex(c.catalog);
        const path = join(dir, `w${files++}.bin`);
        const file = await open(path, 'wx');
        try {
          await writeIndexSnapshotTo(file, compiled, key(seed));
        } finally {
          await file.close();
        }
        const written = readFileSync(path);
        expect(Buffer.compare(written, writeIndexSnapshot(compiled, key(seed)))).toBe(0);
        expect(await readIndexSnapshotFile(path, key(seed))).toEqual(compiled);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a key that is not 32 bytes, as writeIndexSnapshot does', async () => {
    const compiled = compileIndex(makeCatalog(['a', 1, 1]));
    const file = await open(join(dir, `w${files++}.bin`), 'wx');
    try {
      const error = await writeIndexSnapshotTo(file, compiled, new Uint8Array(31)).catch(
        (e: unknown) => e as Error,
      );
      expect(() => writeIndexSnapshot(compiled, new Uint8Array(31))).toThrow(
        (error as Error).message,
      );
    } finally {
      await file.close();
    }
  });
});

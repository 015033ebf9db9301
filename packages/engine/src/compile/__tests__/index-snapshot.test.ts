// The compiled snapshot (index-snapshot.ts): on random valid catalogs, the index read back from a
// snapshot equals the compiled one array for array and plans identically; every damaged, stale or
// foreign snapshot is refused whole with an error that names the fault.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PathwiseError } from '@pathwise/core';
import { randomCase } from '@pathwise/test-support';
import { compileIndex } from '../compact-index.js';
import { writeIndexSnapshot } from '../index-snapshot.js';
import { readIndexSnapshot } from '../read-index-snapshot.js';
import { createPlanner } from '../../index.js';
import { makeCatalog, withV2Fields, type Spec } from './make-catalog.js';

const key = (seed: number): Uint8Array => new Uint8Array(32).map((_, i) => (seed * 31 + i) & 255);

describe('compiled snapshot', () => {
  it('round-trips the compact index of random catalogs, and plans the same', () => {
    fc.assert(
      fc.property(randomCase(), fc.integer({ min: 0, max: 255 }), (c, seed) => {
        const compiled = compileIndex(c.catalog);
        const bytes = writeIndexSnapshot(compiled, key(seed));
        const loaded = readIndexSnapshot(bytes, key(seed));
        expect(loaded).toEqual(compiled);
        const fromJson = createPlanner(c.catalog);
        const fromSnapshot = createPlanner(c.catalog, { compiled: loaded });
        expect(fromSnapshot.compact).toBe(loaded);
        for (const objective of ['cheapest', 'fastest'] as const) {
          const query = { target: c.target, have: c.have, asOf: c.asOf, objective };
          expect(fromSnapshot.plan(query)).toEqual(fromJson.plan(query));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips the hours tables (effort, pace, start days), and plans the same under hours', () => {
    fc.assert(
      fc.property(
        randomCase(),
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 22 }),
        fc.constantFrom(5, 10, 20),
        (c, picks, weeklyHours) => {
          const catalog = withV2Fields(c.catalog, picks);
          const compiled = compileIndex(catalog);
          expect(compiled.startsAt.length).toBe(catalog.credentials.filter((x) => x.starts).length);
          const loaded = readIndexSnapshot(writeIndexSnapshot(compiled, key(2)), key(2));
          expect(loaded).toEqual(compiled);
          const fromJson = createPlanner(catalog);
          const fromSnapshot = createPlanner(catalog, { compiled: loaded });
          for (const objective of ['cheapest', 'fastest'] as const) {
            const query = { target: c.target, have: c.have, asOf: c.asOf, objective, weeklyHours };
            expect(fromSnapshot.plan(query)).toEqual(fromJson.plan(query));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses start days that are not a list of days for each credential with them', () => {
    const compiled = compileIndex(
      withV2Fields(makeCatalog(['a', 1, 1], ['b', 2, 3, { all: ['a'] }]), [7]),
    );
    expect(compiled.startDays).toEqual([
      ['2027-03-01', '--09-01'],
      ['2027-03-01', '--09-01'],
    ]);
    // Written from an index whose lists are not days: checksummed, so only the reading can tell.
    const forged = writeIndexSnapshot(
      { ...compiled, startDays: [['--01-15'], [15 as never]] },
      key(5),
    );
    expect(refused(forged, key(5))).toMatch(/start days that are not 2 lists of strings/);
    const short = writeIndexSnapshot({ ...compiled, startDays: [['--01-15']] }, key(5));
    expect(refused(short, key(5))).toMatch(/start days that are not 2 lists of strings/);
  });

  it('keeps each kind by its documented code and each provider (docs/snapshot.md)', () => {
    const documented = [
      'micro-credential',
      'badge',
      'certificate',
      'certification',
      'course',
    ] as const;
    const catalog = makeCatalog(
      ...documented.map((kind, i): Spec => [`k${i}`, 1, 1, undefined, { kind }]),
      ['x', 1, 1, undefined, { kind: 'experience', provider: 'q' }],
      ['y', 1, 1, undefined, { kind: 'license', provider: 'p' }],
      ['z', 1, 1, undefined, { provider: 'q' }],
    );
    const loaded = readIndexSnapshot(writeIndexSnapshot(compileIndex(catalog), key(1)), key(1));
    expect([...loaded.kind]).toEqual([0, 1, 2, 3, 4, 8, 7, 4]);
    expect([...loaded.provider]).toEqual([-1, -1, -1, -1, -1, 0, 1, 0]);
    expect(loaded.providers).toEqual(['q', 'p']);
  });

  it('keeps ids outside the Basic Multilingual Plane and empty groups exact', () => {
    const catalog = makeCatalog(['é-😀', 1, 1], ['b', 2.5, 0.5, { all: ['é-😀'] }], ['c', 0, 1]);
    const compiled = compileIndex(catalog);
    expect(readIndexSnapshot(writeIndexSnapshot(compiled, key(1)), key(1))).toEqual(compiled);
  });

  it('reads a snapshot from a Node Buffer at any offset of a shared pool', () => {
    const compiled = compileIndex(makeCatalog(['a', 1, 1], ['b', 2, 3, { all: ['a'] }]));
    const written = writeIndexSnapshot(compiled, key(3));
    for (const at of [0, 1, 3, 13]) {
      const pool = Buffer.alloc(written.length + 32);
      pool.set(written, at);
      expect(readIndexSnapshot(pool.subarray(at, at + written.length), key(3))).toEqual(compiled);
    }
  });

  it('reads bytes given up to it in place when they are their whole buffer, else copies', () => {
    const compiled = compileIndex(
      makeCatalog(['a', 1, 1], ['b', 2, 3, { all: ['a', 'c'] }], ['c', 0, 2]),
    );
    const written = writeIndexSnapshot(compiled, key(4));
    // A file just read: its own buffer, the body at a multiple of 8.
    const file = new Uint8Array(written);
    const owned = readIndexSnapshot(file, key(4), { owned: true });
    expect(owned).toEqual(compiled);
    expect(owned.groupChildren.buffer).toBe(file.buffer);
    expect(owned.cost.buffer).toBe(file.buffer);
    // A slice of a larger pool (or the bytes without the flag): copied, the pool left alone.
    const pool = Buffer.alloc(written.length + 16);
    pool.set(written, 8);
    const slice = pool.subarray(8, 8 + written.length);
    const copied = readIndexSnapshot(slice, key(4), { owned: true });
    expect(copied).toEqual(compiled);
    expect(copied.cost.buffer).not.toBe(pool.buffer);
    expect(readIndexSnapshot(file, key(4)).cost.buffer).not.toBe(file.buffer);
  });

  const bytes = writeIndexSnapshot(
    compileIndex(makeCatalog(['a', 1, 1], ['b', 2, 1, { any: ['a'] }])),
    key(7),
  );
  const refused = (b: Uint8Array, k = key(7)): string => {
    try {
      readIndexSnapshot(b, k);
    } catch (error) {
      expect(error).toBeInstanceOf(PathwiseError);
      expect((error as PathwiseError).code).toBe('INVALID_INPUT');
      return (error as Error).message;
    }
    throw new Error('the snapshot was read');
  };

  it('refuses a snapshot of another document (stale)', () => {
    expect(refused(bytes, key(8))).toMatch(/another document/);
  });
  it('refuses a truncated or extended snapshot at every length', () => {
    for (const cut of [0, 10, 87, 88, bytes.length - 1])
      expect(refused(bytes.subarray(0, cut))).toMatch(/truncated|bytes where/);
    const longer = new Uint8Array(bytes.length + 8);
    longer.set(bytes);
    expect(refused(longer)).toMatch(/bytes where/);
  });
  it('refuses a corrupt body, another format, and a file that is no snapshot', () => {
    const flipped = bytes.slice();
    flipped[bytes.length - 20]! ^= 1;
    expect(refused(flipped)).toMatch(/corrupt/);
    const other = bytes.slice();
    other[8] = 4; // format 4: no kind or provider columns
    expect(refused(other)).toMatch(/has format 4; this engine reads format 5/);
    expect(
      refused(new TextEncoder().encode('{"version":1,"logBytes":0,"catalog":{}}'.repeat(4))),
    ).toMatch(/not a Pathwise snapshot/);
  });
  it('refuses a key of the wrong size', () => {
    expect(refused(bytes, new Uint8Array(16))).toMatch(/32 bytes/);
  });
});

// updateIndex against compileIndex: the index of a catalog's next version, updated from the previous
// version's index, equals the next version compiled from scratch (array for array, ids in the same
// order), whichever credentials changed or were appended; the previous index is left as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog, Credential } from '@pathwise/core';
import { catalogArb } from '@pathwise/test-support';
import { compileIndex, updateIndex, type CompactIndex } from '../compact-index.js';

/** The index with its id map as a list of entries, so that two indexes compare by content. */
const plain = ({ idOf, ...arrays }: CompactIndex) => ({ ...arrays, idOf: [...idOf] });

/** A changed credential: its requirement dropped, or its numbers and retirement changed. */
const changedOne = (c: Credential): Credential =>
  c.requires !== undefined
    ? { ...c, requires: undefined }
    : { ...c, cost: c.cost + 7, durationWeeks: c.durationWeeks + 1, retired: c.retired !== true };

const withCredentials = (catalog: Catalog, credentials: Credential[]): Catalog => ({
  ...catalog,
  credentials,
});

/** A catalog, how many of its credentials the previous version had, and which of those changed. */
const change = catalogArb(12).chain((catalog) => {
  const n = catalog.credentials.length;
  return fc.record({
    catalog: fc.constant(catalog),
    kept: fc.integer({ min: 0, max: n }),
    changed: fc.uniqueArray(fc.nat({ max: Math.max(0, n - 1) }), { maxLength: n }),
  });
});

describe('updateIndex', () => {
  it('equals compileIndex of the next version, both ways round, and leaves the previous alone', () => {
    fc.assert(
      fc.property(change, ({ catalog, kept, changed }) => {
        const within = changed.filter((i) => i < kept);
        const all = catalog.credentials;
        const altered = all.map((c, i) => (within.includes(i) ? changedOne(c) : c));
        // The changed credentials gain their requirements back (previous: altered) or lose them.
        for (const [before, after] of [
          [altered, all],
          [all, altered],
        ] as const) {
          const previous = compileIndex(withCredentials(catalog, before.slice(0, kept)));
          const earlier = plain(previous);
          const next = withCredentials(catalog, [...after]);
          expect(plain(updateIndex(previous, next, within))).toEqual(plain(compileIndex(next)));
          expect(plain(previous)).toEqual(earlier);
          // A second version made from the same previous one is right too.
          expect(plain(updateIndex(previous, next, within))).toEqual(plain(compileIndex(next)));
          for (const c of after.slice(kept)) expect(previous.idOf.get(c.id)).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});

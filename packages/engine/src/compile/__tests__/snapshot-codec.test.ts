// The engine codec's lookups for a store's validation (snapshot-codec.ts): on random catalogs with
// aliases and renewals, the aliases, renewing credentials and figure sums it reads off a compiled
// index (compiled, updated, or read back from a snapshot) are those core's ValidationBase finds by
// reading every credential (it is v2, so it keeps aliases), and a scan's renewing credentials.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationBase, type Catalog, type CredentialLookups } from '@pathwise/core';
import { randomCase } from '@pathwise/test-support';
import { compileIndex, updateIndex } from '../compact-index.js';
import { writeIndexSnapshot } from '../index-snapshot.js';
import { readIndexSnapshot } from '../read-index-snapshot.js';
import { indexSnapshotCodec } from '../snapshot-codec.js';
import { withV2Fields } from './make-catalog.js';

/**
 * @returns the lookups as core's ValidationBase finds them by reading every credential (aliases and
 *   sums), and the renewing credentials found by a scan
 */
function scanned(catalog: Catalog): CredentialLookups {
  const base = new ValidationBase(catalog);
  const renewals = catalog.credentials.flatMap((c, i) => (c.renewal === undefined ? [] : [i]));
  const quantities = ['cost', 'weeks', 'effort', 'credits'] as const;
  const sums = Object.fromEntries(quantities.map((q) => [q, base.sum(q)]));
  return { aliases: base.aliasOwner, renewals, sums: sums as CredentialLookups['sums'] };
}

/** @returns lookups in one comparable shape (the sums to 9 digits: added in another order) */
const shape = (l: CredentialLookups) => ({
  aliases: [...l.aliases],
  renewals: [...l.renewals],
  sums: Object.fromEntries(Object.entries(l.sums).map(([k, v]) => [k, Number(v.toPrecision(9))])),
});

describe('indexSnapshotCodec.lookups', () => {
  it("are a scan's, compiled, updated and read back", () => {
    const key = new Uint8Array(32).fill(9);
    fc.assert(
      fc.property(
        randomCase(),
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 20 }),
        (c, picks) => {
          const catalog = withV2Fields(c.catalog, picks);
          const expected = shape(scanned(catalog));
          const compiled = compileIndex(catalog);
          expect(shape(indexSnapshotCodec.lookups(compiled))).toEqual(expected);
          const read = readIndexSnapshot(writeIndexSnapshot(compiled, key), key);
          expect(shape(indexSnapshotCodec.lookups(read))).toEqual(expected);
          // The first half compiled, the rest appended and the first credential changed.
          const half = Math.floor(catalog.credentials.length / 2);
          const previous = compileIndex({
            ...catalog,
            credentials: catalog.credentials.slice(0, half),
          });
          const updated = updateIndex(previous, catalog, half > 0 ? [0] : []);
          expect(shape(indexSnapshotCodec.lookups(updated))).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

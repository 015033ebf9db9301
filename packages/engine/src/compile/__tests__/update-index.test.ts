// updateIndex against compileIndex: the index of a catalog's next version, updated from the previous
// version's index, equals the next version compiled from scratch (array for array, ids in the same
// order, the hours tables, aliases, renewals, kinds and providers too), whichever credentials
// changed or were appended; the previous index is left as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog, Credential } from '@pathwise/core';
import { catalogArb } from '@pathwise/test-support';
import { compileIndex, updateIndex, type CompactIndex } from '../compact-index.js';
import { withV2Fields } from './make-catalog.js';

/** The index with its id map as a list of entries, so that two indexes compare by content. */
const plain = ({ idOf, ...arrays }: CompactIndex) => ({ ...arrays, idOf: [...idOf] });

/**
 * A changed credential: its requirement dropped, or its numbers and retirement changed; its start
 * days, effort, pace, aliases, renewal, kind and provider change either way.
 */
const changedOne = (c: Credential): Credential => ({
  ...(c.requires !== undefined
    ? { ...c, requires: undefined }
    : { ...c, cost: c.cost + 7, durationWeeks: c.durationWeeks + 1, retired: c.retired !== true }),
  starts: c.starts === undefined ? ['--02-01'] : undefined,
  effortHours: (c.effortHours ?? 0) + 3,
  pace: c.pace === 'fixed' ? undefined : 'fixed',
  aliases: c.aliases === undefined ? [`${c.id}~new`] : undefined,
  renewal: c.renewal === undefined ? { cost: 5 } : undefined,
  // A provider new to the catalog, or none: the order of the providers' first credentials moves.
  kind: c.kind === 'badge' ? 'course' : 'badge',
  provider: c.provider === undefined ? 'provider-of-changes' : undefined,
});

const withCredentials = (catalog: Catalog, credentials: Credential[]): Catalog => ({
  ...catalog,
  credentials,
});

/** A catalog, how many of its credentials the previous version had, and which of those changed. */
const change = fc
  .tuple(catalogArb(12), fc.array(fc.nat(1000), { maxLength: 12 }))
  .chain(([v1, picks]) => {
    const catalog = withV2Fields(v1, picks);
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
          const first = updateIndex(previous, next, within);
          const compiled = plain(compileIndex(next));
          expect(plain(first)).toEqual(compiled);
          expect(plain(previous)).toEqual(earlier);
          // A second version made from the same previous one is right too, and leaves the first
          // alone (an append-only update writes after the previous arrays in their own buffers).
          expect(plain(updateIndex(previous, next, within))).toEqual(compiled);
          expect(plain(first)).toEqual(compiled);
          expect(plain(previous)).toEqual(earlier);
          for (const c of after.slice(kept)) expect(previous.idOf.get(c.id)).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Expects two large indexes equal: arrays byte for byte, ids in order, every id at the same
 * position (toEqual over 10^5 entries is slow; it runs only to show a difference found).
 */
function expectSameIndex(actual: CompactIndex, expected: CompactIndex): void {
  const bytes = (v: ArrayBufferView): Buffer => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  const same =
    actual.n === expected.n &&
    actual.ids.join('\n') === expected.ids.join('\n') &&
    expected.ids.every((id, i) => actual.idOf.get(id) === i) &&
    (Object.keys(expected) as (keyof CompactIndex)[]).every((key) => {
      const a = actual[key];
      const e = expected[key];
      if (!ArrayBuffer.isView(e)) return true;
      return ArrayBuffer.isView(a) && a.constructor === e.constructor && bytes(a).equals(bytes(e));
    });
  if (!same) expect(plain(actual)).toEqual(plain(expected));
}

describe('updateIndex at the size a service publishes into', () => {
  // Past a few 10^4 groups the update's columns are presized and handed out as views (column.ts);
  // the small catalogs above never reach that path.
  const n = 60_000;
  const credential = (i: number, cost = i % 97): Credential => ({
    id: `c${i}`,
    name: `c${i}`,
    kind: 'course',
    cost,
    durationWeeks: 1 + (i % 5),
    ...(i < 2
      ? {}
      : {
          requires:
            i % 3 === 0
              ? { any: [`c${i - 1}`, { all: [`c${i - 2}`, `c${Math.floor(i / 2)}`] }] }
              : `c${i - 1}`,
        }),
  });
  const base: Catalog = {
    format: 'pathwise.catalog/v1',
    credentials: Array.from({ length: n }, (_, i) => credential(i)),
  };

  it('equals compileIndex after changes and appends, twice in a row, the earlier versions left alone', () => {
    const v1 = compileIndex(base);
    const before = compileIndex(base);
    const changed = Array.from({ length: 100 }, (_, k) => 1_000 * k + 3);
    const v2Credentials = base.credentials.map((c, i) =>
      changed.includes(i) ? { ...c, requires: undefined, cost: c.cost + 1 } : c,
    );
    for (let i = n; i < n + 100; i++) v2Credentials.push(credential(i));
    const v2Catalog = { ...base, credentials: v2Credentials };
    const v2 = updateIndex(v1, v2Catalog, changed);
    expectSameIndex(v2, compileIndex(v2Catalog));
    // The copied columns are the update's own presized arrays, not copies of them.
    expect(v2.groupChildren.buffer.byteLength).toBeGreaterThan(v2.groupChildren.byteLength);
    const v2Again = compileIndex(v2Catalog);
    const v3Credentials = v2Credentials.map((c, i) => (changed.includes(i) ? credential(i) : c));
    for (let i = n + 100; i < n + 250; i++) v3Credentials.push(credential(i));
    const v3Catalog = { ...base, credentials: v3Credentials };
    const v3 = updateIndex(v2, v3Catalog, changed);
    expectSameIndex(v3, compileIndex(v3Catalog));
    expectSameIndex(v2, v2Again);
    expectSameIndex(v1, before);
  });

  it("appends in the previous version's buffers, once each: a sibling version copies", () => {
    const v1 = compileIndex(base);
    const before = compileIndex(base);
    const appended = (from: number, to: number, cost?: number): Catalog => ({
      ...base,
      credentials: [
        ...base.credentials,
        ...Array.from({ length: to - from }, (_, k) => credential(from + k, cost)),
      ],
    });
    const v2Catalog = appended(n, n + 100);
    const v2 = updateIndex(v1, v2Catalog, []);
    expectSameIndex(v2, compileIndex(v2Catalog));
    for (const key of ['cost', 'req', 'depStart', 'groupKind', 'groupChildren', 'deps'] as const)
      expect(v2[key].buffer, key).toBe(v1[key].buffer);
    // Another version from v1 may not write where v2's appended credentials are.
    const siblingCatalog = appended(n, n + 100, 5);
    const sibling = updateIndex(v1, siblingCatalog, []);
    expect(sibling.cost.buffer).not.toBe(v1.cost.buffer);
    expectSameIndex(sibling, compileIndex(siblingCatalog));
    expectSameIndex(v2, compileIndex(v2Catalog));
    // v2 goes on in the same buffers.
    const v3Catalog = {
      ...v2Catalog,
      credentials: [...v2Catalog.credentials, credential(n + 100)],
    };
    const v3 = updateIndex(v2, v3Catalog, []);
    expect(v3.groupChildren.buffer).toBe(v1.groupChildren.buffer);
    expectSameIndex(v3, compileIndex(v3Catalog));
    expectSameIndex(v2, compileIndex(v2Catalog));
    expectSameIndex(v1, before);
  });
});

// A list of credentials decoded on demand (lazy-credentials.ts) against a plain array: after random
// copies (slice, concat), element writes and pushes, it reads the same as the array the same steps
// make, decodes only what was read, tells which positions differ from the list it was copied from
// without decoding, and written again (catalog-document.ts) gives the document JSON.stringify gives,
// copying the bytes of every credential still the document's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  credentialSourceOf,
  decodedCount,
  differingPositions,
  readCatalogDocument,
  writeCatalogDocument,
  type Catalog,
  type Credential,
} from '@pathwise/core';
import { validCatalog } from '../../validate/__tests__/random-catalog.js';

type Step =
  | { kind: 'copy' }
  | { kind: 'concat'; count: number }
  | { kind: 'write'; at: number }
  | { kind: 'push' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant({ kind: 'copy' as const }),
  fc.record({ kind: fc.constant('concat' as const), count: fc.nat(3) }),
  fc.record({ kind: fc.constant('write' as const), at: fc.nat(40) }),
  fc.constant({ kind: 'push' as const }),
);

/** @returns the document's bytes of the list's credential at `i`, when it is still the document's */
function ownBytes(list: readonly Credential[], i: number): Uint8Array | undefined {
  const source = credentialSourceOf(list);
  if (source === undefined || !source.isOwn(i)) return undefined;
  return source.bytes.subarray(source.spans[2 + 2 * i], source.spans[3 + 2 * i]);
}

let made = 0;
const fresh = (): Credential => ({
  id: `new-${made++}`,
  name: 'A "new" one \\ 😀',
  kind: 'course',
  cost: 1,
  durationWeeks: 1,
});

/** @returns the catalog read back from its JSON document, its credentials decoded on demand */
const lazyOf = (catalog: Catalog): Catalog =>
  readCatalogDocument(writeCatalogDocument(catalog)) as Catalog;

/** Applies one step to a list; @returns the list it makes (a copy, or the same list written) */
function apply(list: Credential[], s: Step, made: Credential[]): Credential[] {
  if (s.kind === 'copy') return list.slice();
  if (s.kind === 'concat') return list.concat(made.slice(0, s.count));
  if (list.length === 0 || s.kind === 'push') {
    list.push(made[0]!);
    return list;
  }
  list[s.at % list.length] = made[0]!;
  return list;
}

describe('credentials decoded on demand', () => {
  it('read as the plain array the same steps make, decoding nothing until read', () => {
    fc.assert(
      fc.property(validCatalog(2), fc.array(step, { maxLength: 8 }), (json, steps) => {
        const catalog = json as unknown as Catalog;
        const read = lazyOf(catalog);
        let lazy = read.credentials;
        let plain = [...catalog.credentials];
        const starts: [Credential[], Credential[]][] = [];
        for (const s of steps) {
          const made = [fresh(), fresh(), fresh()];
          if (s.kind === 'copy' || s.kind === 'concat') starts.push([lazy, plain]);
          lazy = apply(lazy, s, made);
          plain = apply(plain, s, made);
        }
        // Copies and writes decode nothing; nor does telling what differs.
        expect(decodedCount(lazy)).toBe(0);
        for (const [lazyFrom, plainFrom] of starts) {
          const expected: number[] = [];
          for (let i = 0; i < plain.length; i++)
            if (i >= plainFrom.length || plain[i] !== plainFrom[i]) expected.push(i);
          expect(differingPositions(lazyFrom, lazy)).toEqual(expected);
        }
        expect(decodedCount(lazy)).toBe(0);
        // Written again: JSON.stringify's document, the untouched credentials copied as bytes.
        const written = writeCatalogDocument({ ...read, credentials: lazy });
        expect(decodedCount(lazy)).toBe(0);
        expect(new TextDecoder().decode(written.bytes)).toBe(
          JSON.stringify({ ...catalog, credentials: plain }),
        );
        // Array behaviour, which decodes them all.
        expect(Array.isArray(lazy)).toBe(true);
        expect(JSON.stringify(lazy)).toBe(JSON.stringify(plain));
        expect([...lazy].map((c) => c.id)).toEqual(plain.map((c) => c.id));
        expect(lazy.filter((c) => c.cost > 1).length).toBe(plain.filter((c) => c.cost > 1).length);
        expect(Object.keys(lazy)).toEqual(Object.keys(plain));
        // Each credential still the document's, decoded once; those replaced never.
        const still = catalog.credentials.filter((_, i) => ownBytes(lazy, i) !== undefined);
        expect(decodedCount(lazy)).toBe(still.length);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps each decoded credential, and its bytes until it is replaced', () => {
    const catalog: Catalog = {
      format: 'pathwise.catalog/v1',
      credentials: [fresh(), fresh()],
    };
    const lazy = lazyOf(catalog).credentials;
    expect(lazy[0]).toBe(lazy[0]);
    expect(decodedCount(lazy)).toBe(1);
    const copy = lazy.slice();
    expect(copy[0]).toBe(lazy[0]);
    copy[1] = fresh();
    expect(ownBytes(copy, 1)).toBeUndefined();
    expect(new TextDecoder().decode(ownBytes(lazy, 1))).toBe(
      JSON.stringify(catalog.credentials[1]),
    );
    expect(ownBytes(catalog.credentials, 0)).toBeUndefined();
    expect(differingPositions(catalog.credentials, lazy)).toBeUndefined();
    expect(differingPositions(lazy, copy)).toEqual([1]);
    expect(decodedCount(lazy)).toBe(1);
    expect(() => {
      'use strict';
      delete (copy as unknown as Record<number, unknown>)[0];
    }).toThrow(TypeError);
  });
});

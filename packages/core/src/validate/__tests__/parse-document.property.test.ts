// parseCatalogBytes (the first import of a huge catalog file: validated holding one credential at a
// time) against parseCatalogJson of the same text: on random valid catalogs, on the same broken by
// random mutations, and on texts that are not JSON in ways a scan for the credentials could miss
// (a missing or doubled comma, a trailing comma, text between credentials, a byte-order mark), it
// gives the same catalog or the same faults, in the same order. A compiler is fed every credential,
// in order, once, when the catalog is valid.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CatalogInvalidError,
  decodedCount,
  isLazyCredentials,
  parseCatalogBytes,
  parseCatalogJson,
  type Catalog,
  type Credential,
} from '@pathwise/core';
import { validCatalog } from './random-catalog.js';
import { apply, mutation, type Json } from './mutate-catalog.js';

const encoder = new TextEncoder();

type Outcome = { catalog: unknown } | { faults: unknown };

function outcome(read: () => Catalog): Outcome {
  try {
    return { catalog: read() };
  } catch (error) {
    if (error instanceof CatalogInvalidError) return { faults: error.faults };
    throw error;
  }
}

/** Reads `text` both ways; @returns what parseCatalogBytes gave */
function same(text: string): Outcome {
  const expected = outcome(() => parseCatalogJson(text));
  const actual = outcome(() => parseCatalogBytes(encoder.encode(text)).catalog);
  // A lazy list compares as the array it stands for.
  const plain = (o: Outcome): unknown =>
    'catalog' in o ? JSON.parse(JSON.stringify(o.catalog)) : o;
  expect(plain(actual)).toEqual(plain(expected));
  return actual;
}

/** A compiler that records what it is fed. */
function recorder(): {
  fed: [number, string][];
  ids: string[][];
  compile: (ids: string[]) => { add(i: number, c: Credential): void; finish(): number };
} {
  const fed: [number, string][] = [];
  const ids: string[][] = [];
  return {
    fed,
    ids,
    compile: (given) => {
      ids.push(given);
      return { add: (i, c) => fed.push([i, c.id]), finish: () => fed.length };
    },
  };
}

const indents = fc.constantFrom(undefined, 1, '\t');

/** A course named by its id, with any more fields. */
const course = (id: string, more: Json = {}): Json => ({
  id,
  name: id.toUpperCase(),
  kind: 'course',
  cost: 1,
  durationWeeks: 1,
  ...more,
});

/** A v1 catalog of the given credentials and no providers. */
const coursesCatalog = (...credentials: Json[]): Json => ({
  format: 'pathwise.catalog/v1',
  providers: [],
  credentials,
});

describe('parseCatalogBytes', () => {
  for (const version of [1, 2] as const) {
    it(`reads valid v${version} catalogs as parseCatalogJson does, decoding none to keep`, () => {
      fc.assert(
        fc.property(validCatalog(version), indents, (doc, indent) => {
          const text = JSON.stringify(doc, null, indent);
          same(text);
          const { catalog } = parseCatalogBytes(encoder.encode(text));
          expect(isLazyCredentials(catalog.credentials)).toBe(true);
          expect(decodedCount(catalog.credentials)).toBe(0);
        }),
        { numRuns: 150 },
      );
    });

    it(`gives the faults parseCatalogJson gives on mutated v${version} catalogs`, () => {
      fc.assert(
        fc.property(
          validCatalog(version),
          fc.array(mutation, { minLength: 1, maxLength: 6 }),
          indents,
          (catalog, changes, indent) => {
            const doc = structuredClone(catalog) as Json;
            for (const m of changes) apply(doc, m);
            same(JSON.stringify(doc, null, indent));
          },
        ),
        { numRuns: 300 },
      );
    });

    it(`feeds a compiler each credential of a valid v${version} catalog once, in order`, () => {
      fc.assert(
        fc.property(validCatalog(version), (doc) => {
          const text = JSON.stringify(doc);
          const r = recorder();
          const { catalog, compiled } = parseCatalogBytes(encoder.encode(text), r.compile);
          const ids = catalog.credentials.map((c) => c.id);
          expect(r.fed).toEqual(ids.map((id, i) => [i, id]));
          expect(r.ids).toEqual(ids.length === 0 ? [] : [ids]);
          expect(compiled).toBe(ids.length === 0 ? undefined : ids.length);
        }),
        { numRuns: 100 },
      );
    });
  }

  it('feeds a compiler nothing past the first fault, and throws the faults', () => {
    const doc = coursesCatalog(course('a'), course('b', { requires: 'ghost' }), course('c'));
    const r = recorder();
    expect(() => parseCatalogBytes(encoder.encode(JSON.stringify(doc)), r.compile)).toThrow(
      CatalogInvalidError,
    );
    expect(r.fed).toEqual([[0, 'a']]);
  });

  it('refuses what is not JSON between, around or before the credentials as NOT_JSON', () => {
    const doc = coursesCatalog(course('a'), course('b'));
    const text = JSON.stringify(doc);
    const between = text.indexOf('},{') + 1;
    const broken = [
      text.slice(0, between) + text.slice(between + 1), // no comma
      text.slice(0, between) + ',' + text.slice(between), // two commas
      text.replace('}]', '},]'), // a trailing comma
      text.replace('[{', '[,{'), // a leading comma
      text.slice(0, between) + ' x ' + text.slice(between), // text between
      text.replace('"b"', '"b'), // a credential that is not JSON
      text + '}', // the document around them is not JSON
      '\ufeff' + text, // a byte-order mark, which JSON.parse refuses
    ];
    for (const t of broken) {
      const result = same(t);
      expect(result).toEqual({ faults: [expect.objectContaining({ code: 'NOT_JSON' })] });
    }
  });
});

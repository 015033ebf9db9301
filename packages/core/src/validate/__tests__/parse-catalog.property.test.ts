// Property tests of the validator: random valid v2 catalogs (every v2 field, offers) parse and come
// back unchanged; a v1 document means the same under v2 (valid stays valid, and a broken one gets
// the same faults whichever of the two formats it says).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCatalog, validateCatalog } from '@pathwise/core';
import { validCatalog } from './random-catalog.js';

type Json = Record<string, any>;

/** Ways to break a v1 document, none of them touching a v2 field. */
const breakages: ((c: Json) => void)[] = [
  (c) => (c.credentials[0].cost = -1),
  (c) => (c.credentials[0].kind = 'diploma'),
  (c) => (c.credentials[0].prize = 1),
  (c) => c.credentials.push({ ...c.credentials[0] }),
  (c) => (c.credentials[c.credentials.length - 1].requires = { any: ['ghost'] }),
  (c) => (c.credentials[0].requires = { all: ['c0'] }),
  (c) => (c.credentials[0].provider = 'nobody'),
  (c) => {
    c.credentials[0].durationWeeks = 1e308; // alone still finite; with its copy the sum is not
    c.credentials.push({ ...c.credentials[0], id: 'copy' });
  },
  (c) => delete c.credentials[0].name,
];

describe('validateCatalog on random catalogs', () => {
  it('accepts every generated v2 catalog and returns it unchanged', () => {
    fc.assert(
      fc.property(validCatalog(2), (catalog) => {
        const copy = structuredClone(catalog);
        const result = validateCatalog(catalog);
        expect(result.ok ? [] : result.faults).toEqual([]);
        expect(parseCatalog(catalog)).toBe(catalog);
        expect(catalog).toEqual(copy);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts every generated v1 catalog, and the same document labelled v2', () => {
    fc.assert(
      fc.property(validCatalog(1), (catalog) => {
        expect(parseCatalog(catalog)).toBe(catalog);
        const v2 = { ...catalog, format: 'pathwise.catalog/v2' };
        expect(parseCatalog(v2)).toBe(v2);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a broken v1 document the same faults whether it says v1 or v2', () => {
    fc.assert(
      fc.property(validCatalog(1), fc.subarray(breakages, { minLength: 1 }), (catalog, breaks) => {
        const broken = structuredClone(catalog);
        for (const b of breaks) b(broken);
        const asV1 = validateCatalog(broken);
        const asV2 = validateCatalog({ ...broken, format: 'pathwise.catalog/v2' });
        expect(asV1.ok).toBe(false);
        expect(asV2).toEqual(asV1);
      }),
      { numRuns: 300 },
    );
  });
});

// Property tests of the validator: random valid v2 catalogs (every v2 field, offers) parse and come
// back unchanged; one v2 rule broken in a random valid catalog gives exactly its fault; a v1 document
// means the same under v2 (valid stays valid, and a broken one gets the same faults either way).
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

/** One v2 rule broken in credential `i` (or the offers), and the one fault it must give. */
const v2Breakages: [string, (c: Json, i: number) => [string, string]][] = [
  [
    'a yearly start on --02-29',
    (c, i) => {
      c.credentials[i].starts = ['--02-29'];
      return ['BAD_VALUE', `credentials[${i}].starts[0]`];
    },
  ],
  [
    'an alias equal to a credential id',
    (c, i) => {
      c.credentials[i].aliases = ['c0'];
      return ['DUPLICATE_ID', `credentials[${i}].aliases[0]`];
    },
  ],
  [
    'an offer id equal to a credential id',
    (c, i) => {
      c.offers = [{ id: `c${i}`, name: 'O', price: 1, prices: { c0: 0 } }];
      return ['DUPLICATE_ID', 'offers[0].id'];
    },
  ],
  [
    'a renewal by the credential itself',
    (c, i) => {
      c.credentials[i].validityMonths = 12;
      c.credentials[i].renewal = { cost: 1, by: [`c${i}`] };
      return ['BAD_VALUE', `credentials[${i}].renewal.by[0]`];
    },
  ],
  [
    'a renewal without validityMonths',
    (c, i) => {
      delete c.credentials[i].validityMonths;
      c.credentials[i].renewal = { cost: 1 };
      return ['MISSING_FIELD', `credentials[${i}].validityMonths`];
    },
  ],
  [
    'a fixed credential with effort and no weeks',
    (c, i) => {
      Object.assign(c.credentials[i], { pace: 'fixed', effortHours: 10, durationWeeks: 0 });
      return ['BAD_NUMBER', `credentials[${i}].durationWeeks`];
    },
  ],
  [
    'an offer pricing a credential that does not exist',
    (c) => {
      c.offers = [{ id: 'o', name: 'O', price: 1, prices: { ghost: 0 } }];
      return ['DANGLING_CREDENTIAL', 'offers[0].prices.ghost'];
    },
  ],
];

describe('validateCatalog on random catalogs', () => {
  it('gives exactly the fault of one v2 rule broken in a valid v2 catalog', () => {
    fc.assert(
      fc.property(
        validCatalog(2),
        fc.constantFrom(...v2Breakages),
        fc.nat(),
        (catalog, [, breakIt], pick) => {
          const i = pick % (catalog.credentials as unknown[]).length;
          const broken = structuredClone(catalog) as Json;
          const expected = breakIt(broken, i);
          const result = validateCatalog(broken);
          expect(result.ok ? [] : result.faults.map((f) => [f.code, f.path])).toEqual([expected]);
        },
      ),
      { numRuns: 300 },
    );
  });

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

import { describe, expect, it } from 'vitest';
import {
  CatalogInvalidError,
  parseCatalog,
  parseCatalogJson,
  validateCatalog,
} from '@pathwise/core';
import type { CatalogFault } from '@pathwise/core';

/** A small valid catalog; each test breaks one thing in a copy. */
function base(): Record<string, any> {
  return {
    format: 'pathwise.catalog/v1',
    currency: 'USD',
    providers: [{ id: 'u', name: 'State U', kind: 'university' }],
    credentials: [
      { id: 'a', name: 'A', kind: 'course', provider: 'u', cost: 10, durationWeeks: 2, credits: 3 },
      { id: 'b', name: 'B', kind: 'course', provider: 'u', cost: 20, durationWeeks: 1, credits: 2 },
      {
        id: 'c',
        name: 'C',
        kind: 'badge',
        cost: 5,
        durationWeeks: 1,
        requires: { any: ['a', 'b'] },
      },
      {
        id: 'cert',
        name: 'Cert',
        kind: 'certificate',
        provider: 'u',
        cost: 100,
        durationWeeks: 4,
        'x-note': 'kept as is',
        requires: { all: ['c', { atLeast: 1, of: ['a', 'b'] }, { credits: 5, of: ['a', 'b'] }] },
      },
    ],
  };
}

function faultsOf(input: unknown): CatalogFault[] {
  const result = validateCatalog(input);
  if (result.ok) throw new Error('expected the catalog to be refused');
  return result.faults;
}

function only(input: unknown): Pick<CatalogFault, 'code' | 'path' | 'ids'> {
  const faults = faultsOf(input);
  expect(faults).toHaveLength(1);
  const { code, path, ids } = faults[0]!;
  return { code, path, ids };
}

describe('parseCatalog', () => {
  it('accepts a valid catalog and returns it unchanged', () => {
    const input = base();
    const copy = structuredClone(input);
    expect(parseCatalog(input)).toBe(input);
    expect(input).toEqual(copy);
  });

  it('throws CatalogInvalidError with every fault', () => {
    const input = base();
    input.credentials[0].cost = -1;
    input.credentials[1].kind = 'diploma';
    try {
      parseCatalog(input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogInvalidError);
      expect((error as CatalogInvalidError).code).toBe('CATALOG_INVALID');
      expect((error as CatalogInvalidError).faults.map((f) => f.code)).toEqual([
        'BAD_NUMBER',
        'BAD_VALUE',
      ]);
    }
  });
});

describe('fault classes', () => {
  it('NOT_JSON for text that is not JSON', () => {
    try {
      parseCatalogJson('{"format": ');
      expect.unreachable();
    } catch (error) {
      expect((error as CatalogInvalidError).faults.map((f) => [f.code, f.path])).toEqual([
        ['NOT_JSON', ''],
      ]);
    }
  });

  it('WRONG_TYPE for a document that is not an object', () => {
    expect(only([])).toEqual({ code: 'WRONG_TYPE', path: '', ids: [] });
  });

  it('BAD_FORMAT for another format string', () => {
    const c = base();
    c.format = 'pathwise.catalog/v3';
    expect(only(c)).toMatchObject({ code: 'BAD_FORMAT', path: 'format' });
  });

  it('MISSING_FIELD for each required field', () => {
    const c = base();
    delete c.credentials[1].cost;
    delete c.providers[0].name;
    expect(faultsOf(c).map((f) => [f.code, f.path, f.ids])).toEqual([
      ['MISSING_FIELD', 'providers[0].name', ['u']],
      ['MISSING_FIELD', 'credentials[1].cost', ['b']],
    ]);
  });

  it('UNKNOWN_FIELD for fields outside the format, but keeps x- extensions', () => {
    const c = base();
    c.credentials[0].prize = 1;
    c.credentials[2].requires = { any: ['a'], note: 'x' };
    expect(faultsOf(c).map((f) => [f.code, f.path])).toEqual([
      ['UNKNOWN_FIELD', 'credentials[0].prize'],
      ['UNKNOWN_FIELD', 'credentials[2].requires.note'],
    ]);
  });

  it('WRONG_TYPE for a field of the wrong type', () => {
    const c = base();
    c.credentials[0].cost = '10';
    expect(only(c)).toEqual({ code: 'WRONG_TYPE', path: 'credentials[0].cost', ids: ['a'] });
  });

  it('BAD_ID for ids outside the allowed characters', () => {
    const c = base();
    c.credentials[1].id = 'b b';
    c.credentials[2].requires = { any: ['a', 'b b'] };
    expect(faultsOf(c).map((f) => [f.code, f.path])).toEqual([
      ['BAD_ID', 'credentials[1].id'],
      ['BAD_ID', 'credentials[2].requires.any[1]'],
      ['DANGLING_CREDENTIAL', 'credentials[3].requires.all[1].of[1]'],
      ['DANGLING_CREDENTIAL', 'credentials[3].requires.all[2].of[1]'],
    ]);
  });

  it('DUPLICATE_ID for a credential or provider id used twice, and for a member listed twice in a group', () => {
    const c = base();
    c.credentials.push({ ...c.credentials[0] });
    c.providers.push({ id: 'u', name: 'Again' });
    c.credentials[2].requires = { any: ['a', 'b', 'a'] };
    expect(faultsOf(c).map((f) => [f.code, f.path, f.ids])).toEqual([
      ['DUPLICATE_ID', 'credentials[2].requires.any[2]', ['a']],
      ['DUPLICATE_ID', 'providers[1].id', ['u']],
      ['DUPLICATE_ID', 'credentials[4].id', ['a']],
    ]);
  });

  it('DANGLING_CREDENTIAL and DANGLING_PROVIDER name the missing id', () => {
    const c = base();
    c.credentials[2].requires = { any: ['a', 'ghost'] };
    c.credentials[1].provider = 'nobody';
    expect(faultsOf(c).map((f) => [f.code, f.path, f.ids])).toEqual([
      ['DANGLING_PROVIDER', 'credentials[1].provider', ['nobody', 'b']],
      ['DANGLING_CREDENTIAL', 'credentials[2].requires.any[1]', ['ghost', 'c']],
    ]);
  });

  it('CYCLE names the members along the cycle', () => {
    const c = base();
    c.credentials[0].requires = 'cert';
    expect(only(c)).toEqual({ code: 'CYCLE', path: 'credentials[0].requires', ids: ['a', 'cert'] });
    const self = base();
    self.credentials[1].requires = { all: ['b'] };
    expect(only(self)).toEqual({ code: 'CYCLE', path: 'credentials[1].requires', ids: ['b'] });
  });

  it('CYCLE reports each separate cycle once', () => {
    const c = base();
    c.credentials[0].requires = 'b';
    c.credentials[1].requires = { any: ['a'] };
    c.credentials[2].requires = { all: ['cert'] };
    expect(faultsOf(c).map((f) => [f.code, f.path, f.ids])).toEqual([
      ['CYCLE', 'credentials[0].requires', ['a', 'b']],
      ['CYCLE', 'credentials[2].requires', ['c', 'cert']],
    ]);
  });

  it('CYCLE finds a 50,000-member cycle without recursion limits', () => {
    const n = 50_000;
    const credentials = Array.from({ length: n }, (_, i) => ({
      id: `k${i}`,
      name: `K${i}`,
      kind: 'course',
      cost: 1,
      durationWeeks: 1,
      requires: `k${(i + 1) % n}`,
    }));
    const faults = faultsOf({ format: 'pathwise.catalog/v1', credentials });
    expect(faults).toHaveLength(1);
    expect(faults[0]!.code).toBe('CYCLE');
    expect(faults[0]!.ids).toHaveLength(n);
  });

  it('UNREACHABLE_CREDITS when the listed credits cannot add up to the threshold', () => {
    const c = base();
    c.credentials[3].requires = { credits: 6, of: ['a', 'b'] };
    expect(only(c)).toEqual({
      code: 'UNREACHABLE_CREDITS',
      path: 'credentials[3].requires.credits',
      ids: ['cert', 'a', 'b'],
    });
  });

  it('K_OUT_OF_RANGE when atLeast is below 1 or above the number of options', () => {
    const c = base();
    c.credentials[2].requires = { atLeast: 3, of: ['a', 'b'] };
    c.credentials[3].requires = { atLeast: 0, of: ['a'] };
    expect(faultsOf(c).map((f) => [f.code, f.path])).toEqual([
      ['K_OUT_OF_RANGE', 'credentials[2].requires.atLeast'],
      ['K_OUT_OF_RANGE', 'credentials[3].requires.atLeast'],
    ]);
  });

  it('EMPTY_GROUP for an empty all / any / of list', () => {
    const c = base();
    c.credentials[2].requires = { all: [{ any: [] }] };
    expect(only(c)).toEqual({
      code: 'EMPTY_GROUP',
      path: 'credentials[2].requires.all[0].any',
      ids: ['c'],
    });
  });

  it('BAD_NUMBER for negative, non-finite and fractional-where-whole numbers', () => {
    const c = base();
    c.credentials[0].cost = -5;
    c.credentials[0].durationWeeks = Infinity;
    c.credentials[1].effortHours = Number.NaN;
    c.credentials[1].validityMonths = 1.5;
    c.credentials[2].level = 9;
    c.credentials[3].requires = { credits: 0, of: ['a'] };
    expect(faultsOf(c).map((f) => [f.code, f.path])).toEqual([
      ['BAD_NUMBER', 'credentials[0].cost'],
      ['BAD_NUMBER', 'credentials[0].durationWeeks'],
      ['BAD_NUMBER', 'credentials[1].effortHours'],
      ['BAD_NUMBER', 'credentials[1].validityMonths'],
      ['BAD_NUMBER', 'credentials[2].level'],
      ['BAD_NUMBER', 'credentials[3].requires.credits'],
    ]);
  });

  it('BAD_NUMBER for a JSON number too large to be finite', () => {
    try {
      parseCatalogJson(JSON.stringify(base()).replace('"cost":10', '"cost":1e999'));
      expect.unreachable();
    } catch (error) {
      expect((error as CatalogInvalidError).faults.map((f) => [f.code, f.path])).toEqual([
        ['BAD_NUMBER', 'credentials[0].cost'],
      ]);
    }
  });

  it('lists every fault of a badly broken catalog at once', () => {
    const faults = faultsOf({
      format: 'pathwise.catalog/v1',
      currency: 'usd',
      providers: [{ id: 'p', name: '' }],
      credentials: [
        {
          id: 'x',
          name: 'X',
          kind: 'course',
          cost: 1,
          durationWeeks: 1,
          requires: { any: ['y', 'z'], all: [] },
        },
        {
          id: 'y',
          name: 'Y',
          kind: 'course',
          cost: 1,
          durationWeeks: 1,
          requires: { atLeast: 1, of: ['x'] },
        },
        { id: 'z', kind: 'course', provider: 'q', cost: 1, durationWeeks: 1 },
      ],
    });
    expect(faults).toMatchInlineSnapshot(`
      [
        {
          "code": "BAD_VALUE",
          "ids": [],
          "message": "currency must be a three-letter ISO 4217 code such as "USD"",
          "path": "currency",
        },
        {
          "code": "BAD_VALUE",
          "ids": [
            "p",
          ],
          "message": ""name" must not be empty",
          "path": "providers[0].name",
        },
        {
          "code": "WRONG_TYPE",
          "ids": [
            "x",
          ],
          "message": "a requirement group has one form, found "all" and "any"",
          "path": "credentials[0].requires",
        },
        {
          "code": "MISSING_FIELD",
          "ids": [
            "z",
          ],
          "message": "missing required field "name"",
          "path": "credentials[2].name",
        },
        {
          "code": "DANGLING_PROVIDER",
          "ids": [
            "q",
            "z",
          ],
          "message": "provider "q" is not listed in "providers"",
          "path": "credentials[2].provider",
        },
      ]
    `);
  });
});

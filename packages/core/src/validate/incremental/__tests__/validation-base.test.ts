// ValidationBase builds who-names-what on the first update that asks (a publish of new credentials
// never does). Built after the base was advanced, it must describe the catalog as it then is: the
// credentials a first publish appended are named, and a second publish that breaks their rules is
// refused exactly as validating the whole catalog refuses it. Given the ids each `requires` names (a
// store's compiled index), it reverses them, and walks what they cannot hold: renewals' `by` ids and
// the credentials changed since.
import { describe, expect, it } from 'vitest';
import {
  ValidationBase,
  validateCatalog,
  validateCatalogUpdate,
  type Catalog,
  type Credential,
  type RequiresRows,
} from '@pathwise/core';
import { course } from '../../../__tests__/support/course.js';

/** @returns the positions of `catalog`'s ids, and the ids each `requires` names (bare ids only) */
function givenLookups(catalog: Catalog): [Map<string, number>, RequiresRows] {
  const positions = new Map(catalog.credentials.map((c, i) => [c.id, i]));
  const start = [0];
  const named: number[] = [];
  for (const c of catalog.credentials) {
    if (typeof c.requires === 'string') named.push(positions.get(c.requires)!);
    start.push(named.length);
  }
  return [positions, { start: Int32Array.from(start), named: Int32Array.from(named) }];
}

/** @returns the credential indices `base` says name the credential at `t`, sorted, once each */
function namersOf(base: ValidationBase, t: number): number[] {
  const out = new Set<number>();
  base.credentialsNaming(t, (i) => out.add(i));
  return [...out].sort((a, b) => a - b);
}

/**
 * Publishes `first` (appends only), advances the base, then `second`; @returns the second's result
 * @param given - whether the base is given the start catalog's positions and `requires` rows
 */
function twoPublishes(
  start: Credential[],
  first: Credential[],
  second: (current: Credential[]) => Credential[],
  given = false,
) {
  const catalog: Catalog = { format: 'pathwise.catalog/v1', credentials: start };
  const [positions, rows] = given ? givenLookups(catalog) : [];
  const base = new ValidationBase(catalog, positions, rows);
  const v1: Catalog = { ...catalog, credentials: [...start, ...first] };
  const update = validateCatalogUpdate(base, v1);
  expect(update?.result.ok).toBe(true);
  base.advance(v1, update!.changed);
  const v2: Catalog = { ...v1, credentials: second(v1.credentials) };
  const result = validateCatalogUpdate(base, v2)?.result;
  expect(result).toEqual(validateCatalog(v2));
  return result;
}

describe.each([false, true])(
  'ValidationBase after an append-only publish (given rows: %s)',
  (given) => {
    it('rechecks an appended credential whose credit threshold a later publish breaks', () => {
      const result = twoPublishes(
        [course('a', { credits: 3 })],
        [course('b', { requires: { credits: 3, of: ['a'] } })],
        (cs) => cs.map((c) => (c.id === 'a' ? course('a', { credits: 1 }) : c)),
        given,
      );
      expect(result?.ok).toBe(false);
    });

    it('finds the cycle a later publish closes through an appended credential', () => {
      const result = twoPublishes(
        [course('a')],
        [course('b', { requires: 'a' })],
        (cs) => cs.map((c) => (c.id === 'a' ? course('a', { requires: 'b' }) : c)),
        given,
      );
      expect(result?.ok).toBe(false);
    });
  },
);

describe('ValidationBase given requires rows', () => {
  const catalog: Catalog = {
    format: 'pathwise.catalog/v2',
    credentials: [
      course('a'),
      course('b', { requires: 'a' }),
      course('c', { requires: 'a', validityMonths: 12, renewal: { cost: 5, by: ['d'] } }),
      course('d'),
    ],
  };

  it("reverses the rows and adds each renewal's `by` ids, which rows do not hold", () => {
    const base = new ValidationBase(catalog, ...givenLookups(catalog));
    expect(namersOf(base, 0)).toEqual([1, 2]);
    expect(namersOf(base, 3)).toEqual([2]);
    expect(namersOf(base, 1)).toEqual([]);
  });

  it('walks the credentials changed since the rows, and drops the rows when an id moved', () => {
    const base = new ValidationBase(catalog, ...givenLookups(catalog));
    const appended: Catalog = {
      ...catalog,
      credentials: [...catalog.credentials, course('e', { requires: 'b' })],
    };
    base.advance(appended, [4]);
    expect(namersOf(base, 1)).toEqual([4]);
    const other = new ValidationBase(catalog, ...givenLookups(catalog));
    const moved: Catalog = {
      ...catalog,
      credentials: [
        course('a'),
        course('x', { requires: 'd' }),
        ...catalog.credentials.slice(2),
        course('b', { requires: 'd' }),
      ],
    };
    other.advance(moved, [1, 4]);
    expect(namersOf(other, 0)).toEqual([2]);
    expect(namersOf(other, 3)).toEqual([1, 2, 4]);
  });
});

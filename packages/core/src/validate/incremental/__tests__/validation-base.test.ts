// ValidationBase builds who-names-what on the first update that asks (a publish of new credentials
// never does). Built after the base was advanced, it must describe the catalog as it then is: the
// credentials a first publish appended are named, and a second publish that breaks their rules is
// refused exactly as validating the whole catalog refuses it. Given the ids each `requires` names (a
// store's compiled index), it reverses them, and walks what they cannot hold: renewals' `by` ids and
// the credentials changed since. Given the aliases, renewals and sums too, it reads no credential to
// be built, and refuses what validating whole refuses.
import { describe, expect, it } from 'vitest';
import {
  ValidationBase,
  decodedCount,
  readCatalogDocument,
  validateCatalog,
  validateCatalogUpdate,
  writeCatalogDocument,
  type Catalog,
  type Credential,
  type CredentialLookups,
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

describe('ValidationBase given lookups (aliases, renewals, sums) over a catalog decoded on demand', () => {
  /** @returns the catalog, one of its costs `cost` */
  const catalogOf = (cost: number): Catalog => ({
    format: 'pathwise.catalog/v2',
    credentials: [
      course('a', { aliases: ['A-old'] }),
      course('b', { requires: 'a', cost }),
      course('c', { requires: 'a', validityMonths: 12, renewal: { cost: 5, by: ['d'] } }),
      course('d'),
    ],
  });
  /**
   * @param cost - the cost of b (1e308 and more: the sum of costs is near the largest double)
   * @returns a base built from the lookups alone, over the catalog read back from its JSON
   */
  const lazyBase = (cost = 1e308): { base: ValidationBase; read: Catalog } => {
    const catalog = catalogOf(cost);
    const lookups: CredentialLookups = {
      aliases: [['A-old', 0]],
      renewals: [2],
      sums: { cost: cost + 8, weeks: 4, effort: 0, credits: 0 },
    };
    const read = readCatalogDocument(writeCatalogDocument(catalog)) as Catalog;
    const base = new ValidationBase(read, ...givenLookups(catalog), lookups);
    expect(decodedCount(read.credentials)).toBe(0);
    return { base, read };
  };
  /**
   * Publishes `c` at position `i` (or appended) against `base`.
   * @returns the result, and how many credentials were decoded to reach it
   */
  const publish = (base: ValidationBase, read: Catalog, i: number, c: Credential) => {
    const credentials = read.credentials.slice();
    credentials[i] = c;
    const next = { ...read, credentials };
    const result = validateCatalogUpdate(base, next)?.result;
    const decoded = decodedCount(read.credentials)!;
    expect(result).toEqual(validateCatalog(next));
    return { ok: result?.ok, decoded };
  };

  it("names each renewal's `by` ids from the lookups: only the renewing credential is read", () => {
    const { base, read } = lazyBase();
    expect(namersOf(base, 3)).toEqual([2]);
    expect(decodedCount(read.credentials)).toBe(1);
    // Renaming d leaves c's renewal naming an id that is gone.
    expect(publish(base, read, 3, course('e')).ok).toBe(false);
  });

  it('refuses an alias another credential holds, and a sum past the largest double, from the lookups', () => {
    const first = lazyBase();
    const taken = publish(first.base, first.read, 4, course('f', { aliases: ['A-old'] }));
    expect(taken.ok).toBe(false);
    // A small cost on top of the largest double: only the sums' bound tells that it overflows.
    const second = lazyBase(Number.MAX_VALUE);
    const overflow = publish(second.base, second.read, 4, course('g', { cost: 1e299 }));
    expect(overflow.ok).toBe(false);
    // Far from the largest double, a valid publish reads no credential it does not change.
    const fine = lazyBase(1);
    expect(publish(fine.base, fine.read, 4, course('h'))).toEqual({ ok: true, decoded: 0 });
  });
});

// ValidationBase builds who-names-what on the first update that asks (a publish of new credentials
// never does). Built after the base was advanced, it must describe the catalog as it then is: the
// credentials a first publish appended are named, and a second publish that breaks their rules is
// refused exactly as validating the whole catalog refuses it.
import { describe, expect, it } from 'vitest';
import {
  ValidationBase,
  validateCatalog,
  validateCatalogUpdate,
  type Catalog,
  type Credential,
} from '@pathwise/core';
import { course } from '../../../__tests__/support/course.js';

/** Publishes `first` (appends only), advances the base, then `second`; @returns the second's result */
function twoPublishes(
  start: Credential[],
  first: Credential[],
  second: (current: Credential[]) => Credential[],
) {
  const catalog: Catalog = { format: 'pathwise.catalog/v1', credentials: start };
  const base = new ValidationBase(catalog);
  const v1: Catalog = { ...catalog, credentials: [...start, ...first] };
  const update = validateCatalogUpdate(base, v1);
  expect(update?.result.ok).toBe(true);
  base.advance(v1, update!.changed);
  const v2: Catalog = { ...v1, credentials: second(v1.credentials) };
  const result = validateCatalogUpdate(base, v2)?.result;
  expect(result).toEqual(validateCatalog(v2));
  return result;
}

describe('ValidationBase after an append-only publish', () => {
  it('rechecks an appended credential whose credit threshold a later publish breaks', () => {
    const result = twoPublishes(
      [course('a', { credits: 3 })],
      [course('b', { requires: { credits: 3, of: ['a'] } })],
      (cs) => cs.map((c) => (c.id === 'a' ? course('a', { credits: 1 }) : c)),
    );
    expect(result?.ok).toBe(false);
  });

  it('finds the cycle a later publish closes through an appended credential', () => {
    const result = twoPublishes([course('a')], [course('b', { requires: 'a' })], (cs) =>
      cs.map((c) => (c.id === 'a' ? course('a', { requires: 'b' }) : c)),
    );
    expect(result?.ok).toBe(false);
  });
});

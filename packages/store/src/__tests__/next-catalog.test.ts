// nextCatalog validates each change against the previous catalog's ValidationBase (issue 14): a
// dry run's change (validated, never kept) does not move the store's base on, and the base follows
// the changes that are kept, so later faults are those whole validation gives.
import { describe, expect, it } from 'vitest';
import {
  CatalogInvalidError,
  applyCatalogChange,
  parseCatalog,
  validateCatalog,
  type Catalog,
  type CatalogChange,
} from '@pathwise/core';
import { nextCatalog } from '../next-catalog.js';
import { makeCredential, richCatalog } from '../contract/catalog-fixtures.js';

const publish = (...credentials: ReturnType<typeof makeCredential>[]): CatalogChange => ({
  kind: 'publish',
  provider: 'corp',
  credentials,
});

/** @returns the fault codes nextCatalog refuses `change` with, or [] when it accepts it */
function codes(catalog: Catalog, version: number, change: CatalogChange): string[] {
  try {
    nextCatalog({ version, catalog }, change, {});
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogInvalidError);
    return (error as CatalogInvalidError).faults.map((f) => f.code);
  }
}

/** @returns the fault codes whole validation gives the catalog the change makes */
function wholeCodes(catalog: Catalog, change: CatalogChange): string[] {
  const result = validateCatalog(applyCatalogChange(catalog, change));
  return result.ok ? [] : result.faults.map((f) => f.code);
}

describe('nextCatalog', () => {
  it('keeps the base of the kept catalog, not of a dry run', () => {
    const v1 = parseCatalog(richCatalog());
    // A dry run adds "dry" on msc; the kept change adds "kept" on msc instead.
    nextCatalog(
      { version: 1, catalog: v1 },
      publish(makeCredential('dry', 'corp', { requires: 'msc' })),
      {},
    );
    const v2 = nextCatalog(
      { version: 1, catalog: v1 },
      publish(makeCredential('kept', 'corp', { requires: 'msc' })),
      {},
    );
    // py requiring "kept" closes a cycle (kept → msc → py); requiring "dry" names nothing.
    for (const change of [
      publish(makeCredential('py', 'corp', { credits: 2, requires: 'kept' })),
      publish(makeCredential('py', 'corp', { credits: 2, requires: 'dry' })),
      publish(makeCredential('sql', 'corp', { credits: 0 })),
      publish(makeCredential('viz', 'corp', { credits: 1, requires: 'analyst' })),
    ]) {
      expect(codes(v2, 2, change)).toEqual(wholeCodes(v2, change));
    }
    expect(codes(v2, 2, publish(makeCredential('py', 'corp', { requires: 'kept' })))).toContain(
      'CYCLE',
    );
    expect(codes(v2, 2, publish(makeCredential('py', 'corp', { requires: 'dry' })))).toContain(
      'DANGLING_CREDENTIAL',
    );
  });
});

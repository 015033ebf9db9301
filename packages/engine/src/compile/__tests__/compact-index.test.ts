// The compact index and the CatalogIndex view over it against core's own indexCatalog.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDENTIAL_KINDS,
  aliasesOf,
  decodedCount,
  indexCatalog,
  readCatalogDocument,
  resolveCredentialId,
  writeCatalogDocument,
  type Catalog,
} from '@pathwise/core';
import {
  compileIndex,
  GROUP_ALL,
  GROUP_AT_LEAST,
  GROUP_CREDITS,
  GROUP_REF,
} from '../compact-index.js';
import { catalogIndexView } from '../catalog-index-view.js';
import { catalogArb } from '@pathwise/test-support';
import { makeCatalog, withV2Fields } from './make-catalog.js';

const catalog = makeCatalog(
  ['a', 1, 1, undefined, { credits: 2 }],
  ['b', 2, 1, 'a'],
  ['c', 3, 1, { all: ['a', { atLeast: 1, of: ['b', 'a'] }] }],
  ['d', 4, 1, { credits: 2, of: ['a', 'b'] }],
);

describe('compileIndex', () => {
  const ci = compileIndex(catalog);
  it('interns ids and copies numbers', () => {
    expect(ci.n).toBe(4);
    expect(ci.ids).toEqual(['a', 'b', 'c', 'd']);
    expect(ci.idOf.get('c')).toBe(2);
    expect([...ci.cost]).toEqual([1, 2, 3, 4]);
    expect(ci.credits[0]).toBe(2);
    expect(ci.credits[1]).toBe(0);
  });
  it('compiles requirements to refs: bare id, nested groups children first', () => {
    expect(ci.req[0]).toBe(-1);
    expect(ci.req[1]).toBe(0); // bare id "a"
    const root = ci.req[2]! - GROUP_REF;
    expect(ci.groupKind[root]).toBe(GROUP_ALL);
    const kids = [...ci.groupChildren.subarray(ci.groupStart[root]!, ci.groupStart[root + 1]!)];
    expect(kids[0]).toBe(0);
    const inner = kids[1]! - GROUP_REF;
    expect(inner).toBeLessThan(root);
    expect(ci.groupKind[inner]).toBe(GROUP_AT_LEAST);
    expect(ci.groupParam[inner]).toBe(1);
    const credits = ci.req[3]! - GROUP_REF;
    expect(ci.groupKind[credits]).toBe(GROUP_CREDITS);
    expect(ci.groupParam[credits]).toBe(2);
  });
  it('lists each credential a requirement names once in deps', () => {
    const deps = (i: number) => [...ci.deps.subarray(ci.depStart[i]!, ci.depStart[i + 1]!)].sort();
    expect(deps(2)).toEqual([0, 1]);
    expect(deps(0)).toEqual([]);
  });
});

describe('compileIndex on a catalog that was not validated', () => {
  it('refuses a kind it has no code for rather than filing it under another', () => {
    const odd = makeCatalog(['a', 1, 1, undefined, { kind: 'diploma' as never }]);
    expect(() => compileIndex(odd)).toThrow(/unknown credential kind "diploma"/);
  });
});

describe('catalogIndexView', () => {
  it('has the same lookups as core indexCatalog', () => {
    const view = catalogIndexView(catalog, compileIndex(catalog));
    const core = indexCatalog(catalog);
    expect([...view.byId.keys()]).toEqual([...core.byId.keys()]);
    expect(view.byId.get('c')).toBe(core.byId.get('c'));
    expect(view.byId.get('nope')).toBeUndefined();
    expect(view.byId.size).toBe(4);
    for (const id of ['a', 'b', 'c', 'd']) {
      expect([...view.stacksInto.get(id)!].sort()).toEqual([...core.stacksInto.get(id)!].sort());
    }
  });
});

describe('catalogIndexView aliases', () => {
  it("are core's aliasesOf, and resolve a holding's name without decoding a credential", () => {
    const v2 = withV2Fields(catalog, [1, 9, 0, 5]);
    expect(aliasesOf(v2).size).toBeGreaterThan(0);
    const read = readCatalogDocument(writeCatalogDocument(v2)) as Catalog;
    const view = catalogIndexView(read, compileIndex(v2));
    expect([...view.aliases!]).toEqual([...aliasesOf(v2)]);
    expect(resolveCredentialId(view, 'd~x')).toBe('d');
    expect(resolveCredentialId(view, 'a~old')).toBe('a');
    expect(() => resolveCredentialId(view, 'nobody')).toThrow(/nobody/);
    expect(decodedCount(read.credentials)).toBe(0);
  });
});

describe('catalogIndexView positionsWhere', () => {
  it('keeps the positions a filter on kind and provider keeps, decoding no credential', () => {
    const where = fc.record({
      kinds: fc.option(fc.uniqueArray(fc.constantFrom(...CREDENTIAL_KINDS), { maxLength: 3 })),
      provider: fc.option(fc.nat(4)),
    });
    fc.assert(
      fc.property(catalogArb(12), where, (catalog, { kinds, provider }) => {
        const providerIds = [...(catalog.providers ?? []).map((p) => p.id), 'nobody'];
        const id = provider === null ? null : providerIds[provider % providerIds.length]!;
        const read = readCatalogDocument(writeCatalogDocument(catalog)) as Catalog;
        const view = catalogIndexView(read, compileIndex(catalog));
        const kindSet = kinds === null ? null : new Set<string>(kinds);
        const expected = catalog.credentials.flatMap((c, i) =>
          (kindSet === null || kindSet.has(c.kind)) && (id === null || c.provider === id)
            ? [i]
            : [],
        );
        expect([...view.positionsWhere!(kindSet, id)]).toEqual(expected);
        expect(decodedCount(read.credentials)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

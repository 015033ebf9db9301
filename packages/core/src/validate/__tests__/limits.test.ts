// The rules that keep downstream arithmetic and tree walks safe, in v1 and v2: sums of the
// catalog's figures are finite (BAD_NUMBER), and requirements nest at most MAX_REQUIREMENT_DEPTH
// groups deep (BAD_VALUE), checked without recursion so any depth of input gives a fault.
import { describe, expect, it } from 'vitest';
import {
  MAX_REQUIREMENT_DEPTH,
  isRequirementMet,
  parseCatalogJson,
  requirementIds,
  validateCatalog,
} from '@pathwise/core';
import type { CatalogInvalidError, Requirement } from '@pathwise/core';
import { expectValid, triples, v2Catalog } from './v2-catalog.js';

const course = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: id.toUpperCase(),
  kind: 'course',
  cost: 1,
  durationWeeks: 1,
  ...extra,
});

describe('sums of the catalog figures are finite (BAD_NUMBER)', () => {
  it('refuses the issue example: a (cost 1e308) requires b (cost 1e308)', () => {
    const catalog = {
      format: 'pathwise.catalog/v1',
      credentials: [course('a', { cost: 1e308, requires: 'b' }), course('b', { cost: 1e308 })],
    };
    expect(triples(catalog)).toEqual([['BAD_NUMBER', 'credentials[1].cost', ['b']]]);
    // The same in v2.
    expect(triples({ ...catalog, format: 'pathwise.catalog/v2' })).toEqual([
      ['BAD_NUMBER', 'credentials[1].cost', ['b']],
    ]);
  });

  it('accepts the largest figures whose sums stay finite', () => {
    expectValid({
      format: 'pathwise.catalog/v1',
      credentials: [course('a', { cost: 8e307, requires: 'b' }), course('b', { cost: 8e307 })],
    });
  });

  it('checks weeks, effort and credits separately, one fault per overflowing sum', () => {
    const big = { durationWeeks: 1e308, effortHours: 1e308, credits: 1e308 };
    const faults = triples({
      format: 'pathwise.catalog/v1',
      credentials: [course('a', big), course('b', big), course('c', big)],
    });
    expect(faults).toEqual([
      ['BAD_NUMBER', 'credentials[1].durationWeeks', ['b']],
      ['BAD_NUMBER', 'credentials[1].effortHours', ['b']],
      ['BAD_NUMBER', 'credentials[1].credits', ['b']],
    ]);
  });

  it('counts renewal costs and efforts, offer prices and the prices an offer lists (v2)', () => {
    const renewal = v2Catalog();
    renewal.credentials[0].cost = 1e308;
    renewal.credentials[0].renewal.cost = 1e308;
    expect(triples(renewal)).toEqual([['BAD_NUMBER', 'credentials[0].renewal.cost', ['secplus']]]);
    const effort = v2Catalog();
    effort.credentials[0].renewal.effortHours = 1.7e308;
    effort.credentials[1].effortHours = 1.7e308;
    expect(triples(effort)).toEqual([['BAD_NUMBER', 'credentials[1].effortHours', ['cysa']]]);
    const offer = v2Catalog();
    offer.offers[0].price = 1e308;
    offer.offers[0].prices.cysa = 1e308;
    expect(triples(offer)).toEqual([['BAD_NUMBER', 'offers[0].prices.cysa', ['bundle']]]);
  });

  it('reports a JSON number too large to be finite once, as before', () => {
    const text = JSON.stringify({
      format: 'pathwise.catalog/v1',
      credentials: [course('a'), course('b')],
    }).replace('"cost":1', '"cost":1e999');
    try {
      parseCatalogJson(text);
      expect.unreachable();
    } catch (error) {
      expect((error as CatalogInvalidError).faults.map((f) => [f.code, f.path])).toEqual([
        ['BAD_NUMBER', 'credentials[0].cost'],
      ]);
    }
  });
});

/** JSON text of a catalog whose `b` requires `a` through `depth` nested `all` groups. */
function nestedText(depth: number, format = 'pathwise.catalog/v1'): string {
  const requires = '{"all":['.repeat(depth) + '"a"' + ']}'.repeat(depth);
  const a = JSON.stringify(course('a'));
  return `{"format":"${format}","credentials":[${a},{"id":"b","name":"B","kind":"course","cost":1,"durationWeeks":1,"requires":${requires}}]}`;
}

function nested(depth: number): Requirement {
  let r: Requirement = 'a';
  for (let i = 0; i < depth; i++) r = { all: [r] };
  return r;
}

describe(`requirements nest at most ${MAX_REQUIREMENT_DEPTH} groups deep (BAD_VALUE)`, () => {
  it('accepts exactly the limit, and core reads a tree that deep', () => {
    const catalog = parseCatalogJson(nestedText(MAX_REQUIREMENT_DEPTH));
    const requires = catalog.credentials[1]!.requires!;
    expect(requirementIds(requires)).toEqual(['a']);
    expect(isRequirementMet(requires, new Set(['a']), () => 0)).toBe(true);
  });

  it.each([MAX_REQUIREMENT_DEPTH + 1, 10_000, 100_000])(
    'gives one fault, not a stack overflow, for %i nested groups',
    (depth) => {
      const result = validateCatalog(JSON.parse(nestedText(depth)));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.faults).toHaveLength(1);
      const fault = result.faults[0]!;
      expect([fault.code, fault.ids]).toEqual(['BAD_VALUE', ['b']]);
      expect(fault.path).toBe(`credentials[1].requires${'.all[0]'.repeat(MAX_REQUIREMENT_DEPTH)}`);
    },
  );

  it('applies to an offer requirement too', () => {
    const c = v2Catalog();
    c.offers[1].requires = nested(MAX_REQUIREMENT_DEPTH + 1);
    expect(triples(c)).toEqual([
      ['BAD_VALUE', `offers[1].requires${'.all[0]'.repeat(MAX_REQUIREMENT_DEPTH)}`, ['student']],
    ]);
  });
});

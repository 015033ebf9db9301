// Holdings under catalog-v2: aliases resolve to credential ids, earnedOn after asOf is refused
// (BAD_VALUE), and the all-closure of the holdings counts as held, dated like the holding, and is
// reported as implied. A v1 catalog keeps v1's meaning (no implied holdings).
import { describe, expect, it } from 'vitest';
import {
  FutureHoldingError,
  InvalidInputError,
  UnknownCredentialError,
  activeHoldings,
  impliedHoldings,
  indexCatalog,
  parseCatalog,
  resolveCredentialId,
  reviveError,
} from '@pathwise/core';
import type { Catalog } from '@pathwise/core';
import { course } from '../../__tests__/support/course.js';

const c = course;

/** cert = all(a, all(b, any(x, y)), atLeast 1 of (p), credits of (q)); a = all(a0); b is a bare id rule on b0. */
const catalog: Catalog = parseCatalog({
  format: 'pathwise.catalog/v2',
  credentials: [
    c('a0'),
    c('a', { requires: { all: ['a0'] }, validityMonths: 12 }),
    c('b0'),
    c('b', { requires: 'b0' }),
    c('x'),
    c('y'),
    c('p'),
    c('q', { credits: 3 }),
    c('cert', {
      aliases: ['CERT-101', 'https://example.org/badges/cert'],
      requires: {
        all: [
          'a',
          { all: ['b', { any: ['x', 'y'] }] },
          { atLeast: 1, of: ['p'] },
          { credits: 3, of: ['q'] },
        ],
      },
    }),
  ],
});
const index = indexCatalog(catalog);

describe('impliedHoldings', () => {
  it('follows all groups (nested ones, and bare ids) transitively, dated like the holding', () => {
    expect(impliedHoldings(index, [{ id: 'cert', earnedOn: '2025-03-01' }])).toEqual([
      { id: 'a', earnedOn: '2025-03-01', impliedBy: 'cert' },
      { id: 'a0', earnedOn: '2025-03-01', impliedBy: 'cert' },
      { id: 'b', earnedOn: '2025-03-01', impliedBy: 'cert' },
      { id: 'b0', earnedOn: '2025-03-01', impliedBy: 'cert' },
    ]);
  });

  it('any, atLeast and credits imply nothing', () => {
    const ids = impliedHoldings(index, [{ id: 'cert' }]).map((h) => h.id);
    for (const id of ['x', 'y', 'p', 'q']) expect(ids).not.toContain(id);
  });

  it('an undated holding implies undated ones; several holdings give the dating that counts longest', () => {
    expect(impliedHoldings(index, [{ id: 'b' }])).toEqual([{ id: 'b0', impliedBy: 'b' }]);
    const both = impliedHoldings(index, [
      { id: 'a', earnedOn: '2020-01-01' },
      { id: 'cert', earnedOn: '2024-01-01' },
    ]);
    expect(both.find((h) => h.id === 'a0')).toEqual({
      id: 'a0',
      earnedOn: '2024-01-01',
      impliedBy: 'cert',
    });
  });

  it('accepts a holding by alias', () => {
    expect(impliedHoldings(index, [{ id: 'CERT-101' }]).map((h) => h.id)).toEqual([
      'a',
      'a0',
      'b',
      'b0',
    ]);
  });

  it('walks a 20,000-long chain of all requirements without recursion', () => {
    const n = 20_000;
    const chain = indexCatalog({
      format: 'pathwise.catalog/v2',
      credentials: Array.from({ length: n }, (_, i) =>
        c(`k${i}`, i > 0 ? { requires: { all: [`k${i - 1}`] } } : {}),
      ),
    });
    expect(impliedHoldings(chain, [{ id: `k${n - 1}` }])).toHaveLength(n - 1);
  });
});

describe('activeHoldings in a v2 catalog', () => {
  it('resolves a holding given by alias to the credential id', () => {
    expect(resolveCredentialId(index, 'https://example.org/badges/cert')).toBe('cert');
    const r = activeHoldings(index, [{ id: 'CERT-101' }], '2026-06-01');
    expect(r.held.has('cert')).toBe(true);
    expect(r.held.has('CERT-101')).toBe(false);
  });

  it('counts implied holdings as held and reports them as implied', () => {
    const r = activeHoldings(index, [{ id: 'cert', earnedOn: '2026-03-01' }], '2026-06-01');
    expect([...r.held].sort()).toEqual(['a', 'a0', 'b', 'b0', 'cert']);
    expect(r.implied.map((h) => h.id)).toEqual(['a', 'a0', 'b', 'b0']);
    expect(r.lapsed).toEqual([]);
  });

  it('an implied holding lapses by its own validityMonths, from the implying holding date', () => {
    // a lasts 12 months: implied on 2024-03-01, it lapsed by 2026-06-01; a0 never lapses.
    const r = activeHoldings(index, [{ id: 'cert', earnedOn: '2024-03-01' }], '2026-06-01');
    expect(r.held.has('a')).toBe(false);
    expect(r.held.has('a0')).toBe(true);
    expect(r.implied.map((h) => h.id)).toEqual(['a0', 'b', 'b0']);
  });

  it('a given holding that lapsed still counts when a later holding implies it', () => {
    const r = activeHoldings(
      index,
      [
        { id: 'a', earnedOn: '2020-01-01' },
        { id: 'cert', earnedOn: '2026-01-01' },
      ],
      '2026-06-01',
    );
    expect(r.held.has('a')).toBe(true);
    expect(r.lapsed).toEqual([]);
    expect(r.implied.find((h) => h.id === 'a')).toEqual({
      id: 'a',
      earnedOn: '2026-01-01',
      impliedBy: 'cert',
    });
  });

  it('a given holding that counts is not reported as implied', () => {
    const r = activeHoldings(index, [{ id: 'cert' }, { id: 'a' }], '2026-06-01');
    expect(r.implied.map((h) => h.id)).toEqual(['a0', 'b', 'b0']);
  });

  it('refuses earnedOn after asOf with fault BAD_VALUE at have[i].earnedOn', () => {
    const have = [{ id: 'x' }, { id: 'CERT-101', earnedOn: '2026-06-02' }];
    try {
      activeHoldings(index, have, '2026-06-01');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FutureHoldingError);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as FutureHoldingError).code).toBe('INVALID_INPUT');
      expect((error as FutureHoldingError).faults).toHaveLength(1);
      const { code, path, ids } = (error as FutureHoldingError).faults[0]!;
      expect({ code, path, ids }).toEqual({
        code: 'BAD_VALUE',
        path: 'have[1].earnedOn',
        ids: ['CERT-101'],
      });
    }
    // It crosses a thread boundary as data and comes back as its class, fault included.
    try {
      activeHoldings(index, have, '2026-06-01');
    } catch (error) {
      const revived = reviveError(structuredClone((error as FutureHoldingError).toJSON()));
      expect(revived).toBeInstanceOf(FutureHoldingError);
      expect(revived.message).toBe((error as Error).message);
      expect((revived as FutureHoldingError).faults).toEqual((error as FutureHoldingError).faults);
    }
    // The day itself is fine.
    expect(activeHoldings(index, have.slice(1), '2026-06-02').held.has('cert')).toBe(true);
  });

  it('still refuses a name that is neither an id nor an alias', () => {
    expect(() => activeHoldings(index, [{ id: 'CERT-102' }], '2026-06-01')).toThrow(
      UnknownCredentialError,
    );
  });
});

describe('activeHoldings in a v1 catalog', () => {
  const v1 = indexCatalog({
    format: 'pathwise.catalog/v1',
    credentials: catalog.credentials.map(({ aliases: _aliases, ...rest }) => rest),
  });

  it('keeps v1 meaning: no implied holdings', () => {
    const r = activeHoldings(v1, [{ id: 'cert' }], '2026-06-01');
    expect([...r.held]).toEqual(['cert']);
    expect(r.implied).toEqual([]);
  });

  it('refuses earnedOn after asOf too', () => {
    expect(() => activeHoldings(v1, [{ id: 'a', earnedOn: '2027-01-01' }], '2026-06-01')).toThrow(
      FutureHoldingError,
    );
  });
});

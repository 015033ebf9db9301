import { describe, expect, it } from 'vitest';
import {
  activeHoldings,
  addMonths,
  indexCatalog,
  parseIsoDate,
  InvalidInputError,
  UnknownCredentialError,
} from '@pathwise/core';
import type { Catalog } from '@pathwise/core';

const catalog: Catalog = {
  format: 'pathwise.catalog/v1',
  credentials: [
    {
      id: 'cp',
      name: 'Cloud Practitioner',
      kind: 'certification',
      cost: 100,
      durationWeeks: 4,
      validityMonths: 24,
    },
    { id: 'forever', name: 'Forever Badge', kind: 'badge', cost: 10, durationWeeks: 1 },
  ],
};
const index = indexCatalog(catalog);

describe('activeHoldings', () => {
  it('lapses a holding the day after earnedOn + validityMonths', () => {
    expect(
      activeHoldings(index, [{ id: 'cp', earnedOn: '2024-06-01' }], '2026-06-01').held.has('cp'),
    ).toBe(true);
    const after = activeHoldings(index, [{ id: 'cp', earnedOn: '2024-06-01' }], '2026-06-02');
    expect(after.held.has('cp')).toBe(false);
    expect(after.lapsed).toEqual([{ id: 'cp', earnedOn: '2024-06-01', validUntil: '2026-06-01' }]);
  });

  it('never lapses an undated holding or a credential without validity', () => {
    const r = activeHoldings(
      index,
      [{ id: 'cp' }, { id: 'forever', earnedOn: '1990-01-01' }],
      '2026-06-01',
    );
    expect([...r.held].sort()).toEqual(['cp', 'forever']);
  });

  it('counts a credential held twice when either holding is still valid', () => {
    const r = activeHoldings(
      index,
      [
        { id: 'cp', earnedOn: '2020-01-01' },
        { id: 'cp', earnedOn: '2026-01-01' },
      ],
      '2026-06-01',
    );
    expect(r.held.has('cp')).toBe(true);
    expect(r.lapsed).toEqual([]);
  });

  it('refuses unknown ids and impossible dates by error class', () => {
    expect(() => activeHoldings(index, [{ id: 'nope' }], '2026-06-01')).toThrow(
      UnknownCredentialError,
    );
    expect(() =>
      activeHoldings(index, [{ id: 'cp', earnedOn: '2026-02-30' }], '2026-06-01'),
    ).toThrow(InvalidInputError);
    expect(() => activeHoldings(index, [], '06/01/2026')).toThrow(InvalidInputError);
  });
});

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths(parseIsoDate('2024-01-31'), 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addMonths(parseIsoDate('2023-11-15'), 14)).toEqual({ year: 2025, month: 1, day: 15 });
  });
});

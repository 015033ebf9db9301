// The filtered credential lists that Query.credentials pages through: one per catalog version and
// filter, equal filters sharing one, positions in catalog order, at most 16 filters kept per version.
import { describe, expect, it } from 'vitest';
import { indexCatalog, parseCatalog } from '@pathwise/core';
import { credentialList, type CredentialList } from '../credential-list.js';
import { matchesFilter } from '../query-credentials.js';
import type { CredentialFilter } from '../inputs.js';

const index = indexCatalog(
  parseCatalog({
    format: 'pathwise.catalog/v1',
    credentials: [
      { id: 'a', name: 'Cloud A', kind: 'course', cost: 1, durationWeeks: 1 },
      { id: 'b', name: 'B', kind: 'certification', cost: 1, durationWeeks: 1 },
      { id: 'c', name: 'Cloud C', kind: 'course', cost: 1, durationWeeks: 1 },
    ],
  }),
);
const list = (filter?: CredentialFilter | null) =>
  credentialList(index, filter, matchesFilter(filter));
const idsOf = (l: CredentialList): string[] => l.slice(0, l.size).map((c) => c.id);

describe('credentialList', () => {
  it('keeps what the filter keeps, in catalog order, with positions', async () => {
    const courses = await list({ kind: 'course' });
    expect(idsOf(courses)).toEqual(['a', 'c']);
    expect(courses.positionOf('c')).toBe(1);
    expect(courses.positionOf('b')).toBeUndefined();
    expect(idsOf(await list())).toEqual(['a', 'b', 'c']);
    expect((await list()).positionOf('b')).toBe(1);
  });

  it('does not keep a list that failed: the next request computes it again', async () => {
    const failing = () => {
      throw new Error('unreadable');
    };
    await expect(credentialList(index, { text: 'fails' }, failing)).rejects.toThrow('unreadable');
    const again = await credentialList(index, { text: 'fails' }, () => true);
    expect(again.size).toBe(3);
  });

  it('reads a long catalog in slices, letting other work in before it is done', async () => {
    const n = 20_000;
    const long = indexCatalog(
      parseCatalog({
        format: 'pathwise.catalog/v1',
        credentials: Array.from({ length: n }, (_, i) => ({
          id: `c${i}`,
          name: `C${i}`,
          kind: i % 2 ? 'course' : 'badge',
          cost: 1,
          durationWeeks: 1,
        })),
      }),
    );
    let other = false;
    let readBeforeOther = 0;
    setImmediate(() => (other = true));
    const courses = await credentialList(long, { kind: 'course' }, (c) => {
      if (!other) readBeforeOther++;
      return c.kind === 'course';
    });
    expect(courses.size).toBe(n / 2);
    expect(other).toBe(true);
    expect(readBeforeOther).toBeLessThan(n / 2);
  });

  it('computes a list once per version and filter; equal filters share it', () => {
    expect(list({ text: ' CLOUD ' })).toBe(list({ text: 'cloud', kind: null }));
    expect(list()).toBe(list(null));
    expect(list({})).toBe(list());
    expect(list({ kind: 'course' })).not.toBe(list({ kind: 'certification' }));
    const other = indexCatalog(index.catalog);
    expect(credentialList(other, null, matchesFilter(null))).not.toBe(list());
  });

  it('forgets the oldest filter past 16 per version', () => {
    const first = list({ text: 'x0' });
    for (let i = 1; i <= 16; i++) list({ text: `x${i}` });
    expect(list({ text: 'x16' })).toBe(list({ text: 'x16' }));
    expect(list({ text: 'x0' })).not.toBe(first);
  });
});

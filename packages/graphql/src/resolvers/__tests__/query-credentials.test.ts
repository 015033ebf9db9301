// Credential filters and cursors, and paging through a catalog read on demand.
import { describe, expect, it } from 'vitest';
import { decodedCount, parseCatalog, type Credential } from '@pathwise/core';
import type { PathwiseContext } from '../../context.js';
import { onDemandContext } from './on-demand-context.js';
import type { CredentialFilter } from '../inputs.js';
import {
  credentialsResolver,
  decodeCursor,
  encodeCursor,
  matchesFilter,
} from '../query-credentials.js';

const c = (over: Partial<Credential>): Credential => ({
  id: 'x',
  name: 'X',
  kind: 'course',
  cost: 0,
  durationWeeks: 0,
  ...over,
});

describe('matchesFilter', () => {
  it('keeps what matches every given field, and everything without a filter', () => {
    const creds = [
      c({
        id: 'aws-saa',
        name: 'Solutions Architect',
        kind: 'certification',
        provider: 'aws',
        skills: ['cloud'],
      }),
      c({
        id: 'py',
        name: 'Python',
        kind: 'course',
        provider: 'uni',
        description: 'Intro to CLOUD scripting',
      }),
      c({ id: 'sql', name: 'SQL', kind: 'course', provider: 'uni', skills: ['sql'] }),
    ];
    const ids = (f: Parameters<typeof matchesFilter>[0]) =>
      creds.filter(matchesFilter(f)).map((x) => x.id);
    expect(ids(undefined)).toEqual(['aws-saa', 'py', 'sql']);
    expect(ids({ kind: 'course' })).toEqual(['py', 'sql']);
    expect(ids({ provider: 'aws' })).toEqual(['aws-saa']);
    expect(ids({ skill: 'sql' })).toEqual(['sql']);
    expect(ids({ text: 'cloud' })).toEqual(['py']);
    expect(ids({ text: 'ARCHITECT', kind: 'certification' })).toEqual(['aws-saa']);
    expect(ids({ text: 'architect', kind: 'course' })).toEqual([]);
    expect(ids({ text: '  ' })).toEqual(['aws-saa', 'py', 'sql']);
  });
});

describe('cursors', () => {
  it('round-trip any id', () => {
    for (const id of ['a', 'urn:x/y.z', 'ce-0f3a_9'])
      expect(decodeCursor(encodeCursor(id))).toBe(id);
  });
});

describe('credentialsResolver on a catalog read on demand', () => {
  const catalog = parseCatalog({
    format: 'pathwise.catalog/v1',
    providers: [{ id: 'p', name: 'P' }],
    credentials: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({
      id,
      name: id.toUpperCase(),
      kind: id < 'd' ? 'course' : 'badge',
      ...('ceg'.includes(id) ? { provider: 'p' } : {}),
      ...(id === 'c' ? { skills: ['sql'] } : {}),
      cost: 1,
      durationWeeks: 1,
    })),
  });
  const onDemand = () => onDemandContext(catalog);
  const page = async (ctx: PathwiseContext, after: string | null, filter?: CredentialFilter) => {
    const connection = await credentialsResolver(null, { first: 2, after, filter }, ctx);
    return { ids: connection.nodes.map((n) => n.credential.id), connection };
  };

  it('pages through the whole catalog decoding only its pages', async () => {
    const { read, ctx } = onDemand();
    const first = await page(ctx, null);
    const second = await page(ctx, first.connection.pageInfo.endCursor);
    expect([first.ids, second.ids]).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(second.connection.totalCount).toBe(7);
    expect(decodedCount(read.credentials)).toBe(4);
  });

  it('a kind or provider filter decodes only its pages (the compiled columns answer it)', async () => {
    const { read, ctx } = onDemand();
    const first = await page(ctx, null, { kind: 'badge' });
    const second = await page(ctx, first.connection.pageInfo.endCursor, { kind: 'badge' });
    expect([first.ids, second.ids]).toEqual([
      ['d', 'e'],
      ['f', 'g'],
    ]);
    expect(second.connection.totalCount).toBe(4);
    expect(decodedCount(read.credentials)).toBe(4);
    const ofP = await page(ctx, null, { provider: 'p', kind: 'badge' });
    expect([ofP.ids, ofP.connection.totalCount]).toEqual([['e', 'g'], 2]);
    expect((await page(ctx, null, { provider: 'nobody' })).connection.totalCount).toBe(0);
    expect(decodedCount(read.credentials)).toBe(4);
  });

  it('a text or skill filter reads only the credentials its kind and provider keep', async () => {
    const { read, ctx } = onDemand();
    const found = await page(ctx, null, { kind: 'course', text: 'b' });
    expect([found.ids, found.connection.totalCount]).toEqual([['b'], 1]);
    expect(decodedCount(read.credentials)).toBe(3);
    const bySkill = await page(ctx, null, { provider: 'p', skill: 'sql' });
    expect(bySkill.ids).toEqual(['c']);
    expect(decodedCount(read.credentials)).toBe(5); // a, b, c and e, g of p
  });

  it('a cursor of another list is refused', async () => {
    const { ctx } = onDemand();
    const badges = await page(ctx, null, { kind: 'badge' });
    await expect(
      page(ctx, badges.connection.pageInfo.endCursor, { kind: 'course' }),
    ).rejects.toThrow(/names no credential of this list/);
  });
});

// Query.reachable with a sponsor (boards fund groups), through the real engine: a reach's cost is what
// the learners pay, maxCost bounds that share (not the total), and reaches come least out of pocket
// first. The catalog is the sponsor-one-provider conformance case's: an employer pays up to $600 of
// university tuition only, so the dearer university route costs the learner least.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import type { PathwiseContext } from '../../context.js';
import { engineContext } from './engine-context.js';
import { reachableResolver, type ReachableArgs } from '../query-reachable.js';

const catalog: Catalog = {
  format: 'pathwise.catalog/v2',
  currency: 'USD',
  providers: [
    { id: 'state-u', name: 'State University', kind: 'university' },
    { id: 'learnco', name: 'LearnCo', kind: 'platform' },
    { id: 'certco', name: 'CertCo', kind: 'industry' },
  ],
  credentials: [
    {
      id: 'uni-course',
      name: 'PM (university)',
      kind: 'course',
      provider: 'state-u',
      cost: 500,
      durationWeeks: 12,
    },
    {
      id: 'online-course',
      name: 'PM (online)',
      kind: 'course',
      provider: 'learnco',
      cost: 300,
      durationWeeks: 6,
    },
    {
      id: 'pm-exam',
      name: 'PM Exam',
      kind: 'certification',
      provider: 'certco',
      cost: 100,
      durationWeeks: 1,
      requires: { any: ['uni-course', 'online-course'] },
    },
  ],
} as Catalog;
const sponsor = { amount: 600, providers: ['state-u'] };

const context = (): PathwiseContext => engineContext(catalog);

const reach = async (args: Omit<ReachableArgs, 'from' | 'asOf'>) =>
  (await reachableResolver(undefined, { from: [], asOf: '2026-06-01', ...args }, context())).map(
    (r) => ({
      credential: r.credential.credential.id,
      totalCost: r.totalCost,
      totalWeeks: r.totalWeeks,
      optimal: r.optimal,
      outOfPocket: r.outOfPocket,
      sponsored: r.sponsored,
    }),
  );

describe('reachable with a sponsor', () => {
  it('bounds and orders by what the learners pay', async () => {
    const exam = { kinds: ['certification'], maxWeeks: 20 };
    // Without the sponsor the exam costs at least 400 (online): over a 150 budget.
    expect(await reach({ ...exam, maxCost: 150 })).toEqual([]);
    expect(await reach({ ...exam, maxCost: 150, sponsor })).toEqual([
      {
        credential: 'pm-exam',
        totalCost: 600,
        totalWeeks: 13,
        optimal: true,
        outOfPocket: 100,
        sponsored: 500,
      },
    ]);
    // By week 10 only the online route fits: 400 out of pocket, proven over 150, within 500.
    expect(await reach({ ...exam, maxWeeks: 10, maxCost: 150, sponsor })).toEqual([]);
    expect(await reach({ ...exam, maxWeeks: 10, maxCost: 500, sponsor })).toEqual([
      {
        credential: 'pm-exam',
        totalCost: 400,
        totalWeeks: 7,
        optimal: true,
        outOfPocket: 400,
        sponsored: 0,
      },
    ]);
  });

  it('lists reaches least out of pocket first, where the totals order them otherwise', async () => {
    const order = async (s?: typeof sponsor) =>
      (await reach({ maxCost: 1000, maxWeeks: 20, ...(s ? { sponsor: s } : {}) })).map((r) => [
        r.credential,
        r.outOfPocket ?? r.totalCost,
      ]);
    expect(await order()).toEqual([
      ['online-course', 300],
      ['pm-exam', 400],
      ['uni-course', 500],
    ]);
    expect(await order(sponsor)).toEqual([
      ['uni-course', 0],
      ['pm-exam', 100],
      ['online-course', 300],
    ]);
  });

  it('without a sponsor a reach has no outOfPocket (the field is additive)', async () => {
    const [only] = await reach({ kinds: ['certification'], maxCost: 1000, maxWeeks: 20 });
    expect(only).toMatchObject({ credential: 'pm-exam', totalCost: 400 });
    expect(only!.outOfPocket).toBeUndefined();
  });
});

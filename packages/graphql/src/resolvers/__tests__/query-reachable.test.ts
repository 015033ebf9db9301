// Query.reachable is exact (cheapest plan by maxWeeks within maxCost, through the real engine), and a
// candidate whose proof ran out of time is listed honestly (optimal: false, undecided when neither
// found nor ruled out) rather than dropped. The engine runs in this thread with a clock that jumps
// 1 s per reading, so every proof stops after its first node, deterministically.
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodedCount, type Catalog } from '@pathwise/core';
import { betweenCatalog } from '@pathwise/test-support';
import type { PathwiseContext } from '../../context.js';
import { engineContext } from './engine-context.js';
import { onDemandContext } from './on-demand-context.js';
import { reachableResolver, type ReachableArgs } from '../query-reachable.js';
import { typeDefs } from '../../schema/type-defs.js';

const between = betweenCatalog();

// A random catalog (from the property tests' generator) whose cheapest plan by week 23 (1756)
// needs more than one branch-and-bound node to prove.
const hard: Catalog = {
  format: 'pathwise.catalog/v1',
  credentials: [
    { id: 'c0', name: 'Credential 0', kind: 'course', cost: 345, durationWeeks: 5, credits: 1 },
    { id: 'c1', name: 'Credential 1', kind: 'course', cost: 179, durationWeeks: 7, credits: 4 },
    { id: 'c2', name: 'Credential 2', kind: 'course', cost: 488, durationWeeks: 8, credits: 5 },
    {
      id: 'c3',
      name: 'Credential 3',
      kind: 'course',
      cost: 495,
      durationWeeks: 1,
      credits: 1,
      requires: { credits: 1, of: ['c0', 'c1', 'c2'] },
    },
    {
      id: 'c4',
      name: 'Credential 4',
      kind: 'course',
      cost: 158,
      durationWeeks: 5,
      credits: 3,
      requires: {
        all: [
          'c3',
          { credits: 2, of: ['c2', 'c0', 'c1', 'c3'] },
          'c1',
          { atLeast: 2, of: ['c2', 'c1', 'c3'] },
        ],
      },
    },
    {
      id: 'c5',
      name: 'Credential 5',
      kind: 'course',
      cost: 279,
      durationWeeks: 3,
      credits: 2,
      requires: {
        any: [
          { credits: 9, of: ['c3', 'c1', 'c4', 'c2', 'c0'] },
          'c4',
          { any: ['c3'] },
          { all: ['c3'] },
          { credits: 1, of: ['c3', 'c4', 'c0'] },
        ],
      },
    },
    {
      id: 'c6',
      name: 'Credential 6',
      kind: 'course',
      cost: 300,
      durationWeeks: 11,
      credits: 2,
      requires: {
        all: [
          { credits: 10, of: ['c3', 'c4', 'c1', 'c5', 'c2'] },
          { all: ['c4', 'c5', 'c1'] },
          { any: ['c4', 'c3', 'c5'] },
        ],
      },
    },
  ],
};

const context = engineContext;

const reach = async (ctx: PathwiseContext, args: Omit<ReachableArgs, 'from' | 'asOf'>) =>
  (await reachableResolver(undefined, { from: [], asOf: '2026-06-01', ...args }, ctx)).map((r) => ({
    ...r,
    credential: r.credential.credential.id,
  }));

describe('reachable', () => {
  it('finds a credential only an in-between plan reaches (cheapest too slow, fastest too dear)', async () => {
    const ctx = context(between);
    const found = await reach(ctx, { maxCost: 400, maxWeeks: 12, kinds: ['certification'] });
    expect(found).toEqual([
      {
        credential: 'cert',
        totalCost: 310,
        totalWeeks: 12,
        objective: 'CHEAPEST',
        optimal: true,
        stepCount: 2,
        undecided: false,
        weeksProven: true,
        peakWeeklyHours: 0,
      },
    ]);
    expect(await reach(ctx, { maxCost: 300, maxWeeks: 12, kinds: ['certification'] })).toEqual([]);
    expect(await reach(ctx, { maxCost: 5000, maxWeeks: 2, kinds: ['certification'] })).toEqual([]);
  });

  it('lists a candidate whose proof ran out of time as undecided instead of dropping it', async () => {
    const exact = await reach(context(hard), { maxCost: 2000, maxWeeks: 23 });
    expect(exact.find((r) => r.credential === 'c6')).toMatchObject({
      totalCost: 1756,
      optimal: true,
      undecided: false,
    });
    let t = 0;
    const jumpy = context(hard, { clock: () => (t += 1000) });
    for (const maxCost of [2000, 1500]) {
      const entry = (await reach(jumpy, { maxCost, maxWeeks: 23 })).find(
        (r) => r.credential === 'c6',
      );
      expect(entry).toMatchObject({ optimal: false, undecided: true, totalWeeks: 0, stepCount: 0 });
      expect(entry!.totalCost).toBe(entry!.bound);
      expect(entry!.bound).toBeLessThanOrEqual(maxCost);
    }
    // Proven either way by the exact planner: reachable at 2000, not at 1500.
    expect(
      (await reach(context(hard), { maxCost: 1500, maxWeeks: 23 })).map((r) => r.credential),
    ).not.toContain('c6');
  });

  it('under weekly hours plans each candidate once: the engine decides the deadline its cheapest set misses', async () => {
    // Without hours "light" (cost 5) is the cheapest by week 2; at 10 hours a week its 30 hours take
    // 3 weeks, so only "quick" (cost 20, 10 hours) holds goal by week 2, and the engine proves it.
    const course = (id: string, cost: number, effortHours: number) => ({
      id,
      name: id,
      kind: 'course',
      cost,
      durationWeeks: 1,
      effortHours,
    });
    const catalog = {
      format: 'pathwise.catalog/v2',
      credentials: [
        course('light', 5, 30),
        course('quick', 20, 10),
        {
          id: 'goal',
          name: 'goal',
          kind: 'certification',
          cost: 0,
          durationWeeks: 0,
          effortHours: 0,
          requires: { any: ['light', 'quick'] },
        },
      ],
    } as unknown as Catalog;
    const ctx = context(catalog);
    const view = await ctx.catalog();
    let plans = 0;
    const plan = view.plan;
    view.plan = (query) => {
      plans++;
      return plan(query);
    };
    const found = await reach(ctx, { maxWeeks: 2, weeklyHours: 10, kinds: ['certification'] });
    expect(plans).toBe(1);
    expect(found).toEqual([
      {
        credential: 'goal',
        totalCost: 20,
        totalWeeks: 1,
        objective: 'CHEAPEST',
        optimal: true,
        stepCount: 2,
        undecided: false,
        weeksProven: true,
        peakWeeklyHours: 10,
      },
    ]);
  });

  it('marks Reach.weeksProven deprecated: it only ever repeated !undecided', () => {
    const reachType = buildSchema(typeDefs).getType('Reach') as GraphQLObjectType;
    expect(reachType.getFields()['weeksProven']!.deprecationReason).toMatch(/undecided/);
  });
});

describe('reachable on a catalog read on demand', () => {
  it('refuses too many candidates without reading them, with kinds or without', async () => {
    const { read, ctx } = onDemandContext(hard, { maxReachableTargets: 2 });
    const args: ReachableArgs = { from: [], maxWeeks: 52 };
    await expect(reachableResolver(null, args, ctx)).rejects.toThrow(/narrow them with kinds/);
    await expect(reachableResolver(null, { ...args, kinds: ['course'] }, ctx)).rejects.toThrow(
      /^7 candidate credentials/,
    );
    // The compiled kind column counts them: no credential is read.
    await expect(reachableResolver(null, { ...args, kinds: ['badge'] }, ctx)).resolves.toEqual([]);
    expect(decodedCount(read.credentials)).toBe(0);
  });
});

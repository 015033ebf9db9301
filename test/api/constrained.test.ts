// Constrained planning over HTTP (a real server on a free port): PlanInput's maxWeeks, maxCost and
// exclude, and an exact `reachable` on a catalog where the old rule (cheapest plan fits the weeks or
// fastest plan fits the cost) was wrong: the cheapest plan is too slow, the fastest too expensive,
// and a plan in between fits both limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { betweenCatalog } from '@pathwise/test-support';
import { startTestApi, errorCodes, type TestApi } from './helpers/api-server.js';

const between = betweenCatalog();
const catalog: Catalog = {
  ...between,
  credentials: [
    ...between.credentials,
    {
      id: 'pro',
      name: 'Professional',
      kind: 'certification',
      cost: 50,
      durationWeeks: 4,
      requires: { all: ['cert', 'fast'] },
    },
  ],
};

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(catalog);
});
afterAll(async () => {
  await api?.stop();
});

const REACH = `query ($maxCost: Float, $maxWeeks: Float) {
  reachable(from: [], maxCost: $maxCost, maxWeeks: $maxWeeks, asOf: "2026-06-01", kinds: ["certification"]) {
    credential { id } totalCost totalWeeks objective optimal stepCount undecided bound
  }
}`;

describe('reachable over HTTP', () => {
  it('finds the credential only an in-between plan reaches, with that plan’s cost and weeks', async () => {
    // cheapest: slow + cert = 110 in 22 weeks (too slow); fastest: fast + cert = 1010 in 3 (too dear).
    const res = await api.gql(REACH, { maxCost: 400, maxWeeks: 12 });
    expect(res.errors).toBeUndefined();
    expect((res.data as any).reachable).toEqual([
      {
        credential: { id: 'cert' },
        totalCost: 310,
        totalWeeks: 12,
        objective: 'CHEAPEST',
        optimal: true,
        stepCount: 2,
        undecided: false,
        bound: null,
      },
    ]);
  });

  it('leaves out what no plan reaches within both limits, and lists every fitting one', async () => {
    const none = await api.gql(REACH, { maxCost: 300, maxWeeks: 12 });
    expect((none.data as any).reachable).toEqual([]);
    const both = await api.gql(REACH, { maxCost: 1100, maxWeeks: 8 });
    expect(
      (both.data as any).reachable.map((r: any) => [r.credential.id, r.totalCost, r.totalWeeks]),
    ).toEqual([
      ['cert', 1010, 3],
      ['pro', 1060, 7],
    ]);
  });
});

describe('plan with maxWeeks, maxCost and exclude over HTTP', () => {
  const PLAN = `query ($input: PlanInput!) {
    plan(input: $input) { feasible optimal totalCost totalWeeks reason steps { credential { id } startWeek endWeek } }
  }`;
  const input = { target: 'cert', asOf: '2026-06-01' };

  it('plans cheapest by the deadline and fastest within the budget', async () => {
    const byDeadline = await api.gql(PLAN, { input: { ...input, maxWeeks: 12 } });
    expect((byDeadline.data as any).plan).toMatchObject({
      feasible: true,
      optimal: true,
      totalCost: 310,
      totalWeeks: 12,
    });
    const inBudget = await api.gql(PLAN, {
      input: { ...input, objective: 'FASTEST', maxCost: 400 },
    });
    expect((inBudget.data as any).plan).toMatchObject({ totalCost: 310, totalWeeks: 12 });
  });

  it('answers feasible: false with a reason when nothing meets the constraints', async () => {
    const res = await api.gql(PLAN, { input: { ...input, exclude: ['slow', 'mid', 'fast'] } });
    expect(res.errors).toBeUndefined();
    const plan = (res.data as any).plan;
    expect([plan.feasible, plan.steps, plan.totalCost, plan.totalWeeks]).toEqual([false, [], 0, 0]);
    expect(plan.reason).toMatch(/"cert" needs "any" of/);
  });

  it('refuses unknown excluded ids and negative limits with BAD_USER_INPUT', async () => {
    const unknown = await api.gql(PLAN, { input: { ...input, exclude: ['nope'] } });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    const negative = await api.gql(PLAN, { input: { ...input, maxWeeks: -1 } });
    expect(errorCodes(negative)).toEqual(['BAD_USER_INPUT']);
  });
});

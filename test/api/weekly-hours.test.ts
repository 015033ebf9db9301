// PlanInput.weeklyHours over HTTP (a real server on a free port): eight 5-hour courses that the
// unconstrained plan starts together are staggered two a week at 10 hours a week, at the same cost;
// a weeklyHours that is not positive is BAD_USER_INPUT.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, Credential } from '@pathwise/core';
import { startTestApi, errorCodes, type TestApi } from './helpers/api-server.js';

const catalog: Catalog = {
  format: 'pathwise.catalog/v1',
  credentials: [
    ...Array.from({ length: 8 }, (_, i): Credential => ({
      id: `c${i}`,
      name: `Course ${i}`,
      kind: 'course',
      cost: 20,
      durationWeeks: 1,
      effortHours: 5,
    })),
    {
      id: 'cert',
      name: 'Certificate',
      kind: 'certificate',
      cost: 0,
      durationWeeks: 0,
      requires: { all: Array.from({ length: 8 }, (_, i) => `c${i}`) },
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

const PLAN = `query ($hours: Float, $objective: Objective) {
  plan(input: { target: "cert", asOf: "2026-06-01", objective: $objective, weeklyHours: $hours }) {
    feasible optimal totalCost totalWeeks steps { credential { id } startWeek endWeek }
  }
}`;
type Step = { credential: { id: string }; startWeek: number; endWeek: number };
const courseStarts = (steps: Step[]): number[] =>
  steps
    .filter((s) => s.credential.id !== 'cert')
    .map((s) => s.startWeek)
    .sort((a, b) => a - b);

describe('plan with weeklyHours over HTTP', () => {
  it('staggers the courses under the budget and keeps the cost', async () => {
    const free = await api.gql(PLAN, {});
    expect(free.errors).toBeUndefined();
    expect(courseStarts((free.data as any).plan.steps)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    for (const objective of ['CHEAPEST', 'FASTEST']) {
      const res = await api.gql(PLAN, { hours: 10, objective });
      expect(res.errors).toBeUndefined();
      const plan = (res.data as any).plan;
      expect(courseStarts(plan.steps)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
      expect([plan.feasible, plan.optimal, plan.totalCost, plan.totalWeeks]).toEqual([
        true,
        true,
        160,
        4,
      ]);
    }
  });

  it('refuses a weeklyHours that is not positive with BAD_USER_INPUT', async () => {
    const res = await api.gql(PLAN, { hours: 0 });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });
});

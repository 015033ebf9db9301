// What Query.reachable under a sponsor relies on (graphql resolvers/reach-sponsor.ts): cheapest under a
// sponsor with a deadline gives the least outOfPocket among plans by that deadline, proven, so a share
// over a board's limit rules the credential out. On the sponsor-one-provider conformance catalog the
// sponsored university route (100 out of pocket) is 13 weeks; by week 10 only the online one (400) is left.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { createPlanner, validatePlan } from '../../index.js';

const catalog: Catalog = {
  format: 'pathwise.catalog/v2',
  providers: [
    { id: 'state-u', name: 'State University', kind: 'university' },
    { id: 'learnco', name: 'LearnCo', kind: 'platform' },
  ],
  credentials: [
    {
      id: 'uni',
      name: 'PM (university)',
      kind: 'course',
      provider: 'state-u',
      cost: 500,
      durationWeeks: 12,
    },
    {
      id: 'online',
      name: 'PM (online)',
      kind: 'course',
      provider: 'learnco',
      cost: 300,
      durationWeeks: 6,
    },
    {
      id: 'exam',
      name: 'PM exam',
      kind: 'certification',
      cost: 100,
      durationWeeks: 1,
      requires: { any: ['uni', 'online'] },
    },
  ],
} as Catalog;
const sponsor = { amount: 600, providers: ['state-u'] };

describe('cheapest under a sponsor and a deadline', () => {
  it.each([
    [20, 100, 600, 13],
    [12, 400, 400, 7],
  ])(
    'by week %i: least outOfPocket %i (total %i, %i weeks), proven',
    (maxWeeks, share, total, weeks) => {
      const planner = createPlanner(catalog);
      const query = {
        target: 'exam',
        asOf: '2026-06-01',
        objective: 'cheapest' as const,
        maxWeeks,
        sponsor,
      };
      const plan = planner.plan(query);
      expect([
        plan.feasible,
        plan.optimal,
        plan.outOfPocket,
        plan.totalCost,
        plan.totalWeeks,
      ]).toEqual([true, true, share, total, weeks]);
      expect(validatePlan(planner.index, query, plan)).toEqual([]);
    },
  );
});

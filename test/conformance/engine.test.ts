// Conformance through the engine: every shared case, both objectives, exact totals, valid plans.
// The independent oracles are checked against the recorded optima too, so they stay trustworthy.
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '@pathwise/core';
import { createPlanner } from '@pathwise/engine';
import { conformanceQueries } from '../helpers/conformance.js';
import { planViolations } from '../../packages/engine/src/__tests__/support/check-plan.js';
import { highsCheapest } from '../../packages/engine/src/__tests__/support/highs-oracle.js';
import { fastestWeeks } from '../../packages/engine/src/__tests__/support/fastest-recursion.js';

const queries = conformanceQueries();

describe('conformance through the engine', () => {
  it.each(queries.map((q) => [q.label, q] as const))('%s', (_label, { case: c, query }) => {
    const planner = createPlanner(parseCatalog(c.catalog));
    const cheapest = planner.plan({
      target: query.target,
      have: query.have,
      asOf: query.asOf,
      objective: 'cheapest',
    });
    const fastest = planner.plan({
      target: query.target,
      have: query.have,
      asOf: query.asOf,
      objective: 'fastest',
    });
    expect(planViolations(c.catalog, { ...query, objective: 'cheapest' }, cheapest)).toEqual([]);
    expect(planViolations(c.catalog, { ...query, objective: 'fastest' }, fastest)).toEqual([]);
    expect([cheapest.feasible, cheapest.optimal, fastest.feasible, fastest.optimal]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(cheapest.totalCost).toBe(query.expect.cheapest.totalCost);
    expect(fastest.totalWeeks).toBe(query.expect.fastest.totalWeeks);
  });
});

describe('the independent oracles on the conformance cases', () => {
  it.each(queries.map((q) => [q.label, q] as const))('%s', async (_label, { case: c, query }) => {
    expect((await highsCheapest(c.catalog, query)).totalCost).toBe(query.expect.cheapest.totalCost);
    expect(fastestWeeks(c.catalog, query)).toBe(query.expect.fastest.totalWeeks);
  });
});

/**
 * The engine's side of a conformance case, shared by the repository's cases (engine.test.ts) and the
 * public ones beside the repository (shared-cases.test.ts): both objectives give valid, proven-optimal
 * plans with the recorded totals, and the independent oracles reproduce those totals.
 */
import { expect } from 'vitest';
import { parseCatalog } from '@pathwise/core';
import { createPlanner } from '@pathwise/engine';
import type { ConformanceCase, ConformanceQuery } from '../helpers/conformance.js';
import { planViolations } from '../../packages/engine/src/__tests__/support/check-plan.js';
import { highsCheapest } from '../../packages/engine/src/__tests__/support/highs-oracle.js';
import { fastestWeeks } from '../../packages/engine/src/__tests__/support/fastest-recursion.js';
import { highsHours } from '../../packages/engine/src/__tests__/support/highs-hours.js';
import { offersOptimum } from '../../packages/engine/src/__tests__/support/offers-oracle.js';
import { renewalsOptimum } from '../../packages/engine/src/__tests__/support/renewals-oracle.js';

/** Plans one query for both objectives through createPlanner and checks them against the case. */
export function expectEngineConforms(c: ConformanceCase, query: ConformanceQuery): void {
  const planner = createPlanner(parseCatalog(c.catalog));
  const { target, have, asOf, weeklyHours, sponsor, keepFor } = query;
  const hours = {
    ...(weeklyHours === undefined ? {} : { weeklyHours }),
    ...(sponsor === undefined ? {} : { sponsor }),
    ...(keepFor === undefined ? {} : { keepFor }),
  };
  const cheapest = planner.plan({ target, have, asOf, ...hours, objective: 'cheapest' });
  const fastest = planner.plan({ target, have, asOf, ...hours, objective: 'fastest' });
  expect(planViolations(c.catalog, { ...query, objective: 'cheapest' }, cheapest)).toEqual([]);
  expect(planViolations(c.catalog, { ...query, objective: 'fastest' }, fastest)).toEqual([]);
  expect([cheapest.feasible, cheapest.optimal, fastest.feasible, fastest.optimal]).toEqual([
    true,
    true,
    true,
    true,
  ]);
  expect(cheapest.totalCost).toBe(query.expect.cheapest.totalCost);
  expect(cheapest.outOfPocket).toBe(query.expect.cheapest.outOfPocket);
  expect(fastest.totalWeeks).toBe(query.expect.fastest.totalWeeks);
}

/**
 * The HiGHS programme and the min/max recursion find the recorded optima, so they stay trustworthy;
 * for a catalog with pace or start days, or a weekly-hours budget, the time-indexed HiGHS programme.
 */
export async function expectOraclesAgree(
  c: ConformanceCase,
  query: ConformanceQuery,
): Promise<void> {
  if (query.keepFor !== undefined) {
    // Upkeep: the exhaustive search over sets and renewal choices (support/renewals-oracle.ts); weeks
    // exclude renewals, so fastest's optimum is the recursion's.
    const optimum = renewalsOptimum(c.catalog, { ...query, keepFor: query.keepFor });
    expect(optimum?.cheapest).toBe(query.expect.cheapest.totalCost);
    expect(fastestWeeks(c.catalog, query)).toBe(query.expect.fastest.totalWeeks);
    return;
  }
  if ((c.catalog.offers ?? []).length > 0 || query.sponsor !== undefined) {
    // Offers and sponsors: the exhaustive search over sets, schedules and payers
    // (support/offers-oracle.ts); under a sponsor, the least outOfPocket and its least total.
    const optimum = offersOptimum(c.catalog, query);
    if (query.sponsor === undefined)
      expect(optimum?.cheapest).toBe(query.expect.cheapest.totalCost);
    else
      expect(optimum?.outOfPocket).toEqual({
        outOfPocket: query.expect.cheapest.outOfPocket,
        total: query.expect.cheapest.totalCost,
      });
    expect(optimum?.fastest.weeks).toBe(query.expect.fastest.totalWeeks);
    return;
  }
  const paced = c.catalog.credentials.some((x) => x.pace !== undefined || x.starts !== undefined);
  if (query.weeklyHours !== undefined || paced) {
    expect((await highsHours(c.catalog, query, 'cost'))?.cost).toBe(
      query.expect.cheapest.totalCost,
    );
    expect((await highsHours(c.catalog, query, 'weeks'))?.weeks).toBe(
      query.expect.fastest.totalWeeks,
    );
    return;
  }
  expect((await highsCheapest(c.catalog, query)).totalCost).toBe(query.expect.cheapest.totalCost);
  expect(fastestWeeks(c.catalog, query)).toBe(query.expect.fastest.totalWeeks);
}

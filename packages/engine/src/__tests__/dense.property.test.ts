// Property tests of cheapest on layered dense cones (issue 16; test-support's denseConeCatalog), the
// shape where its proof is hardest, against the independent HiGHS integer programme of ./support
// (formulated from the catalog alone; the engine does not use HiGHS): every plan is valid; a plan
// that says optimal costs the HiGHS optimum; one that does not has bound ≤ optimum ≤ cost, so no
// plan is ever cheaper than a proven optimum. 500 random dense cases per run (20-40 credentials,
// 400 with the default budget, 100 under a 1 ms budget).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPlanner } from '../index.js';
import type { Plan } from '../index.js';
import { planViolations } from './support/check-plan.js';
import { highsCheapest } from './support/highs-oracle.js';
import { DENSE_TARGET, denseConeCatalog } from '@pathwise/test-support';

const denseCase = fc.record({ size: fc.integer({ min: 20, max: 40 }), seed: fc.nat() });

/** Checks one dense case under a budget; returns the plan. */
async function check(size: number, seed: number, timeBudgetMs?: number): Promise<Plan> {
  const catalog = denseConeCatalog(size, seed);
  const planner = createPlanner(catalog);
  const query = { target: DENSE_TARGET, have: [], asOf: '2026-06-01' };
  const plan = planner.plan({ ...query, objective: 'cheapest', timeBudgetMs });
  expect(planViolations(catalog, { ...query, objective: 'cheapest' }, plan)).toEqual([]);
  const optimum = (await highsCheapest(catalog, query)).totalCost;
  if (plan.optimal) expect(plan.totalCost).toBe(optimum);
  else {
    expect(plan.bound).toBeDefined();
    expect(plan.bound!).toBeLessThanOrEqual(optimum + 1e-6);
    expect(plan.totalCost).toBeGreaterThanOrEqual(optimum);
  }
  return plan;
}

describe('cheapest on dense shared cones', () => {
  it('says optimal only at the HiGHS optimum, and is never cheaper than it', async () => {
    let proven = 0;
    await fc.assert(
      fc.asyncProperty(denseCase, async ({ size, seed }) => {
        if ((await check(size, seed)).optimal) proven++;
      }),
      { numRuns: 400 },
    );
    // The default budget proves these small cones: a test that a proof happens at all.
    expect(proven).toBeGreaterThan(300);
  }, 1_200_000); // 400 cases took 595 s at load 25 on 2 cores

  it('keeps bound ≤ optimum ≤ cost under a 1 ms budget', async () => {
    await fc.assert(
      fc.asyncProperty(denseCase, async ({ size, seed }) => {
        await check(size, seed, 1);
      }),
      { numRuns: 100 },
    );
  }, 600_000);
});

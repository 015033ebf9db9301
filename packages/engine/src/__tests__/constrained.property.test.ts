// Property tests of constrained planning (deadline, budget, exclusions) against an independent
// big-M integer programme solved by HiGHS (support/highs-constrained.ts): cheapest + maxWeeks equals
// the programme's least cost, fastest + maxCost its least target week, infeasible exactly when the
// programme is, every feasible plan valid (validatePlan and the test checker) and within the limits.
// 520 random cases per run (200 cheapest + deadline, 200 fastest + budget, 60 cheapest + budget,
// 60 under a 1 ms time budget), each also checked with validatePlan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnknownCredentialError, InvalidInputError, indexCatalog } from '@pathwise/core';
import { createPlanner, validatePlan, type PlanQuery } from '../index.js';
import { planViolations } from './support/check-plan.js';
import { highsConstrained } from './support/highs-constrained.js';
import { randomCase, type RandomCase } from '@pathwise/test-support';

/** A random case with limits drawn around its unconstrained cheapest and fastest plans. */
const constrainedCase = fc
  .tuple(
    randomCase(4, 30),
    fc.double({ min: -0.3, max: 1.1, noNaN: true }),
    fc.double({ min: -0.3, max: 1.1, noNaN: true }),
    fc.array(fc.nat(), { maxLength: 2 }),
  )
  .map(([c, weekShare, costShare, picks]) => {
    const planner = createPlanner(c.catalog);
    const base = { target: c.target, have: c.have, asOf: c.asOf };
    const cheap = planner.plan({ ...base, objective: 'cheapest' });
    const fast = planner.plan({ ...base, objective: 'fastest' });
    const weeks = Math.max(
      0,
      Math.round(fast.totalWeeks + weekShare * (cheap.totalWeeks - fast.totalWeeks)),
    );
    const cost = Math.max(
      0,
      Math.round(cheap.totalCost + costShare * (fast.totalCost - cheap.totalCost)),
    );
    const ids = c.catalog.credentials.map((x) => x.id).filter((id) => id !== c.target);
    const exclude = [...new Set(picks.map((i) => ids[i % ids.length]!))];
    return { c, weeks, cost, exclude };
  });

async function check(
  c: RandomCase,
  query: PlanQuery & { target: string; objective: 'cheapest' | 'fastest' },
  minimise: 'cost' | 'weeks',
): Promise<void> {
  const plan = createPlanner(c.catalog).plan(query);
  const optimum = await highsConstrained(
    c.catalog,
    { ...query, have: c.have, asOf: c.asOf },
    minimise,
  );
  const index = indexCatalog(c.catalog);
  expect(validatePlan(index, query, plan)).toEqual([]);
  expect(plan.optimal).toBe(true);
  expect(plan.feasible).toBe(optimum !== undefined);
  if (!plan.feasible) {
    expect(plan.reason).toBeTruthy();
    return;
  }
  expect(planViolations(c.catalog, { ...query, have: c.have, asOf: c.asOf }, plan)).toEqual([]);
  expect(minimise === 'cost' ? plan.totalCost : plan.totalWeeks).toBe(optimum!.value);
}

describe('constrained planning on random catalogs', () => {
  it('cheapest + maxWeeks (and exclusions) equals the HiGHS big-M optimum', async () => {
    await fc.assert(
      fc.asyncProperty(constrainedCase, fc.boolean(), async ({ c, weeks, exclude }, useExclude) => {
        const query = {
          target: c.target,
          have: c.have,
          asOf: c.asOf,
          objective: 'cheapest' as const,
          maxWeeks: weeks,
          ...(useExclude ? { exclude } : {}),
        };
        await check(c, query, 'cost');
      }),
      { numRuns: 200 },
    );
  });

  it('fastest + maxCost (and exclusions, deadline) equals the least week of the HiGHS programme', async () => {
    await fc.assert(
      fc.asyncProperty(
        constrainedCase,
        fc.boolean(),
        fc.boolean(),
        async ({ c, weeks, cost, exclude }, useExclude, useWeeks) => {
          const query = {
            target: c.target,
            have: c.have,
            asOf: c.asOf,
            objective: 'fastest' as const,
            maxCost: cost,
            ...(useWeeks ? { maxWeeks: weeks } : {}),
            ...(useExclude ? { exclude } : {}),
          };
          await check(c, query, 'weeks');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('cheapest + maxCost is a feasibility check of the optimum', async () => {
    await fc.assert(
      fc.asyncProperty(constrainedCase, async ({ c, cost }) => {
        const budget = Math.max(0, cost - 50);
        const query = {
          target: c.target,
          have: c.have,
          asOf: c.asOf,
          objective: 'cheapest' as const,
          maxCost: budget,
        };
        await check(c, query, 'cost');
      }),
      { numRuns: 60 },
    );
  });

  it('keeps bound ≤ optimum ≤ plan under a 1 ms time budget (25-50 credentials)', async () => {
    const larger = randomCase(25, 50).map((c) => {
      const planner = createPlanner(c.catalog);
      const base = { target: c.target, have: c.have, asOf: c.asOf };
      const cheap = planner.plan({ ...base, objective: 'cheapest' });
      const fast = planner.plan({ ...base, objective: 'fastest' });
      return {
        c,
        weeks: Math.floor((cheap.totalWeeks + fast.totalWeeks) / 2),
        cost: Math.floor((cheap.totalCost + fast.totalCost) / 2),
      };
    });
    await fc.assert(
      fc.asyncProperty(larger, fc.boolean(), async ({ c, weeks, cost }, cheapest) => {
        const base = { target: c.target, have: c.have, asOf: c.asOf };
        const query: PlanQuery & { target: string } = cheapest
          ? { ...base, objective: 'cheapest', maxWeeks: weeks, timeBudgetMs: 1 }
          : { ...base, objective: 'fastest', maxCost: cost, timeBudgetMs: 1 };
        const plan = createPlanner(c.catalog).plan(query);
        const optimum = await highsConstrained(
          c.catalog,
          { ...query, have: c.have, asOf: c.asOf },
          cheapest ? 'cost' : 'weeks',
        );
        expect(validatePlan(indexCatalog(c.catalog), query, plan)).toEqual([]);
        const got = cheapest ? plan.totalCost : plan.totalWeeks;
        if (plan.feasible && plan.optimal) expect(got).toBe(optimum!.value);
        else if (plan.feasible)
          expect([plan.bound! <= optimum!.value, got >= optimum!.value]).toEqual([true, true]);
        else if (plan.optimal) expect(optimum).toBeUndefined();
        else expect(plan.bound).toBeDefined();
      }),
      { numRuns: 60 },
    );
  });

  it('rejects unknown excluded ids and bad limits', () => {
    const catalog = {
      format: 'pathwise.catalog/v1' as const,
      credentials: [{ id: 'a', name: 'A', kind: 'course' as const, cost: 1, durationWeeks: 1 }],
    };
    const planner = createPlanner(catalog);
    expect(() => planner.plan({ target: 'a', exclude: ['nope'] })).toThrow(UnknownCredentialError);
    expect(() => planner.plan({ target: 'a', maxWeeks: -1 })).toThrow(InvalidInputError);
    expect(() => planner.plan({ target: 'a', maxCost: Number.NaN })).toThrow(InvalidInputError);
  });

  it('names the requirement that cannot be met', () => {
    const catalog = {
      format: 'pathwise.catalog/v1' as const,
      credentials: [
        { id: 'a', name: 'A', kind: 'course' as const, cost: 100, durationWeeks: 20 },
        { id: 'b', name: 'B', kind: 'course' as const, cost: 300, durationWeeks: 10 },
        {
          id: 't',
          name: 'T',
          kind: 'course' as const,
          cost: 10,
          durationWeeks: 2,
          requires: { any: ['a', 'b'] },
        },
      ],
    };
    const planner = createPlanner(catalog);
    const q = { target: 't', asOf: '2026-01-01' };
    const none = planner.plan({ ...q, exclude: ['a', 'b'] });
    expect([none.feasible, none.steps, none.totalCost]).toEqual([false, [], 0]);
    expect(none.reason).toContain('"t"');
    expect(planner.plan({ ...q, maxWeeks: 5 }).feasible).toBe(false);
    const between = planner.plan({ ...q, maxWeeks: 12, maxCost: 400 });
    expect([between.feasible, between.totalCost, between.totalWeeks]).toEqual([true, 310, 12]);
    // The held target is held even when excluded.
    const held = planner.plan({ ...q, have: [{ id: 't' }], exclude: ['t'], maxWeeks: 0 });
    expect([held.feasible, held.steps.length]).toEqual([true, 0]);
  });
});

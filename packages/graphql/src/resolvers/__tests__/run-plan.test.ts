// The request's planning budget: each plan gets at most what is left, its time is charged, and a
// request with nothing left is refused with TIMEOUT. Runs the real engine in this thread.
import { describe, expect, it } from 'vitest';
import { PathwiseError, type Catalog } from '@pathwise/core';
import { createPlanner, type PlanQuery } from '@pathwise/engine';
import { DEFAULT_LIMITS, type CatalogView, type PathwiseContext } from '../../context.js';
import { runPlan } from '../run-plan.js';

const catalog: Catalog = {
  format: 'pathwise.catalog/v1',
  credentials: [
    { id: 'a', name: 'A', kind: 'course', cost: 10, durationWeeks: 2 },
    { id: 'b', name: 'B', kind: 'certificate', cost: 5, durationWeeks: 1, requires: 'a' },
  ],
};
const planner = createPlanner(catalog);
const budgets: number[] = [];
const view: CatalogView = {
  version: 1,
  index: planner.index,
  plan: async (query: PlanQuery) => {
    budgets.push(query.timeBudgetMs!);
    const started = performance.now();
    const plan = planner.plan(query);
    return { plan, ms: performance.now() - started + 1 };
  },
  frontier: async (query: PlanQuery) => ({ frontier: planner.frontier(query), ms: 1 }),
};
const ctxWith = (requestPlanBudgetMs: number, spentMs = 0): PathwiseContext =>
  ({
    limits: { ...DEFAULT_LIMITS, requestPlanBudgetMs },
    planClock: { spentMs },
  }) as unknown as PathwiseContext;

describe('runPlan', () => {
  it('plans within what is left of the budget and charges the time to the request', async () => {
    const ctx = ctxWith(5000, 4990);
    expect(
      (await runPlan(ctx, view, { target: 'b', asOf: '2026-01-01', timeBudgetMs: 2000 })).totalCost,
    ).toBe(15);
    expect(budgets.at(-1)).toBe(10);
    expect(ctx.planClock.spentMs).toBeGreaterThan(4991);
  });

  it('refuses with TIMEOUT when the budget is spent', async () => {
    const error = await runPlan(ctxWith(100, 100), view, { target: 'b', asOf: '2026-01-01' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PathwiseError);
    expect((error as PathwiseError).code).toBe('TIMEOUT');
  });

  it('charges up front: plans started side by side share one deadline, and past it get TIMEOUT', async () => {
    const runs: { deadline: number; budget: number }[] = [];
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow: CatalogView = {
      ...view,
      plan: async (query, run) => {
        runs.push({ deadline: run!.deadline, budget: query.timeBudgetMs! });
        await held;
        return { plan: planner.plan(query), ms: 1 };
      },
    };
    const ctx = ctxWith(50);
    const aliased = [1, 2, 3].map(() =>
      runPlan(ctx, slow, { target: 'b', asOf: '2026-01-01', timeBudgetMs: 2000 }),
    );
    // One deadline for all three, and no plan may use more than the request's budget.
    expect(new Set(runs.map((r) => r.deadline)).size).toBe(1);
    expect(runs.every((r) => r.budget <= 50)).toBe(true);
    await new Promise((r) => setTimeout(r, 80));
    const late = await runPlan(ctx, slow, { target: 'b', asOf: '2026-01-01' }).catch(
      (e: unknown) => e,
    );
    expect((late as PathwiseError).code).toBe('TIMEOUT');
    release();
    expect((await Promise.all(aliased)).map((p) => p.totalCost)).toEqual([15, 15, 15]);
  });

  it('passes planner errors on', async () => {
    await expect(runPlan(ctxWith(5000), view, { target: 'nope' })).rejects.toMatchObject({
      code: 'UNKNOWN_CREDENTIAL',
    });
  });
});

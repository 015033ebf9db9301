// The request's planning budget: each plan gets at most what is left, its time is charged, and a
// request with nothing left is refused with TIMEOUT. Runs the real engine.
import { describe, expect, it } from 'vitest';
import { PathwiseError, type Catalog } from '@pathwise/core';
import { createPlanner } from '@pathwise/engine';
import { DEFAULT_LIMITS, type PathwiseContext } from '../../context.js';
import { runPlan } from '../run-plan.js';

const catalog: Catalog = {
  format: 'pathwise.catalog/v1',
  credentials: [
    { id: 'a', name: 'A', kind: 'course', cost: 10, durationWeeks: 2 },
    { id: 'b', name: 'B', kind: 'certificate', cost: 5, durationWeeks: 1, requires: 'a' },
  ],
};
const planner = createPlanner(catalog);
const ctxWith = (requestPlanBudgetMs: number, spentMs = 0): PathwiseContext =>
  ({ limits: { ...DEFAULT_LIMITS, requestPlanBudgetMs }, planClock: { spentMs } }) as unknown as PathwiseContext;

describe('runPlan', () => {
  it('plans and charges the time to the request', () => {
    const ctx = ctxWith(5000);
    expect(runPlan(ctx, planner, { target: 'b', asOf: '2026-01-01' }).totalCost).toBe(15);
    expect(ctx.planClock.spentMs).toBeGreaterThan(0);
  });

  it('refuses with TIMEOUT when the budget is spent', () => {
    let error: unknown;
    try {
      runPlan(ctxWith(100, 100), planner, { target: 'b', asOf: '2026-01-01' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PathwiseError);
    expect((error as PathwiseError).code).toBe('TIMEOUT');
  });

  it('still reports planner errors, charging their time too', () => {
    const ctx = ctxWith(5000);
    expect(() => runPlan(ctx, planner, { target: 'nope' })).toThrow(expect.objectContaining({ code: 'UNKNOWN_CREDENTIAL' }));
  });
});

// Issue 13 item 6: work a client abandoned is cancelled, in the planning workers too. Twenty clients
// send hard plans and give up; the queue they left empties and the next trivial plan does not wait
// behind their plans (each would otherwise run its whole time budget on the one worker).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './helpers/api-server.js';
import { hardCatalog } from '@pathwise/test-support';
import { HARD_PLAN, TRIVIAL_PLAN, post, readyzUntil } from './helpers/hard-plans.js';

const PLAN_BUDGET_MS = 4000;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(hardCatalog(), {
    planWorkers: 1,
    limits: { planTimeBudgetMs: PLAN_BUDGET_MS, requestPlanBudgetMs: PLAN_BUDGET_MS },
  });
  // The worker thread is up and has compiled the catalog.
  expect((await post(api.url, TRIVIAL_PLAN)).body.errors).toBeUndefined();
});
afterAll(async () => {
  await api?.stop();
});

describe('abandoned work', () => {
  it('is cancelled when 20 clients give up: the next trivial plan does not wait for their plans', async () => {
    const gaveUp = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        post(api.url, HARD_PLAN, { signal: AbortSignal.timeout(300) }),
      ),
    );
    expect(gaveUp.every((r) => r.status === 'rejected')).toBe(true);

    // Nothing of theirs is left waiting or running (without cancellation: 20 x 4 s of planning).
    await readyzUntil(
      api.base,
      (b) => b.queue?.queued === 0 && b.queue.running === 0,
      PLAN_BUDGET_MS,
    );
    const started = performance.now();
    const next = await post(api.url, TRIVIAL_PLAN, {
      signal: AbortSignal.timeout(PLAN_BUDGET_MS),
    });
    expect(next.body.errors).toBeUndefined();
    expect(next.body.data).toEqual({ plan: { optimal: true, totalCost: 1 } });
    // The bound is the point: less than one abandoned hard plan's budget.
    expect(next.at - started).toBeLessThan(PLAN_BUDGET_MS);
  });
});

// Issue 13 item 5: the request's planning budget is charged up front and shared by every field of
// the request. Thirty aliased hard plans (each would use its whole time budget) end with TIMEOUT for
// the fields that could not run within the request budget, instead of running one after another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './helpers/api-server.js';
import { hardCatalog, HARD_TARGET } from '@pathwise/test-support';
import { codesOf, post } from './helpers/hard-plans.js';

const PLAN_BUDGET_MS = 600;
const REQUEST_BUDGET_MS = 2000;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(hardCatalog(), {
    planWorkers: 2,
    limits: { planTimeBudgetMs: PLAN_BUDGET_MS, requestPlanBudgetMs: REQUEST_BUDGET_MS },
  });
  // Both worker threads are up and have compiled the catalog. On a loaded machine a thread may still
  // be starting when the first request's budget runs out (TIMEOUT): warming up is set-up, so retry.
  const warmUp = (): ReturnType<typeof post> =>
    post(
      api.url,
      `{ a: plan(input: { target: "trivial" }) { totalCost } b: plan(input: { target: "trivial" }) { totalCost } }`,
    );
  let warm = await warmUp();
  for (let attempt = 1; attempt < 10 && warm.body.errors !== undefined; attempt++)
    warm = await warmUp();
  expect(warm.body.errors).toBeUndefined();
});
afterAll(async () => {
  await api?.stop();
});

/** @returns the service's samples of `name` from GET /metrics, summed over their labels */
async function metric(name: string): Promise<number> {
  const text = await (await fetch(`${api.base}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n'))
    if (line.startsWith(`${name}{`) || line.startsWith(`${name} `))
      sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  return sum;
}

/** Plans the service has made so far (pathwise_plans_total over every label). */
const plansMade = (): Promise<number> => metric('pathwise_plans_total');

/** Plans made, read once no plan waits or runs: the request's dropped plans are settled. */
async function plansMadeWhenIdle(): Promise<number> {
  for (;;) {
    const busy =
      (await metric('pathwise_plan_queue_depth')) + (await metric('pathwise_plan_queue_running'));
    if (busy === 0) return plansMade();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the request planning budget', () => {
  it('is shared by 30 aliased hard plans: the ones past it get TIMEOUT; at most 4 a worker run', async () => {
    const fields = Array.from(
      { length: 30 },
      (_, i) =>
        `p${i}: plan(input: { target: "${HARD_TARGET}", asOf: "2026-01-01" }) { optimal totalCost }`,
    );
    const before = await plansMade();
    const answer = await post(api.url, `{ ${fields.join('\n')} }`);

    const codes = codesOf(answer);
    // Some plans ran within the budget; every other field is a TIMEOUT (and, `plan` being non-null,
    // the data is null).
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.length).toBeLessThan(30);
    expect(new Set(codes)).toEqual(new Set(['TIMEOUT']));
    expect(answer.body.data).toBeNull();
    // The request does not run 30 x 600 ms on 2 workers: a hard plan uses its whole 600 ms, and no
    // plan starts after the request's 2,000 ms deadline, so each worker makes at most
    // ceil(2000 / 600) = 4 of them (the service's own count, once its queue is idle). A slower
    // machine makes fewer, never more.
    const made = (await plansMadeWhenIdle()) - before;
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThanOrEqual(2 * Math.ceil(REQUEST_BUDGET_MS / PLAN_BUDGET_MS));
  });

  it('leaves later requests their own budget', async () => {
    const answer = await post(
      api.url,
      `{ a: plan(input: { target: "trivial" }) { totalCost } b: plan(input: { target: "${HARD_TARGET}" }) { optimal } }`,
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({ a: { totalCost: 1 }, b: { optimal: false } });
  });
});

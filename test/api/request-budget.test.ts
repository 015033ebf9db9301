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

describe('the request planning budget', () => {
  it('is shared by 30 aliased hard plans: the ones past it get TIMEOUT, within 3x the budget', async () => {
    const fields = Array.from(
      { length: 30 },
      (_, i) =>
        `p${i}: plan(input: { target: "${HARD_TARGET}", asOf: "2026-01-01" }) { optimal totalCost }`,
    );
    const started = performance.now();
    const answer = await post(api.url, `{ ${fields.join('\n')} }`);
    const elapsed = answer.at - started;

    const codes = codesOf(answer);
    // Some plans ran within the budget; every other field is a TIMEOUT (and, `plan` being non-null,
    // the data is null).
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.length).toBeLessThan(30);
    expect(new Set(codes)).toEqual(new Set(['TIMEOUT']));
    expect(answer.body.data).toBeNull();
    // Generous: the point is that the request does not run 30 x 600 ms / 2 workers = 9 s.
    expect(elapsed).toBeLessThan(3 * REQUEST_BUDGET_MS);
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

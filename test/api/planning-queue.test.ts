// Issue 13 item 7: the planning queue is bounded and shared fairly per client (API key, else
// address). A client with many hard plans waiting does not hold up another client's trivial plan;
// a full share is refused 429 RATE_LIMITED, a full queue 503 SERVICE_UNAVAILABLE, both with
// Retry-After; /readyz reports saturation; per-key and per-address request rates are limited.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './helpers/api-server.js';
import { hardCatalog } from './helpers/hard-catalog.js';
import { HARD_PLAN, TRIVIAL_PLAN, codesOf, post, readyzUntil } from './helpers/hard-plans.js';

const KEYS = { 'a-key': 'provider-a', 'b-key': 'provider-b' };
let api: TestApi | undefined;
afterEach(async () => {
  await api?.stop();
  api = undefined;
});

async function start(limits: Record<string, number>): Promise<TestApi> {
  api = await startTestApi(hardCatalog(), {
    planWorkers: 1,
    keys: KEYS,
    limits: { planTimeBudgetMs: 500, requestPlanBudgetMs: 20_000, ...limits },
  });
  expect((await post(api.url, TRIVIAL_PLAN)).body.errors).toBeUndefined(); // the worker is up
  return api;
}

describe('the planning queue', () => {
  it("gives the next worker to another client's trivial plan, not to the busy client's next", async () => {
    // Long plans, so the other client's request is surely queued while the first hard plan runs.
    const { url, base } = await start({ planTimeBudgetMs: 5000 });
    const giveUp = new AbortController();
    const answeredAt: number[] = [];
    const busy = Array.from({ length: 6 }, () =>
      post(url, HARD_PLAN, { key: 'a-key', signal: giveUp.signal }).then(
        (a) => answeredAt.push(a.at),
        () => undefined,
      ),
    );
    await readyzUntil(base, (b) => (b.queue?.queued ?? 0) >= 4);
    const other = await post(url, TRIVIAL_PLAN, { key: 'b-key' });
    expect(other.status).toBe(200);
    expect(other.body.errors).toBeUndefined();
    // First come first served would answer it after all six; a fair share right after the first.
    expect(answeredAt.filter((at) => at < other.at).length).toBeLessThanOrEqual(1);
    giveUp.abort();
    await Promise.all(busy);
  });

  it('refuses past a client share with 429 and past the whole queue with 503, both with Retry-After; /readyz says saturated', async () => {
    const { url, base } = await start({
      maxQueuedPlans: 3,
      maxQueuedPlansPerClient: 2,
      planTimeBudgetMs: 10_000,
    });
    // The hard plans are abandoned at the end (their work is cancelled), so the test does not wait.
    const giveUp = new AbortController();
    const { signal } = giveUp;
    const hard = (key: string): Promise<unknown> =>
      post(url, HARD_PLAN, { key, signal }).catch(() => undefined);
    const held = [hard('a-key')]; // runs
    await readyzUntil(base, (b) => b.queue?.running === 1);
    held.push(hard('a-key'), hard('a-key'));
    await readyzUntil(base, (b) => b.queue?.queued === 2);
    const overShare = await post(url, HARD_PLAN, { key: 'a-key' });
    expect(overShare.status).toBe(429);
    expect(codesOf(overShare)).toEqual(['RATE_LIMITED']);
    expect(Number(overShare.retryAfter)).toBeGreaterThanOrEqual(1);

    held.push(hard('b-key')); // the third and last place in the queue
    const saturated = await readyzUntil(base, (b) => b.queue?.queued === 3);
    expect(saturated.status).toBe('saturated');
    const readyz = await fetch(`${base}/readyz`);
    expect(readyz.status).toBe(503);
    expect(Number(readyz.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    // Anonymous: its own share, but no room left. (A trivial plan would still be answered: the quick
    // lane proves it optimal without waiting for the main queue.)
    const overQueue = await post(url, HARD_PLAN);
    expect(overQueue.status).toBe(503);
    expect(codesOf(overQueue)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(Number(overQueue.retryAfter)).toBeGreaterThanOrEqual(1);

    giveUp.abort();
    await Promise.all(held);
    const ready = await readyzUntil(base, (b) => b.queue?.queued === 0 && b.queue.running === 0);
    expect(ready.status).toBe('ready');
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect((await post(url, TRIVIAL_PLAN)).status).toBe(200);
  });

  it('answers a trivial plan in the quick lane while hard plans hold every main worker; without it, after them', async () => {
    for (const quickPlanMs of [50, 0]) {
      const { url, base } = await start({ planTimeBudgetMs: 10_000, quickPlanMs });
      const giveUp = new AbortController();
      let hardAnswered = 0;
      const busy = Array.from({ length: 3 }, () =>
        post(url, HARD_PLAN, { key: 'a-key', signal: giveUp.signal }).then(
          () => hardAnswered++,
          () => undefined,
        ),
      );
      // One hard plan holds the only main worker for up to 10 s; two more wait behind it.
      await readyzUntil(base, (b) => b.queue?.running === 1 && b.queue.queued === 2);
      if (quickPlanMs > 0) {
        const trivial = await post(url, TRIVIAL_PLAN, { key: 'b-key' });
        expect(trivial.body).toEqual({ data: { plan: { optimal: true, totalCost: 1 } } });
        // Answered while the hard plans still run or wait: none of them has finished.
        expect(hardAnswered).toBe(0);
        expect((await readyzUntil(base, () => true)).queue?.running).toBe(1);
      } else {
        // Without the quick lane it waits for the main worker: a hard plan finishes (or is given up) first.
        const trivial = post(url, TRIVIAL_PLAN, { key: 'b-key' });
        await readyzUntil(base, (b) => b.queue?.queued === 3);
        giveUp.abort();
        expect((await trivial).body).toEqual({ data: { plan: { optimal: true, totalCost: 1 } } });
      }
      giveUp.abort();
      await Promise.all(busy);
      await api!.stop();
      api = undefined;
    }
  });

  it('limits requests per key and per address, each client on its own', async () => {
    const { url } = await start({ rateLimitPerKey: 3, rateLimitPerAddress: 2 });
    // The start-up probe used one of this address's two requests.
    const anonymous = await post(url, TRIVIAL_PLAN);
    expect(anonymous.status).toBe(200);
    const limited = await post(url, TRIVIAL_PLAN);
    expect(limited.status).toBe(429);
    expect(codesOf(limited)).toEqual(['RATE_LIMITED']);
    expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);

    const keyed = [];
    for (let i = 0; i < 4; i++) keyed.push(await post(url, TRIVIAL_PLAN, { key: 'a-key' }));
    expect(keyed.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect((await post(url, TRIVIAL_PLAN, { key: 'b-key' })).status).toBe(200);
    // An unknown key counts as its address, so inventing keys buys nothing.
    expect((await post(url, TRIVIAL_PLAN, { key: 'made-up' })).status).toBe(429);
  });
});

// One planner per catalog version, over a real FileCatalogStore: reused while the version stands,
// rebuilt once when another writer publishes, shared by concurrent requests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { createPlanner } from '@pathwise/engine';
import { FileCatalogStore } from '@pathwise/store';
import { PlannerCache, guardWrites } from '../planner-cache.js';
import { gatedStore } from './gated-store.js';

const seed: Catalog = {
  format: 'pathwise.catalog/v1',
  providers: [{ id: 'u', name: 'U' }],
  credentials: [
    { id: 'a', name: 'A', kind: 'course', provider: 'u', cost: 10, durationWeeks: 1 },
    {
      id: 'b',
      name: 'B',
      kind: 'certificate',
      provider: 'u',
      cost: 5,
      durationWeeks: 1,
      requires: 'a',
    },
  ],
};

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('PlannerCache', () => {
  it("builds once per version and sees another writer's publish", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pathwise-cache-'));
    dirs.push(dir);
    const store = await FileCatalogStore.open(dir, { seed });
    const writer = await FileCatalogStore.open(dir);
    let builds = 0;
    const cache = new PlannerCache(store, {
      build: (catalog) => {
        builds++;
        return createPlanner(catalog);
      },
    });
    const [v1, again, concurrent] = await Promise.all([
      cache.current(),
      cache.current(),
      cache.current(),
    ]);
    expect(builds).toBe(1);
    expect(v1).toBe(again);
    expect(v1).toBe(concurrent);
    expect((await cache.current()).version).toBe(1);
    expect(builds).toBe(1);

    await writer.apply({
      kind: 'publish',
      provider: 'u',
      credentials: [{ id: 'a', name: 'A', kind: 'course', cost: 1, durationWeeks: 1 }],
    });
    // The switch happens in the background: the loaded version answers meanwhile.
    expect((await cache.current()).version).toBe(1);
    await cache.settled();
    const v2 = await cache.current();
    expect(v2.version).toBe(2);
    expect(builds).toBe(2);
    expect((await v2.plan({ target: 'b', asOf: '2026-01-01' })).plan.totalCost).toBe(6);
    await Promise.all([store.close(), writer.close()]);
  });

  it('answers from the loaded version while a new one loads, and adopts its own publish at once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pathwise-cache-'));
    dirs.push(dir);
    const real = await FileCatalogStore.open(dir, { seed });
    const writer = await FileCatalogStore.open(dir);
    // The real store, whose loads wait at a gate the test opens: a version switch held open.
    const gated = gatedStore(real);
    const store = gated.store;
    const cache = new PlannerCache(store);
    expect((await cache.current()).version).toBe(1);

    const open = gated.hold();
    await writer.apply({
      kind: 'publish',
      provider: 'u',
      credentials: [{ id: 'c', name: 'C', kind: 'course', cost: 3, durationWeeks: 1 }],
    });
    // Version 2 is loading and its load cannot finish: requests are answered from version 1.
    const during = await Promise.all([cache.current(), cache.current()]);
    expect(during.map((v) => v.version)).toEqual([1, 1]);
    await vi.waitFor(() => expect(gated.loads()).toBe(2)); // the background check started the load
    expect(during[0]!.index.byId.has('c')).toBe(false);

    // A publish through this process (the service's guardWrites) is answered from at once.
    const writes = guardWrites(store, cache);
    const mine = await writes.apply({
      kind: 'publish',
      provider: 'u',
      credentials: [{ id: 'd', name: 'D', kind: 'course', cost: 4, durationWeeks: 1 }],
    });
    expect(mine.version).toBe(3);
    const adopted = await cache.current();
    expect(adopted.version).toBe(3);
    expect(adopted.index.byId.has('c') && adopted.index.byId.has('d')).toBe(true);

    open();
    // The held load of version 2 ends without replacing the newer version 3.
    expect((await cache.settled())?.version).toBe(3);
    expect((await cache.current()).version).toBe(3);
    await Promise.all([real.close(), writer.close()]);
  });
});

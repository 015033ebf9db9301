// One planner per catalog version, over a real FileCatalogStore: reused while the version stands,
// rebuilt once when another writer publishes, shared by concurrent requests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { createPlanner } from '@pathwise/engine';
import { FileCatalogStore } from '@pathwise/store';
import { PlannerCache } from '../planner-cache.js';

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
    const v2 = await cache.current();
    expect(v2.version).toBe(2);
    expect(builds).toBe(2);
    expect((await v2.plan({ target: 'b', asOf: '2026-01-01' })).plan.totalCost).toBe(6);
    await Promise.all([store.close(), writer.close()]);
  });
});

/**
 * A file-store publish killed mid-way (kill -9 of a child process at each stage of the apply, and at
 * random moments) leaves the previous version intact and readable; the next apply carries on. Both
 * ways a store commits: rewriting its catalog file after each change (a small catalog), and keeping
 * changes in the log's tail after it (a big one).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runKillableChild } from '../helpers/fixture-process.js';
import { expectSeedOrWholePublish } from '../helpers/store-outcomes.js';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileCatalogStore } from '@pathwise/store';
import { makeCredential, richCatalog } from '@pathwise/store/contract';

const here = dirname(fileURLToPath(import.meta.url));
const root = await mkdtemp(join(tmpdir(), 'pathwise-file-crash-'));
afterAll(() => rm(root, { recursive: true, force: true }));

/** Runs the publishing fixture; kills it -9 as `kill` says. @returns how it ended */
function runChild(
  dir: string,
  stage: string,
  count: number,
  kill: { on?: string; afterMs?: number },
  mode: string,
) {
  return runKillableChild(
    join(here, 'fixtures', 'file-publish-child.ts'),
    [dir, stage, String(count), mode],
    kill,
  );
}

async function seeded(name: string): Promise<string> {
  const dir = join(root, name);
  const store = await FileCatalogStore.open(dir, { seed: richCatalog() });
  await store.close();
  return dir;
}

describe.each(['whole', 'tail'])('file store (%s): publish killed mid-way', (mode) => {
  for (const stage of ['log-written', 'before-rename']) {
    it(`keeps the previous version when killed at ${stage}`, async () => {
      const dir = await seeded(`${mode}-${stage}`);
      const run = await runChild(dir, stage, 5000, { on: `STAGE ${stage}` }, mode);
      expect(run.killed, run.output).toBe(true);
      expect(run.output).not.toContain('DONE');
      const store = await FileCatalogStore.open(dir);
      expect(await store.load()).toEqual({ version: 1, catalog: richCatalog() });
      // The dead writer's temporary file is removed on open.
      expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect(await store.changesSince(0)).toEqual([]);
      const next = await store.apply({
        kind: 'publish',
        provider: 'corp',
        credentials: [makeCredential('n', 'corp')],
      });
      expect(next.version).toBe(2);
      expect((await store.changesSince(0)).map((r) => r.version)).toEqual([2]);
      await store.close();
    });
  }

  it('is either the old version or the whole new one when killed at random moments', async () => {
    const outcomes: number[] = [];
    for (const afterMs of [0, 40, 120, 250, 400]) {
      const dir = await seeded(`${mode}-random-${afterMs}`);
      await runChild(dir, 'none', 20000, { afterMs }, mode);
      const store = await FileCatalogStore.open(dir);
      outcomes.push(await expectSeedOrWholePublish(store, 20000));
      await store.close();
    }
    console.info(
      `file store (${mode}) random kills: versions after restart ${outcomes.join(', ')}`,
    );
  });
});

// Issue 14, the compiled snapshot, against the real service process on a file store: it writes
// catalog.snapshot.bin beside catalog.json on start and after a publish (bound to the bytes of the
// committed catalog.json), and a restart on a damaged snapshot logs a warning naming the file, serves
// the stored catalog from its JSON, and writes the snapshot anew. Both planning modes (in-thread,
// PATHWISE_PLAN_WORKERS=0, and the worker pool, whose workers share the snapshot) start from the
// snapshot and answer the same plan.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNAPSHOT_HEADER_BYTES, SNAPSHOT_KEY_BYTES } from '@pathwise/engine';
import { campusCatalog } from './helpers/catalogs.js';
import { postGraphQL, spawnReadyService, type Service } from './helpers/spawn-service.js';

const KEY = 'snapshot-publisher-key';
const TIMEOUT_MS = 240_000;
let dir: string;
let service: Service | undefined;
let port: number;

async function start(workers: string): Promise<void> {
  ({ service, port } = await spawnReadyService({
    PATHWISE_CATALOG: join(dir, 'campus.json'),
    PATHWISE_DATA_DIR: join(dir, 'store'),
    PATHWISE_API_KEYS: `${KEY}:state-u`,
    PATHWISE_PLAN_WORKERS: workers,
  }));
}

async function stop(): Promise<void> {
  service!.child.kill('SIGKILL');
  await service!.exited;
}

/** @returns whether the snapshot on disk is bound to the bytes of catalog.json (the header's end) */
async function snapshotMatchesCatalog(): Promise<boolean> {
  const json = await readFile(join(dir, 'store', 'catalog.json'));
  const snapshot = await readFile(join(dir, 'store', 'catalog.snapshot.bin'));
  const key = createHash('sha256').update(json).digest();
  const keyAt = SNAPSHOT_HEADER_BYTES - SNAPSHOT_KEY_BYTES;
  return Buffer.compare(snapshot.subarray(keyAt, SNAPSHOT_HEADER_BYTES), key) === 0;
}

const PLAN =
  '{ plan(input: { target: "snap-cert" }) { feasible optimal totalCost steps { credential { id } } } }';

async function planIds(): Promise<string[]> {
  const body = await postGraphQL(port, PLAN);
  expect(body.data?.plan, JSON.stringify(body)).toMatchObject({ feasible: true, optimal: true });
  return body.data.plan.steps.map((s: { credential: { id: string } }) => s.credential.id);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pathwise-snapshot-restart-'));
  await writeFile(join(dir, 'campus.json'), JSON.stringify(campusCatalog()));
});
afterAll(async () => {
  service?.child.kill('SIGKILL');
  await service?.exited;
  await rm(dir, { recursive: true, force: true });
});

describe('the service on a file store with compiled snapshots', () => {
  it(
    'writes the snapshot on start and after a publish; a damaged one falls back with a warning',
    async () => {
      await start('0');
      expect(await snapshotMatchesCatalog()).toBe(true);
      const query = `mutation { publishProgram(input: { provider: "state-u", credentials: [
        { id: "snap-cert", name: "Snapshot cert", kind: "certificate", cost: 7, durationWeeks: 1, requires: "py-101" }
      ] }) { catalogVersion } }`;
      const published = await postGraphQL(port, query, KEY);
      expect(published, JSON.stringify(published)).toEqual({
        data: { publishProgram: { catalogVersion: 2 } },
      });
      expect(await snapshotMatchesCatalog()).toBe(true);
      const before = await planIds();
      await stop();

      // Restart in-thread: starts from the snapshot, no warning, same plan.
      await start('0');
      expect(service!.lines.filter((l) => l.level === 40)).toEqual([]);
      expect(await planIds()).toEqual(before);
      await stop();

      // Restart with two planning workers: they plan on the shared snapshot, no warning, same plan.
      await start('2');
      expect(service!.lines.filter((l) => l.level === 40)).toEqual([]);
      expect(await planIds()).toEqual(before);
      await stop();

      // Damage the snapshot: the restart warns, serves version 2 from the JSON, and rewrites it.
      const path = join(dir, 'store', 'catalog.snapshot.bin');
      const bytes = await readFile(path);
      await writeFile(path, bytes.subarray(0, bytes.length >> 1));
      await start('1');
      const warnings = service!.lines.filter((l) => l.level === 40).map((l) => String(l.msg));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(path);
      expect(warnings[0]).toMatch(/loading the catalog from its JSON/);
      expect(await planIds()).toEqual(before);
      expect(await snapshotMatchesCatalog()).toBe(true);
      await stop();
    },
    TIMEOUT_MS,
  );
});

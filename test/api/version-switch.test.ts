// A catalog version switch never holds a plan (issue 13, the soak's tail): on the real service (HTTP,
// Apollo, planning workers, a real FileCatalogStore whose loads the test can hold at a gate), a plan
// asked for while a newer version is being loaded is answered from the loaded version, without
// waiting for the load; a publish through the service is answered from at once (its writer reads its
// own write); once the load ends, the newer version answers. The `Server-Timing` header
// (PATHWISE_SERVER_TIMING) says the request waited for no switch. Also: the main lane's worker
// threads run at a lower OS priority (Linux), seen in /proc of the spawned service.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FileCatalogStore } from '@pathwise/store';
import { TRIVIAL_TARGET, hardCatalog } from '@pathwise/test-support';
import { startServer, type RunningServer } from '../../services/api/src/start-server.js';
import { apiKeysFrom } from '../../services/api/src/api-keys.js';
import { createLogger } from '../../services/api/src/logger.js';
import { gatedStore, type GatedStore } from '../../services/api/src/__tests__/gated-store.js';
import { isReady, spawnService, waitFor, type Service } from './helpers/spawn-service.js';

const PLAN = `{ catalogVersion plan(input: { target: "${TRIVIAL_TARGET}" }) { totalCost } }`;

let dir: string;
let real: FileCatalogStore;
let writer: FileCatalogStore;
let server: RunningServer;
let gated: GatedStore;

async function post(query: string, key?: string) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  return { body, timing: res.headers.get('server-timing') ?? '' };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pathwise-switch-'));
  real = await FileCatalogStore.open(dir, { seed: hardCatalog() });
  writer = await FileCatalogStore.open(dir);
  gated = gatedStore(real);
  server = await startServer({
    store: gated.store,
    port: 0,
    host: '127.0.0.1',
    logger: createLogger('silent'),
    planWorkers: 1,
    serverTiming: true,
    apiKeys: apiKeysFrom([['k', 'prov']]),
  });
});
afterAll(async () => {
  await server?.stop();
  await writer?.close();
  await rm(dir, { recursive: true, force: true });
});

const credential = (id: string) =>
  `{ id: "${id}", name: "${id}", kind: "course", cost: 5, durationWeeks: 1 }`;

describe('a catalog version switch', () => {
  it('does not hold a plan: the loaded version answers until the new one is ready', async () => {
    const before = await post(PLAN);
    expect(before.body.data).toEqual({ catalogVersion: 1, plan: { totalCost: 1 } });
    expect(before.timing).toMatch(/(^|, )total;dur=[\d.]+/);

    const open = gated.hold();
    await writer.apply({
      kind: 'publish',
      provider: 'other',
      credentials: [{ id: 'by-other', name: 'B', kind: 'course', cost: 2, durationWeeks: 1 }],
    });
    const loadsBefore = gated.loads();
    // Version 2 is in the store; its load is held at the gate. Plans are still answered, from 1.
    const during = await Promise.all([post(PLAN), post(PLAN), post(PLAN)]);
    for (const answer of during) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data).toEqual({ catalogVersion: 1, plan: { totalCost: 1 } });
      expect(answer.timing).toContain('switch;desc=0');
    }
    // The requests had the version checked in the background: one load for all of them, still held.
    await vi.waitFor(() => expect(gated.loads()).toBe(loadsBefore + 1));

    // A publish through the service is seen by the next request at once, the load still held.
    const ack = await post(
      `mutation { publishProgram(input: { provider: "prov", credentials: [${credential('mine')}] }) { catalogVersion } }`,
      'k',
    );
    expect(ack.body.errors).toBeUndefined();
    expect(ack.body.data.publishProgram.catalogVersion).toBe(3);
    const mine = await post(
      `{ catalogVersion credential(id: "mine") { id } other: credential(id: "by-other") { id } }`,
    );
    expect(mine.body.data).toEqual({
      catalogVersion: 3,
      credential: { id: 'mine' },
      other: { id: 'by-other' },
    });
    const planned = await post(`{ plan(input: { target: "mine" }) { totalCost } }`);
    expect(planned.body.data).toEqual({ plan: { totalCost: 5 } });

    open();
    // The held load ends without taking the service back to an older version.
    const after = await post(PLAN);
    expect(after.body.data.catalogVersion).toBe(3);
  });

  it('a version published elsewhere is answered from once loaded', async () => {
    await writer.apply({
      kind: 'publish',
      provider: 'other',
      credentials: [{ id: 'later', name: 'L', kind: 'course', cost: 7, durationWeeks: 1 }],
    });
    // The first request after the publish starts the load; a later one sees the new version.
    let seen: any;
    for (let i = 0; i < 200 && seen?.catalogVersion !== 4; i++) {
      seen = (await post(`{ catalogVersion credential(id: "later") { id } }`)).body.data;
      if (seen?.catalogVersion !== 4) await new Promise((r) => setTimeout(r, 25));
    }
    expect(seen).toEqual({ catalogVersion: 4, credential: { id: 'later' } });
  });
});

describe('the main lane threads', () => {
  let service: Service | undefined;
  afterAll(() => {
    service?.child.kill('SIGKILL');
  });

  it.runIf(process.platform === 'linux')(
    'run at PATHWISE_MAIN_LANE_NICE, the event loop and the quick lane at the process priority',
    async () => {
      const catalog = join(dir, 'seed.json');
      await writeFile(catalog, JSON.stringify(hardCatalog()));
      service = spawnService({
        PATHWISE_CATALOG: catalog,
        PATHWISE_DATA_DIR: join(dir, 'spawned'),
        PATHWISE_PLAN_WORKERS: '2',
        PATHWISE_MAIN_LANE_NICE: '7',
        LOG_LEVEL: 'info',
      });
      await waitFor(() => service!.lines.find((l) => isReady(l)), 'the service');
      const pid = service.child.pid!;
      // Field 19 of /proc/PID/task/TID/stat is the nice value (after the parenthesised name).
      const nice = async (tid: string) => {
        const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      };
      const values = async () => Promise.all((await readdir(`/proc/${pid}/task`)).map(nice));
      expect(await nice(String(pid))).toBe(0);
      // Two main-lane threads (once their module has loaded); every other thread stays at 0.
      await vi.waitFor(
        async () => expect((await values()).filter((v) => v === 7)).toHaveLength(2),
        {
          timeout: 60_000,
          interval: 200,
        },
      );
      expect((await values()).filter((v) => v !== 7 && v !== 0)).toEqual([]);
    },
  );
});

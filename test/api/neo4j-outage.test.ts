// Issue 13 item 8 against a real Neo4j of this file's own (through the Maven harness, so freezing it
// disturbs no other suite) and the real service process: with Neo4j frozen (SIGSTOP) or stopped,
// /healthz answers and says the store is degraded, reads are served from the last loaded catalog
// version, publishes fail with SERVICE_UNAVAILABLE, and after SIGCONT the service recovers without
// a restart. A fetch that has not answered in 30 s fails the test (before: /healthz hung over 70 s).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOwnNeo4j } from '../../services/neo4j/scripts/harness.mjs';
import { campusCatalog } from './helpers/catalogs.js';
import {
  isReady,
  postGraphQL,
  spawnService,
  waitFor,
  type Service,
} from './helpers/spawn-service.js';

const neo = await startOwnNeo4j();
const suite = neo ? describe : describe.skip;

const HANG = 30_000;
const PUBLISH = (id: string) =>
  `mutation { publishProgram(input: { provider: "cloudco", credentials: [{ id: "${id}", name: "N ${id}", kind: "course", cost: 10, durationWeeks: 1 }] }) { catalogVersion } }`;
const READ =
  '{ catalogVersion credential(id: "cloud-found") { id } plan(input: { target: "cloud-found" }) { totalCost } }';

suite('service with Neo4j frozen or stopped', () => {
  let dir: string;
  let svc: Service;
  let port: number;

  const gql = (query: string, key?: string): Promise<any> => postGraphQL(port, query, key, HANG);
  const health = async (): Promise<{ status: number; body: any }> => {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`, {
      signal: AbortSignal.timeout(HANG),
    });
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pathwise-outage-'));
    await writeFile(join(dir, 'campus.json'), JSON.stringify(campusCatalog()));
    svc = spawnService({
      NEO4J_URI: neo!.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'neo4j',
      PATHWISE_NEO4J_CATALOG: 'outage',
      PATHWISE_CATALOG: join(dir, 'campus.json'),
      PATHWISE_API_KEYS: 'cc-key:cloudco',
      PATHWISE_STORE_TIMEOUT_MS: '8000',
      PATHWISE_PLAN_WORKERS: '0',
    });
    const listening = await waitFor(() => svc.lines.find((l) => isReady(l)), 'listening');
    port = listening.port as number;
  });
  afterAll(async () => {
    try {
      if (neo) process.kill(neo.pid, 'SIGCONT');
    } catch {
      // already stopped by the second test
    }
    svc?.child.kill('SIGKILL');
    await neo?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves reads from the last version, is degraded, refuses publishes, and recovers after SIGCONT', async () => {
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', catalogVersion: 1 } });
    expect((await gql(PUBLISH('before'), 'cc-key')).data.publishProgram.catalogVersion).toBe(2);
    const before = (await gql(READ)).data;
    expect(before.catalogVersion).toBe(2);

    process.kill(neo!.pid, 'SIGSTOP');
    try {
      expect(await health()).toEqual({
        status: 200,
        body: { status: 'degraded', store: 'unavailable', catalogVersion: 2 },
      });
      expect((await gql(READ)).data).toEqual(before);
      const refused = await gql(PUBLISH('during'), 'cc-key');
      expect(refused.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(refused)).not.toMatch(/\n\s+at /);
    } finally {
      process.kill(neo!.pid, 'SIGCONT');
    }

    // Recovers without a restart: poll until the store answers again (the vitest timeout bounds it).
    while ((await health()).body.status !== 'ok') await new Promise((r) => setTimeout(r, 200));
    const after = await gql(PUBLISH('after'), 'cc-key');
    expect(after.errors).toBeUndefined();
    expect(after.data.publishProgram.catalogVersion).toBe(3);
    expect((await gql(READ)).data.catalogVersion).toBe(3);
  });

  it('with Neo4j stopped, still answers health and reads, and refuses publishes', async () => {
    await neo!.stop();
    const h = await health();
    expect(h.status).toBe(200);
    expect(h.body).toMatchObject({ status: 'degraded', store: 'unavailable', catalogVersion: 3 });
    expect((await gql(READ)).data.catalogVersion).toBe(3);
    const refused = await gql(PUBLISH('stopped'), 'cc-key');
    expect(refused.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  });
});

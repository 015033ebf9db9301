// Three service processes on one real Neo4j catalog (issue 14, "many boxes"): publishes made on each
// are seen by every process, with contiguous versions, and the measured delays are reported (polled
// with a generous cap: wall-clock bounds are for the bench, not for a test). Then one process is killed
// with -9 in the middle of a batched publish: the others never show any of it, and their next publish
// takes the dead writer's lease once it expires, removes what it wrote, and goes on from the old version.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNeo4j } from '@pathwise/store-neo4j';
import { dropTestCatalogs, neo4jForTests } from '../neo4j/helpers/neo4j-for-tests.js';
import { campusCatalog } from './helpers/catalogs.js';
import {
  isReady,
  postGraphQL,
  spawnService,
  waitFor,
  type Service,
} from './helpers/spawn-service.js';

const neo = await neo4jForTests();
const suite = neo.skip ? describe.skip : describe;
const catalogName = `api-replicas-${process.pid}-${Date.now()}`;
/** How long a poll may take before the test fails: far above the 1 s goal, so load cannot flake it. */
const CAP_MS = 15_000;

const credentialLiteral = (id: string, requires?: string) =>
  `{ id: "${id}", name: "${id}", kind: "course", cost: 10, durationWeeks: 1${requires ? `, requires: "${requires}"` : ''} }`;
const publish = (port: number, credentials: string[]) =>
  postGraphQL(
    port,
    `mutation { publishProgram(input: { provider: "cloudco", credentials: [${credentials.join(', ')}] }) { catalogVersion } }`,
    'cc-key',
  );

/** @returns the ms until the service at `port` answers `version` (or later) with `id` in it */
async function seenAfter(port: number, version: number, id: string): Promise<number> {
  const started = performance.now();
  for (;;) {
    const res = await postGraphQL(port, `{ catalogVersion credential(id: "${id}") { id } }`);
    if (res.data?.catalogVersion >= version) {
      expect(res.data.credential, `${id} at version ${res.data.catalogVersion}`).toEqual({ id });
      return performance.now() - started;
    }
    if (performance.now() - started > CAP_MS)
      throw new Error(`port ${port} did not see version ${version} in ${CAP_MS} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const spread = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `n=${ms.length} median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`;
};

suite('three service processes on one Neo4j', () => {
  let dir: string;
  const services: Service[] = [];
  const ports: number[] = [];
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pathwise-api-replicas-'));
    await writeFile(join(dir, 'campus.json'), JSON.stringify(campusCatalog()));
    env = {
      NEO4J_URI: neo.connection!.uri,
      NEO4J_USER: neo.connection!.user ?? '',
      NEO4J_PASSWORD: neo.connection!.password ?? '',
      PATHWISE_NEO4J_CATALOG: catalogName,
      PATHWISE_CATALOG: join(dir, 'campus.json'),
      PATHWISE_API_KEYS: 'cc-key:cloudco',
      PATHWISE_NEO4J_BATCH_SIZE: '50',
      PATHWISE_NEO4J_LEASE_MS: '2000',
      PATHWISE_PLAN_WORKERS: '0',
    };
    for (let i = 0; i < 3; i++) {
      services.push(spawnService(env));
      const ready = await waitFor(() => services[i]!.lines.find((l) => isReady(l)), `service ${i}`);
      ports.push(ready.port as number);
    }
  }, 180_000);
  afterAll(async () => {
    for (const s of services) if (s.child.exitCode === null) s.child.kill('SIGTERM');
    await Promise.all(services.map((s) => s.exited));
    await dropTestCatalogs(neo.connection, [catalogName]);
    await neo.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('every process sees every publish, one after another and at once, with contiguous versions', async () => {
    const delays: number[] = [];
    for (let i = 0; i < 9; i++) {
      const id = `rep-${i}`;
      const res = await publish(ports[i % 3]!, [credentialLiteral(id, 'cloud-found')]);
      expect(res.errors).toBeUndefined();
      expect(res.data.publishProgram.catalogVersion).toBe(2 + i);
      for (const port of ports) delays.push(await seenAfter(port, 2 + i, id));
    }
    // All three at once, three rounds: each publish gets its own version, none lost.
    const versions: number[] = [];
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(
        ports.map((port, p) => publish(port, [credentialLiteral(`at-once-${round}-${p}`)])),
      );
      for (const res of results) {
        expect(res.errors).toBeUndefined();
        versions.push(res.data.publishProgram.catalogVersion as number);
      }
      const last = Math.max(...versions);
      for (const port of ports)
        for (let p = 0; p < 3; p++)
          delays.push(await seenAfter(port, last, `at-once-${round}-${p}`));
    }
    expect(versions.sort((a, b) => a - b)).toEqual(Array.from({ length: 9 }, (_, i) => 11 + i));
    console.info(`replicas: publish to visible on every process: ${spread(delays)}`);
  }, 300_000);

  it('a process killed -9 in the middle of a batched publish leaves nothing half-visible', async () => {
    const before = await postGraphQL(ports[1]!, '{ catalogVersion credentials { totalCount } }');
    const version = before.data.catalogVersion as number;
    const count = before.data.credentials.totalCount as number;
    const big = Array.from({ length: 1500 }, (_, i) => credentialLiteral(`big-${i}`));
    const driver = connectNeo4j(neo.connection!);
    const orphans = async () => {
      const { records } = await driver.executeQuery(
        `MATCH (m:CatalogMeta {catalog: $catalog})
         OPTIONAL MATCH (c:Credential {catalog: $catalog}) WHERE c.from > m.version
         RETURN count(c) AS n`,
        { catalog: catalogName },
      );
      return records[0]!.get('n') as number;
    };
    try {
      void publish(ports[0]!, big).catch(() => undefined);
      // Kill once its first batches have committed: mid-publish, not before nor after.
      const until = Date.now() + CAP_MS;
      while ((await orphans()) === 0) {
        if (Date.now() > until) throw new Error('the big publish never started writing');
        await new Promise((r) => setTimeout(r, 5));
      }
      services[0]!.child.kill('SIGKILL');
      await services[0]!.exited;
      const written = await orphans();
      expect(written).toBeGreaterThan(0);
      expect(written).toBeLessThan(1500);
      for (const port of ports.slice(1)) {
        const seen = await postGraphQL(
          port,
          '{ catalogVersion credentials { totalCount } first: credential(id: "big-0") { id } }',
        );
        expect(seen.data).toEqual({
          catalogVersion: version,
          credentials: { totalCount: count },
          first: null,
        });
      }
      // The next publish waits out the dead writer's lease (2 s here), cleans up and follows on.
      const next = await publish(ports[2]!, [credentialLiteral('after-crash')]);
      expect(next.errors).toBeUndefined();
      expect(next.data.publishProgram.catalogVersion).toBe(version + 1);
      expect(await orphans()).toBe(0);
      for (const port of ports.slice(1)) {
        await seenAfter(port, version + 1, 'after-crash');
        const seen = await postGraphQL(
          port,
          '{ credentials { totalCount } first: credential(id: "big-0") { id } }',
        );
        expect(seen.data).toEqual({ credentials: { totalCount: count + 1 }, first: null });
      }
    } finally {
      await driver.close();
    }
  }, 120_000);
});

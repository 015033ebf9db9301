// Two service processes on one Neo4j catalog (a real Neo4j: the one `pnpm test` started, or one this
// file starts through services/neo4j's harness): a publish through one is seen by the other soon
// after (it loads new versions in the background), and its plans use it. Under CI a missing Neo4j
// fails; elsewhere it skips loudly.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
const catalogName = `api-test-${process.pid}-${Date.now()}`;

const gql = postGraphQL;

suite('services on one Neo4j', () => {
  let dir: string;
  const services: Service[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pathwise-api-neo4j-'));
    await writeFile(join(dir, 'campus.json'), JSON.stringify(campusCatalog()));
  });
  afterAll(async () => {
    for (const s of services) s.child.kill('SIGTERM');
    await Promise.all(services.map((s) => s.exited));
    await dropTestCatalogs(neo.connection, [catalogName]);
    await neo.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("see each other's publishes", async () => {
    const env = {
      NEO4J_URI: neo.connection!.uri,
      NEO4J_USER: neo.connection!.user ?? '',
      NEO4J_PASSWORD: neo.connection!.password ?? '',
      PATHWISE_NEO4J_CATALOG: catalogName,
      PATHWISE_CATALOG: join(dir, 'campus.json'),
      PATHWISE_API_KEYS: 'cc-key:cloudco',
    };
    // One after the other, so the second finds the catalog the first seeded.
    services.push(spawnService(env));
    const first = await waitFor(() => services[0]!.lines.find((l) => isReady(l)), 'first service');
    services.push(spawnService(env));
    const second = await waitFor(
      () => services[1]!.lines.find((l) => isReady(l)),
      'second service',
    );
    expect(services[0]!.lines.find((l) => l.msg === 'store open')!.store).toBe('neo4j');

    const a = first.port as number;
    const b = second.port as number;
    expect((await gql(b, '{ catalogVersion }')).data.catalogVersion).toBe(1);
    const published = await gql(
      a,
      'mutation { publishProgram(input: { provider: "cloudco", credentials: [{ id: "cloud-adv", name: "Cloud Advanced", kind: "certification", cost: 300, durationWeeks: 3, requires: "cloud-found" }] }) { catalogVersion } }',
      'cc-key',
    );
    expect(published.errors).toBeUndefined();
    expect(published.data.publishProgram.catalogVersion).toBe(2);
    // The other process checks the store's version in the background and loads the new one while
    // it keeps answering from the old: it sees the publish soon after, not necessarily at once.
    await expect
      .poll(
        async () =>
          (
            await gql(
              b,
              '{ catalogVersion credential(id: "cloud-adv") { requires { text } } plan(input: { target: "cloud-adv" }) { totalCost totalWeeks } }',
            )
          ).data,
        { timeout: 30_000, interval: 100 },
      )
      .toEqual({
        catalogVersion: 2,
        credential: { requires: { text: 'cloud-found' } },
        plan: { totalCost: 300, totalWeeks: 4 },
      });
  });
});

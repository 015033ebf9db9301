// Retirement through the real service (issue 9 item 3, issue 13 item 19), on the file store and on
// a real Neo4j (the one `pnpm test` started, or one this file starts through services/neo4j's
// harness; under CI a missing Neo4j fails, elsewhere that suite skips loudly). cloudco's
// cloud-data-eng names state-u's courses in its rule; state-u still retires them: marked, nothing
// deleted, `credential(id)` says so, a second retirement changes nothing, plans never earn them,
// holdings of them count (and are listed in `used`), and a plan that cannot avoid them is
// infeasible with a reason naming them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dropTestCatalogs, neo4jForTests } from '../neo4j/helpers/neo4j-for-tests.js';
import { startTestApi } from './helpers/api-server.js';
import { campusCatalog } from './helpers/catalogs.js';
import {
  isReady,
  postGraphQL,
  spawnService,
  waitFor,
  type Service,
} from './helpers/spawn-service.js';

/** Sends one operation, with a publisher key when given; the parsed response. */
type Gql = (query: string, key?: string) => Promise<any>;

const retire = (id: string): string =>
  `mutation { retireCredential(id: "${id}") { catalogVersion id } }`;
const PLAN = (have: string[]): string =>
  `{ plan(input: { target: "cloud-data-eng", asOf: "2026-06-01", have: [${have
    .map((id) => `{ id: "${id}" }`)
    .join(
      ', ',
    )}] }) { feasible reason totalCost steps { credential { id } } used { credential { id } implied } } }`;

/** The scenario, against whichever service `gql` talks to (seeded with campusCatalog, version 1). */
async function retirementScenario(gql: Gql): Promise<void> {
  // state-u retires stats-101, which cloudco's cloud-data-eng names: allowed, version 2.
  const first = await gql(retire('stats-101'), 'su-key');
  expect(first).toEqual({ data: { retireCredential: { catalogVersion: 2, id: 'stats-101' } } });
  // Again: nothing changes, the same version, no error.
  expect(await gql(retire('stats-101'), 'su-key')).toEqual(first);
  expect((await gql(retire('sql-101'), 'su-key')).data.retireCredential.catalogVersion).toBe(3);
  // Ownership still holds: cloudco may not retire state-u's course.
  expect((await gql(retire('py-101'), 'cc-key')).errors[0].extensions.code).toBe('FORBIDDEN');

  const shown = await gql(`{
    catalogVersion
    stats: credential(id: "stats-101") { id retired }
    py: credential(id: "py-101") { retired }
    eng: credential(id: "cloud-data-eng") { requires { text } }
    credentials(first: 100) { nodes { id } }
  }`);
  expect(shown.data.catalogVersion).toBe(3);
  expect(shown.data.stats).toEqual({ id: 'stats-101', retired: true });
  expect(shown.data.py).toEqual({ retired: false });
  expect(shown.data.eng.requires.text).toBe(
    'all(cloud-found, any(data-cert, 2 of (py-101, sql-101, stats-101)))',
  );
  expect(shown.data.credentials.nodes.map((n: { id: string }) => n.id)).toEqual(
    campusCatalog().credentials.map((c) => c.id),
  );

  // Holding py-101 alone, every way in needs a retired course: infeasible, naming them.
  const blocked = (await gql(PLAN(['py-101']))).data.plan;
  expect(blocked).toMatchObject({ feasible: false, steps: [], used: [] });
  expect(blocked.reason).toMatch(/"sql-101", "stats-101" retired/);
  // Holding a retired course counts, and the plan says it relies on it.
  const held = (await gql(PLAN(['py-101', 'stats-101']))).data.plan;
  expect(held).toEqual({
    feasible: true,
    reason: null,
    totalCost: 200,
    steps: [{ credential: { id: 'cloud-found' } }, { credential: { id: 'cloud-data-eng' } }],
    used: [
      { credential: { id: 'py-101' }, implied: false },
      { credential: { id: 'stats-101' }, implied: false },
    ],
  });
  // The first retirement made the catalog v2, so holdings imply their `all` closure: holding
  // cloud-data-eng implies cloud-found, which is then held, and says it is implied.
  const implied = await gql(`{ plan(input: { target: "cloud-found", asOf: "2026-06-01",
    have: [{ id: "cloud-data-eng", earnedOn: "2026-01-10" }] }) {
    feasible steps { credential { id } } used { credential { id } implied } } }`);
  expect(implied.data.plan).toEqual({
    feasible: true,
    steps: [],
    used: [{ credential: { id: 'cloud-found' }, implied: true }],
  });
}

describe('retirement through the service on the file store', () => {
  it("retires a credential another provider's rule names; plans honour it; a restart keeps it", async () => {
    const keys = { 'su-key': 'state-u', 'cc-key': 'cloudco' };
    const api = await startTestApi(campusCatalog(), { keys });
    try {
      await retirementScenario(async (query, key) => {
        const { status: _status, ...body } = await api.gql(query, undefined, key);
        return body;
      });
      // A new service process on the same directory reads the retired marks back.
      const again = await startTestApi(campusCatalog(), { keys, dataDir: api.dataDir });
      try {
        const res = await again.gql('{ catalogVersion credential(id: "sql-101") { retired } }');
        expect(res.data).toEqual({ catalogVersion: 3, credential: { retired: true } });
      } finally {
        await again.stop();
      }
    } finally {
      await api.stop();
    }
  });
});

const neo = await neo4jForTests();
const suite = neo.skip ? describe.skip : describe;
const catalogName = `api-retire-${process.pid}-${Date.now()}`;
// At file level, so that a Neo4j this file started stops even when a filter skips its suite.
afterAll(() => neo.stop());

suite('retirement through a service process on Neo4j', () => {
  let dir: string | undefined;
  const services: Service[] = [];
  afterAll(async () => {
    for (const s of services) s.child.kill('SIGTERM');
    await Promise.all(services.map((s) => s.exited));
    await dropTestCatalogs(neo.connection, [catalogName]);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("retires a credential another provider's rule names; plans honour it", async () => {
    dir = await mkdtemp(join(tmpdir(), 'pathwise-api-retire-'));
    await writeFile(join(dir, 'campus.json'), JSON.stringify(campusCatalog()));
    services.push(
      spawnService({
        NEO4J_URI: neo.connection!.uri,
        NEO4J_USER: neo.connection!.user ?? '',
        NEO4J_PASSWORD: neo.connection!.password ?? '',
        PATHWISE_NEO4J_CATALOG: catalogName,
        PATHWISE_CATALOG: join(dir, 'campus.json'),
        PATHWISE_API_KEYS: 'su-key:state-u,cc-key:cloudco',
      }),
    );
    const ready = await waitFor(() => services[0]!.lines.find((l) => isReady(l)), 'service');
    expect(services[0]!.lines.find((l) => l.msg === 'store open')!.store).toBe('neo4j');
    await retirementScenario((query, key) => postGraphQL(ready.port as number, query, key));
  });
});

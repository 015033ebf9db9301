// Issue 13 item 1: a deep publish must not brick restarts. Against the real service process on a file
// store: a `requires` nested one group deeper than MAX_REQUIREMENT_DEPTH is refused (BAD_USER_INPUT)
// and one exactly at the limit is accepted; after each, the service is killed with SIGKILL and
// restarted on the same store, must start, serve the stored catalog (planning to the deep credential
// works), and `pathwise validate` on the stored catalog file exits 0.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_REQUIREMENT_DEPTH } from '@pathwise/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli, runCli } from '../cli/run-cli.js';
import { campusCatalog } from './helpers/catalogs.js';
import { postGraphQL, spawnReadyService, type Service } from './helpers/spawn-service.js';

const KEY = 'deep-publisher-key';
/** Each test restarts the service (and runs the CLI): on a loaded machine that is slow. */
const RESTARTS_TIMEOUT_MS = 240_000;
let dir: string;
let service: Service | undefined;
let port: number;

/** A `requires` of `depth` nested groups (all, any, atLeast in turn) around one id, as JSON text. */
function nestedRequires(depth: number): string {
  const open = ['{"all":[', '{"any":[', '{"atLeast":1,"of":['];
  let text = '"py-101"';
  for (let d = depth - 1; d >= 0; d--) text = `${open[d % 3]}${text}]}`;
  return text;
}

/** Publishes one credential with the given requires, as JSON text (no deep object in this process). */
async function publishDeep(id: string, requires: string): Promise<any> {
  const query = `mutation($in: PublishProgramInput!) { publishProgram(input: $in) { catalogVersion } }`;
  const credential = `{"id":"${id}","name":"Deep ${id}","kind":"course","cost":5,"durationWeeks":1,"requires":${requires}}`;
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: `{"query":${JSON.stringify(query)},"variables":{"in":{"provider":"state-u","credentials":[${credential}]}}}`,
  });
  return res.json();
}

async function start(): Promise<void> {
  ({ service, port } = await spawnReadyService({
    PATHWISE_CATALOG: join(dir, 'campus.json'),
    PATHWISE_DATA_DIR: join(dir, 'store'),
    PATHWISE_API_KEYS: `${KEY}:state-u`,
  }));
}

async function killAndRestart(): Promise<void> {
  service!.child.kill('SIGKILL');
  expect(await service!.exited).toBe(null);
  await start();
}

async function expectStoredCatalogValid(version: number): Promise<void> {
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(await health.json()).toMatchObject({ status: 'ok', catalogVersion: version });
  // The store's file is an envelope ({ version, logBytes, catalog }); validate the catalog it holds.
  const stored = JSON.parse(await readFile(join(dir, 'store', 'catalog.json'), 'utf8'));
  expect(stored.version).toBe(version);
  await writeFile(join(dir, 'stored.json'), JSON.stringify(stored.catalog));
  const run = await runCli(['validate', join(dir, 'stored.json')]);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(async () => {
  requireBuiltCli();
  dir = await mkdtemp(join(tmpdir(), 'pathwise-deep-publish-'));
  await writeFile(join(dir, 'campus.json'), JSON.stringify(campusCatalog()));
  await start();
});
afterAll(async () => {
  service?.child.kill('SIGKILL');
  await service?.exited;
  await rm(dir, { recursive: true, force: true });
});

describe(`a requires nested around MAX_REQUIREMENT_DEPTH (${MAX_REQUIREMENT_DEPTH})`, () => {
  it(
    'one group too deep: BAD_USER_INPUT, and after SIGKILL the service starts on a valid store',
    async () => {
      const body = await publishDeep('too-deep', nestedRequires(MAX_REQUIREMENT_DEPTH + 1));
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(body)).toMatch(/nest at most 100 deep/);
      await killAndRestart();
      await expectStoredCatalogValid(1);
    },
    RESTARTS_TIMEOUT_MS,
  );

  it(
    'exactly at the limit: accepted, survives SIGKILL and restart, plans, validates',
    async () => {
      const body = await publishDeep('at-limit', nestedRequires(MAX_REQUIREMENT_DEPTH));
      expect(body, JSON.stringify(body)).toEqual({
        data: { publishProgram: { catalogVersion: 2 } },
      });
      await killAndRestart();
      await expectStoredCatalogValid(2);
      const plan = await postGraphQL(
        port,
        '{ plan(input: { target: "at-limit" }) { feasible optimal totalCost steps { credential { id } } } }',
      );
      expect(plan.data.plan).toMatchObject({ feasible: true, optimal: true });
      expect(plan.data.plan.steps.map((s: any) => s.credential.id)).toEqual(['py-101', 'at-limit']);
      // A later write still works on the restarted service.
      const next = await publishDeep('at-limit-2', nestedRequires(MAX_REQUIREMENT_DEPTH));
      expect(next).toEqual({ data: { publishProgram: { catalogVersion: 3 } } });
      await killAndRestart();
      await expectStoredCatalogValid(3);
    },
    RESTARTS_TIMEOUT_MS,
  );
});

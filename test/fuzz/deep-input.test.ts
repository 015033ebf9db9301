// Issue 13 item 1: 10,000-deep input (a wallet, a CTDL document, a `requires` rule) is refused as bad
// input, never a stack overflow: BAD_USER_INPUT at the real service, exit 2 at the real CLI. The
// wallet and CTDL cases wait for the interop readers' nesting limits (another branch).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/conformance.js';
import { CAMPUS_KEY, startCampusService, type CampusService } from './campus-service.js';
import { requireBuiltCli, runCli } from '../cli/run-cli.js';

const DEPTH = 10_000;
const KEY = CAMPUS_KEY;
// JSON text built as text: JSON.stringify itself overflows on 10,000 levels in the test process.
const deepArray = '['.repeat(DEPTH) + '"x"' + ']'.repeat(DEPTH);
const deepRequires = '{"all":['.repeat(DEPTH) + '"py-101"' + ']}'.repeat(DEPTH);
let dir: string;
let service: CampusService;
let url: string;

/** @param variables - the variables object as JSON text */
async function codeOf(query: string, variables: string, key?: string): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: `{"query":${JSON.stringify(query)},"variables":${variables}}`,
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code;
}

describe('10,000-deep input', () => {
  beforeAll(async () => {
    requireBuiltCli();
    service = await startCampusService({ PATHWISE_MAX_BODY_BYTES: '10000000' });
    url = service.url;
    dir = service.dir;
    await writeFile(join(dir, 'deep.json'), deepArray);
  });
  afterAll(() => service.stop());

  it('a deep wallet in plan: BAD_USER_INPUT', async () => {
    const q = `query($w: JSON) { plan(input: { target: "py-101", wallet: $w }) { feasible } }`;
    expect(await codeOf(q, `{"w":${deepArray}}`)).toBe('BAD_USER_INPUT');
  });

  it('a deep CTDL document in importCtdl: BAD_USER_INPUT', async () => {
    const q = `mutation($d: JSON!) { importCtdl(document: $d) { catalogVersion } }`;
    expect(await codeOf(q, `{"d":${deepArray}}`, KEY)).toBe('BAD_USER_INPUT');
  });

  it('a deep requires in publishProgram: BAD_USER_INPUT', async () => {
    const q = `mutation($in: PublishProgramInput!) { publishProgram(input: $in) { catalogVersion } }`;
    const credential = `{"id":"deep","name":"Deep","kind":"course","cost":1,"durationWeeks":1,"requires":${deepRequires}}`;
    const variables = `{"in":{"provider":"state-u","credentials":[${credential}]}}`;
    expect(await codeOf(q, variables, KEY)).toBe('BAD_USER_INPUT');
  });

  async function expectExit2(args: string[]): Promise<void> {
    const run = await runCli(args);
    expect(run.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    expect(run.status, `${args.join(' ')}\n${run.stderr}`).toBe(2);
  }

  it('the CLI: a catalog with a deep requires exits 2 (validate and plan)', async () => {
    const catalog = `{"format":"pathwise.catalog/v1","currency":"USD","credentials":[
      {"id":"py-101","name":"A","kind":"course","cost":1,"durationWeeks":1},
      {"id":"deep","name":"B","kind":"course","cost":1,"durationWeeks":1,"requires":${deepRequires}}]}`;
    await writeFile(join(dir, 'deep-catalog.json'), catalog);
    await expectExit2(['validate', join(dir, 'deep-catalog.json')]);
    await expectExit2(['plan', '--catalog', join(dir, 'deep-catalog.json'), '--target', 'deep']);
  });

  it('the CLI: a deep wallet or CTDL document exits 2', async () => {
    const catalog = join(repoRoot, 'examples/catalogs/tech-careers.json');
    const deep = join(dir, 'deep.json');
    await expectExit2([
      'plan',
      '--catalog',
      catalog,
      '--target',
      'google-da-cert',
      '--wallet',
      deep,
    ]);
    await expectExit2(['import', 'ctdl', deep]);
  });
});

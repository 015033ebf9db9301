// The service's logs, from the real process: JSON lines when stdout is not a terminal, a "ready at
// URL" line naming the address bound (loopback by default, every interface with HOST=0.0.0.0), each
// GraphQL operation logged by name with the codes of the errors it ended in, human lines with
// LOG_FORMAT=pretty; and Ctrl-C on `pnpm start` (SIGINT to its process group, as a terminal sends it)
// ends with status 0 and no ELIFECYCLE line from pnpm.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/conformance.js';
import { campusCatalog } from './helpers/catalogs.js';
import { isReady, spawnService, spawnServiceProcess, waitFor } from './helpers/spawn-service.js';

let dir: string;
let catalog: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pathwise-logs-'));
  catalog = join(dir, 'campus.json');
  await writeFile(catalog, JSON.stringify(campusCatalog()));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const post = (url: string, body: unknown): Promise<Response> =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('service logs', () => {
  it('logs JSON, the ready URL it bound, and each operation by name with its error codes', async () => {
    const svc = spawnService({
      PATHWISE_CATALOG: catalog,
      PATHWISE_DATA_DIR: join(dir, 'data-json'),
      HOST: '',
    });
    try {
      const ready = await waitFor(() => svc.lines.find(isReady), 'ready');
      expect(ready.address).toBe('127.0.0.1');
      expect(ready.msg).toBe(`ready at http://127.0.0.1:${ready.port as number}/graphql`);
      const url = ready.url as string;
      await post(url, {
        query: 'query PlanIt { plan(input: { target: "data-cert" }) { totalCost } }',
      });
      await post(url, {
        query: 'query Missing { plan(input: { target: "ghost" }) { totalCost } }',
        operationName: 'Missing',
      });
      await post(url, { query: '{ nope }' });
      const ok = await waitFor(() => svc.lines.find((l) => l.operation === 'PlanIt'), 'PlanIt');
      expect(ok).toMatchObject({ level: 30, type: 'query' });
      expect(ok.errors).toBeUndefined();
      const bad = await waitFor(() => svc.lines.find((l) => l.operation === 'Missing'), 'Missing');
      expect(bad).toMatchObject({
        level: 40,
        errors: ['BAD_USER_INPUT'],
        pathwiseCodes: ['UNKNOWN_CREDENTIAL'],
      });
      const invalid = await waitFor(
        () => svc.lines.find((l) => l.operation === '(anonymous)'),
        'anonymous',
      );
      expect(invalid).toMatchObject({ level: 40, errors: ['GRAPHQL_VALIDATION_FAILED'] });
    } finally {
      svc.child.kill('SIGKILL');
    }
  });

  it('says so when HOST binds every interface', async () => {
    const svc = spawnService({
      PATHWISE_CATALOG: catalog,
      PATHWISE_DATA_DIR: join(dir, 'data-any'),
      HOST: '0.0.0.0',
    });
    try {
      const ready = await waitFor(() => svc.lines.find(isReady), 'ready');
      expect(ready.address).toBe('0.0.0.0');
      expect(ready.msg).toMatch(/^ready at http:\/\/0\.0\.0\.0:\d+\/graphql \(every interface;/);
      expect((await fetch((ready.url as string).replace('/graphql', '/healthz'))).status).toBe(200);
    } finally {
      svc.child.kill('SIGKILL');
    }
  });

  it('writes human lines with LOG_FORMAT=pretty', async () => {
    const child = spawnServiceProcess({
      LOG_FORMAT: 'pretty',
      PATHWISE_CATALOG: catalog,
      PATHWISE_DATA_DIR: join(dir, 'data-pretty'),
    });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
    try {
      await waitFor(() => (/ready at/.test(out) ? true : undefined), 'ready');
      const line = out.split('\n').find((l) => l.includes('ready at'))!;
      expect(line).toMatch(
        /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: ready at http:\/\/127\.0\.0\.1:\d+\/graphql /,
      );
      expect(out.startsWith('{')).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('ends `pnpm start` on Ctrl-C with status 0 and no ELIFECYCLE', async () => {
    const child = spawn('pnpm', ['start'], {
      cwd: repoRoot,
      detached: true,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        NEO4J_URI: '',
        LOG_FORMAT: 'json',
        PATHWISE_CATALOG: catalog,
        PATHWISE_DATA_DIR: join(dir, 'data-start'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
    const exited = new Promise<string>((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `status ${code}`)),
    );
    try {
      await waitFor(() => (/"msg":"ready at /.test(out) ? true : undefined), 'ready', 120_000);
      process.kill(-child.pid!, 'SIGINT');
      const ending = await exited;
      expect(ending, out).toBe('status 0');
      expect(out).toMatch(/"msg":"stopped"/);
      expect(out).not.toMatch(/ELIFECYCLE|Command failed/);
    } finally {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }, 150_000);
});

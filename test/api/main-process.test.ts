// The service as `pnpm start` runs it: services/api/src/main.ts in its own process (through tsx, on
// the TypeScript sources), configured by the environment. Seeds the data dir on first start, logs
// JSON lines, finishes an in-flight request on SIGTERM and exits 0; a bad catalog stops start-up.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campusCatalog } from './helpers/catalogs.js';
import { isReady, spawnService, waitFor } from './helpers/spawn-service.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pathwise-main-'));
  await writeFile(join(dir, 'campus.json'), JSON.stringify(campusCatalog()));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('services/api main', () => {
  it('seeds the data dir, serves, and on SIGTERM finishes the in-flight request, then exits 0', async () => {
    const dataDir = join(dir, 'data');
    const svc = spawnService({
      PATHWISE_CATALOG: join(dir, 'campus.json'),
      PATHWISE_DATA_DIR: dataDir,
      PATHWISE_API_KEYS: 'k1:state-u',
    });
    try {
      const listening = await waitFor(() => svc.lines.find((l) => isReady(l)), 'listening');
      const port = listening.port as number;
      expect(existsSync(join(dataDir, 'catalog.json'))).toBe(true);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok', catalogVersion: 1 });

      // A request whose body is still arriving when SIGTERM comes.
      const body = JSON.stringify({
        query: '{ plan(input: { target: "data-cert" }) { totalCost } }',
      });
      const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path: '/graphql',
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
            },
          },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString('utf8')));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
          },
        );
        req.on('error', reject);
        req.write(body.slice(0, 10));
        setTimeout(() => {
          svc.child.kill('SIGTERM');
          setTimeout(() => req.end(body.slice(10)), 300);
        }, 100);
      });
      const answered = await response;
      expect(answered.status).toBe(200);
      expect(JSON.parse(answered.text)).toEqual({ data: { plan: { totalCost: 230 } } });
      expect(await svc.exited).toBe(0);
      const messages = svc.lines.map((l) => l.msg);
      expect(messages).toContain('stopped');
      // Every stdout line was a JSON log record, and the request was logged with its status.
      expect(
        svc.lines.some((l) => l.msg === 'request' && l.status === 200 && l.path === '/graphql'),
      ).toBe(true);
    } finally {
      svc.child.kill('SIGKILL');
    }
  });

  it('stops gracefully, with status 0, on a signal that comes while it is starting', async () => {
    // Before the handlers went in ahead of start-up, a signal between "store open" and the server's
    // start found no listener, and the process ended by the signal (status null).
    const svc = spawnService({
      PATHWISE_CATALOG: join(dir, 'campus.json'),
      PATHWISE_DATA_DIR: join(dir, 'early-data'),
    });
    try {
      await waitFor(() => svc.lines.find((l) => l.msg === 'store open'), 'store open');
      svc.child.kill('SIGINT');
      expect(await svc.exited).toBe(0);
      const messages = svc.lines.map((l) => l.msg);
      expect(messages).toContain('shutting down');
      expect(messages).toContain('stopped');
    } finally {
      svc.child.kill('SIGKILL');
    }
  });

  it('refuses to start on an invalid catalog, listing the faults, without a stack trace', async () => {
    const bad = campusCatalog();
    bad.credentials[3]!.requires = 'ghost';
    await writeFile(join(dir, 'bad.json'), JSON.stringify(bad));
    const svc = spawnService({
      PATHWISE_CATALOG: join(dir, 'bad.json'),
      PATHWISE_DATA_DIR: join(dir, 'bad-data'),
    });
    let stderr = '';
    svc.child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    expect(await svc.exited).toBe(1);
    const fatal = svc.lines.find((l) => l.level === 60)!;
    expect(fatal.code).toBe('CATALOG_INVALID');
    expect((fatal.faults as { code: string }[]).map((f) => f.code)).toEqual([
      'DANGLING_CREDENTIAL',
    ]);
    expect(JSON.stringify(svc.lines) + stderr).not.toMatch(/\n\s+at /);
  });
});

/**
 * Several processes publishing to one file store at once: the O_EXCL lock serialises them, so every
 * credential is there once and the versions run 2..N+1 without a gap or a repeat.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileCatalogStore } from '@pathwise/store';
import { richCatalog } from '@pathwise/store/contract';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const root = await mkdtemp(join(tmpdir(), 'pathwise-file-multi-'));
afterAll(() => rm(root, { recursive: true, force: true }));

function publishFrom(dir: string, prefix: string, count: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        'tsx',
        join(here, 'fixtures', 'file-multi-child.ts'),
        dir,
        prefix,
        String(count),
      ],
      { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as number[]) : reject(new Error(err)),
    );
  });
}

describe('file store shared by several processes', () => {
  it('serialises concurrent publishes of 4 processes: nothing lost, nothing duplicated', async () => {
    const dir = join(root, 'shared');
    const store = await FileCatalogStore.open(dir, { seed: richCatalog() });
    const perProcess = 10;
    const prefixes = ['pa', 'pb', 'pc', 'pd'];
    const results = await Promise.all(prefixes.map((p) => publishFrom(dir, p, perProcess)));
    const total = prefixes.length * perProcess;
    expect(results.flat().sort((a, b) => a - b)).toEqual(
      Array.from({ length: total }, (_, i) => i + 2),
    );
    const { version, catalog } = await store.load();
    expect(version).toBe(total + 1);
    const ids = catalog.credentials.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(richCatalog().credentials.length + total);
    const log = await store.changesSince(1);
    expect(log.map((r) => r.version)).toEqual(Array.from({ length: total }, (_, i) => i + 2));
    await store.close();
  });
});

/**
 * Several processes publishing to one Neo4j catalog at once: the CatalogMeta lock and the version
 * check make a stale process reload and recompute, so nothing is lost or duplicated and the versions
 * run without a gap; each process sees the others' publishes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { richCatalog } from '@pathwise/store/contract';
import { Neo4jCatalogStore, connectNeo4j, dropCatalog } from '@pathwise/store-neo4j';
import { neo4jForTests } from './helpers/neo4j-for-tests.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const neo = await neo4jForTests();
const catalog = `multi-${process.pid}`;
afterAll(async () => {
  if (neo.connection) {
    const driver = connectNeo4j(neo.connection);
    await dropCatalog(driver, catalog);
    await driver.close();
  }
  await neo.stop();
});

function publishFrom(prefix: string, count: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        'tsx',
        join(here, 'fixtures', 'neo4j-multi-child.ts'),
        neo.connection!.uri,
        catalog,
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

const suite = neo.skip ? describe.skip : describe;
suite('Neo4j store shared by several processes', () => {
  it('serialises concurrent publishes of 3 processes: nothing lost, nothing duplicated', async () => {
    const store = await Neo4jCatalogStore.open(neo.connection!, { catalog, seed: richCatalog() });
    const perProcess = 6;
    const prefixes = ['na', 'nb', 'nc'];
    const results = await Promise.all(prefixes.map((p) => publishFrom(p, perProcess)));
    const total = prefixes.length * perProcess;
    expect(results.flat().sort((a, b) => a - b)).toEqual(
      Array.from({ length: total }, (_, i) => i + 2),
    );
    const { version, catalog: loaded } = await store.load();
    expect(version).toBe(total + 1);
    const ids = loaded.credentials.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(richCatalog().credentials.length + total);
    expect((await store.changesSince(1)).map((r) => r.version)).toEqual(
      Array.from({ length: total }, (_, i) => i + 2),
    );
    await store.close();
  });
});

// Bench support: the real service as its own process (tsx on the sources) on a free port, over a
// catalog file, serving a fresh build of the page; and Debian's Chromium on a fresh profile.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.js';
import { buildPage, webDir } from './build-page.js';

/** The repository's root. */
export const root = join(webDir, '../..');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** A running bench harness. */
export interface BenchHarness {
  base: string;
  context: BrowserContext;
  stop(): Promise<void>;
}

/**
 * @param catalogFile - the catalog the store is seeded with (absolute path)
 * @param limits - service limits (e.g. a larger `maxPageSize`), JSON
 * @returns the service and Chromium, started
 */
export async function startHarness(
  catalogFile: string,
  limits: Record<string, number> = {},
): Promise<BenchHarness> {
  const outDir = buildPage();
  const dataDir = mkdtempSync(join(tmpdir(), 'pathwise-web-bench-data-'));
  const profile = mkdtempSync(join(tmpdir(), 'pathwise-web-bench-chromium-'));
  const port = await freePort();
  const url = (path: string) => JSON.stringify(pathToFileURL(join(root, path)).href);
  const service = spawn(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      '--max-old-space-size=4096',
      '--input-type=module',
      '-e',
      `import { startServer } from ${url('services/api/src/start-server.ts')};
       import { FileCatalogStore } from '@pathwise/store';
       import { createLogger } from ${url('services/api/src/logger.ts')};
       import { readFileSync } from 'node:fs';
       const seed = JSON.parse(readFileSync(${JSON.stringify(catalogFile)}, 'utf8'));
       const store = await FileCatalogStore.open(${JSON.stringify(dataDir)}, { seed });
       await startServer({ store, port: ${port}, host: '127.0.0.1', webRoot: ${JSON.stringify(outDir)},
         logger: createLogger('silent'), limits: ${JSON.stringify(limits)} });
       console.log('ready');`,
    ],
    { cwd: join(root, 'test'), stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    service.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
    service.once('exit', (code) => reject(new Error(`the service exited (${code})`)));
  });
  const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions());
  return {
    base: `http://127.0.0.1:${port}`,
    context,
    async stop() {
      await context.close();
      service.kill('SIGTERM');
      for (const dir of [profile, outDir, dataDir]) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** @returns the median */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** @returns "min–max" */
export const spread = (xs: number[]) =>
  `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;

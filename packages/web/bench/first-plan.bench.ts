// Time to the first plan on the page, measured in Debian's Chromium: a shared link
// (`/?goal=…&hours=10&start=…`) is opened and timed until both plans' totals show. The baseline, in
// the same run, is the same query sent straight to the API with fetch (the planning and HTTP the page
// cannot avoid), so the ratio is the page's own cost. The service runs as its own process (tsx on the
// sources) on a free port, serving a fresh build. Prints medians, spreads and the ratio.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { PLANS } from '../src/api/documents.js';
import { buildPage, webDir } from './build-page.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';

const RUNS = 15;
const START = '2026-11-23';
const GOALS = ['google-da-cert', 'pmi-pmp', 'comptia-security-plus'];

if (!existsSync(CHROMIUM_PATH)) {
  console.warn(
    `!!! ${CHROMIUM_PATH} is missing: no time-to-first-plan figures (apt-get install -y chromium)`,
  );
  process.exit(0);
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const outDir = buildPage();
const dataDir = mkdtempSync(join(tmpdir(), 'pathwise-web-bench-data-'));
const profile = mkdtempSync(join(tmpdir(), 'pathwise-web-bench-chromium-'));
const port = await freePort();
const root = join(webDir, '../..');
const url = (path: string) => JSON.stringify(pathToFileURL(join(root, path)).href);
// The service is started from its sources with its web root pointed at the fresh build.
const service = spawn(
  process.execPath,
  [
    '--conditions=source',
    '--import',
    'tsx',
    '--input-type=module',
    '-e',
    `import { startServer } from ${url('services/api/src/start-server.ts')};
     import { FileCatalogStore } from '@pathwise/store';
     import { createLogger } from ${url('services/api/src/logger.ts')};
     import { readFileSync } from 'node:fs';
     const seed = JSON.parse(readFileSync(new URL(${url('examples/catalogs/tech-careers.json')}), 'utf8'));
     const store = await FileCatalogStore.open(${JSON.stringify(dataDir)}, { seed });
     await startServer({ store, port: ${port}, host: '127.0.0.1', webRoot: ${JSON.stringify(outDir)}, logger: createLogger('silent') });
     console.log('ready');`,
  ],
  { cwd: join(root, 'test'), stdio: ['ignore', 'pipe', 'inherit'] },
);
await new Promise<void>((resolve, reject) => {
  service.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
  service.once('exit', (code) => reject(new Error(`the service exited (${code})`)));
});
const base = `http://127.0.0.1:${port}`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;

const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_ARGS],
});
try {
  const page: number[] = [];
  const api: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const goal = GOALS[i % GOALS.length]!;
    // Interleaved: the API alone, then the page, for the same query.
    let t = performance.now();
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: PLANS,
        variables: {
          target: goal,
          have: [],
          asOf: START,
          maxWeeks: null,
          maxCost: null,
          weeklyHours: 10,
        },
      }),
    });
    await res.json();
    api.push(performance.now() - t);
    const tab = await context.newPage();
    t = performance.now();
    await tab.goto(`${base}/?goal=${goal}&hours=10&start=${START}`);
    await tab.getByTestId('fastest-weeks').waitFor();
    page.push(performance.now() - t);
    await tab.close();
  }
  console.table({
    'API alone (fetch)': { 'median ms': median(api).toFixed(1), 'min–max ms': spread(api) },
    'page, link to totals': { 'median ms': median(page).toFixed(1), 'min–max ms': spread(page) },
  });
  console.log(
    `time to the first plan on the page: ${median(page).toFixed(1)} ms median over ${RUNS} loads, ` +
      `${(median(page) / median(api)).toFixed(2)}x the API alone`,
  );
} finally {
  await context.close();
  service.kill('SIGTERM');
  rmSync(profile, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}

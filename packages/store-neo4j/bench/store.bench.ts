// Load and publish times of the two CatalogStores at 10^4 and 10^5 credentials (cap with
// PATHWISE_BENCH_MAX): a bulk publish of the whole programme into an empty store (one transaction /
// one atomic file write), a cold open + load by a second handle, a one-credential publish into the full
// store, and currentVersion. Ratios are against parseCatalog(JSON.parse(text)) of the same catalog in
// the same process: the floor any load has to pay. Neo4j is the one `pnpm test`/the developer gave
// (PATHWISE_TEST_NEO4J_URI or NEO4J_URI), else one started here through services/neo4j's harness.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '@pathwise/core';
import { CATALOG_FORMAT, parseCatalog } from '@pathwise/core';
import type { CatalogStore } from '@pathwise/store';
import { FileCatalogStore } from '@pathwise/store';
import { generatedCatalog, makeCredential } from '@pathwise/store/contract';
import { Neo4jCatalogStore, connectNeo4j, dropCatalog } from '../src/index.js';
import { runChild } from '@pathwise/test-support/run-child';
import { startForTests, stopForTests } from '../../../services/neo4j/scripts/harness.mjs';

const MAX = Number(process.env.PATHWISE_BENCH_MAX ?? 100_000);
const SIZES = [10_000, 100_000].filter((n) => n <= MAX);
// Issue 14's national scale (realistic mix of @pathwise/test-support, each phase in its own process):
// 10^5 by default, 10^6 and 2x10^6 with PATHWISE_BENCH_MAX, or exactly the sizes listed in
// PATHWISE_BENCH_SCALE (say `2000000`: a 2x10^6 seed alone takes most of an hour here);
// PATHWISE_BENCH_ROUNDS cold loads each.
const SCALE_SIZES =
  process.env.PATHWISE_BENCH_SCALE === undefined
    ? [100_000, 1_000_000, 2_000_000].filter((n) => n <= MAX)
    : process.env.PATHWISE_BENCH_SCALE.split(',').map(Number);
const ROUNDS = Number(process.env.PATHWISE_BENCH_ROUNDS ?? 3);
const here = dirname(fileURLToPath(import.meta.url));
const now = (): number => performance.now();
const fmt = (x: number): string => (x < 10 ? x.toFixed(2) : x.toFixed(0));

let uri = process.env.PATHWISE_TEST_NEO4J_URI ?? process.env.NEO4J_URI;
let started = false;
// The JVM of the Neo4j started here (its peak RSS is reported), or PATHWISE_BENCH_NEO4J_PID's.
let jvmPid = Number(process.env.PATHWISE_BENCH_NEO4J_PID ?? NaN);
if (!uri) {
  // One transaction of 10^5 credentials holds ~2 GB of transaction state (fails at 2 GB heap): 3 GB.
  const { env, pid } = await startForTests({
    ...process.env,
    NEO4J_HEAP: process.env.NEO4J_HEAP ?? '3g',
    NEO4J_PAGECACHE_BYTES: process.env.NEO4J_PAGECACHE_BYTES ?? String(2 * 2 ** 30),
  });
  uri = env.PATHWISE_TEST_NEO4J_URI;
  started = uri !== undefined;
  jvmPid = pid ?? NaN;
}
if (!uri) console.log('\n!!! No Neo4j (Java/Maven missing): Neo4j rows are left out !!!\n');
const connection = uri
  ? { uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD }
  : undefined;

interface Row {
  store: string;
  n: number;
  baseline: number;
  bulk: number;
  load: number;
  one: number;
  version: number;
}
let rows: Row[] = [];

async function measure(
  name: string,
  n: number,
  baseline: number,
  programme: Catalog,
  open: (seed?: Catalog) => Promise<CatalogStore>,
): Promise<void> {
  const empty: Catalog = {
    format: CATALOG_FORMAT,
    providers: [{ id: 'p0', name: 'Provider 0' }],
    credentials: [],
  };
  const writer = await open(empty);
  let t = now();
  await writer.apply({ kind: 'publish', provider: 'p0', credentials: programme.credentials });
  const bulk = now() - t;
  t = now();
  const reader = await open();
  const loaded = await reader.load();
  const load = now() - t;
  if (loaded.catalog.credentials.length !== n)
    throw new Error(`${name}: loaded ${loaded.catalog.credentials.length} of ${n}`);
  t = now();
  await writer.apply({
    kind: 'publish',
    provider: 'p0',
    credentials: [makeCredential('one-more', 'p0', { requires: 'c0' })],
  });
  const one = now() - t;
  t = now();
  for (let i = 0; i < 100; i++) await reader.currentVersion();
  const version = (now() - t) / 100;
  await writer.close();
  await reader.close();
  rows.push({ store: name, n, baseline, bulk, load, one, version });
}

/** Runs one phase of scale-child.ts in a fresh process. @returns its figures */
function phase(args: string[]): Record<string, number> {
  return runChild(join(here, 'scale-child.ts'), args, {
    ...process.env,
    NEO4J_USER: '',
    NEO4J_PASSWORD: '',
  });
}

interface ScaleRow {
  n: number;
  seed: Record<string, number>;
  loads: Record<string, number>[];
  /** Neo4j's JVM peak RSS so far (VmHWM, bytes) after the seed and after the loads; NaN unknown. */
  jvmAfterSeed: number;
  jvmAfterLoads: number;
}

/** @returns the peak RSS of Neo4j's JVM so far (bytes), NaN when its pid is unknown */
async function jvmPeakRss(): Promise<number> {
  if (!Number.isFinite(jvmPid)) return NaN;
  const status = await readFile(`/proc/${jvmPid}/status`, 'utf8').catch(() => '');
  const kib = /VmHWM:\s+(\d+)/.exec(status)?.[1];
  return kib === undefined ? NaN : Number(kib) * 1024;
}
const scale: ScaleRow[] = [];

/** Seeds N credentials into a catalog of their own, then cold-loads it ROUNDS times. */
async function measureScale(n: number, uri: string): Promise<Omit<ScaleRow, 'n'>> {
  const name = `scale-${n}-${process.pid}`;
  const file = join(dir, `scale-${n}.json`);
  const seed = phase(['seed', String(n), uri, name, file]);
  const jvmAfterSeed = await jvmPeakRss();
  const loads = Array.from({ length: ROUNDS }, () => phase(['load', uri, name, file]));
  const jvmAfterLoads = await jvmPeakRss();
  const driver = connectNeo4j({ uri });
  await dropCatalog(driver, name);
  await driver.close();
  return { seed, loads, jvmAfterSeed, jvmAfterLoads };
}

const dir = await mkdtemp(join(tmpdir(), 'pathwise-store-bench-'));
try {
  // The first round (1 000 credentials, not reported) warms up the JITs and Neo4j's query plans.
  for (const n of [1_000, ...SIZES]) {
    const programme = generatedCatalog(n, 1);
    const text = JSON.stringify(programme);
    parseCatalog(JSON.parse(text)); // warm-up
    const t = now();
    parseCatalog(JSON.parse(text));
    const baseline = now() - t;
    const fileDir = join(dir, `file-${n}`);
    await measure('file', n, baseline, programme, (seed) =>
      FileCatalogStore.open(fileDir, { seed }),
    );
    if (connection) {
      const catalog = `bench-${n}-${process.pid}`;
      await measure('neo4j', n, baseline, programme, (seed) =>
        Neo4jCatalogStore.open(connection, { catalog, seed }),
      );
      const driver = connectNeo4j(connection);
      await dropCatalog(driver, catalog);
      await driver.close();
    }
    if (n === 1_000) rows = [];
  }
  if (connection)
    for (const n of SCALE_SIZES) scale.push({ n, ...(await measureScale(n, connection.uri)) });
} finally {
  await rm(dir, { recursive: true, force: true });
  if (started) await stopForTests();
}

console.log(
  '\n#### CatalogStore load and publish (ms; ×: ratio to parseCatalog(JSON.parse) of the same catalog)\n',
);
console.log(
  '| store | N credentials | baseline parse+validate | bulk publish of N (×) | cold open + load (×) | publish 1 into N (×) | currentVersion |',
);
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  const x = (v: number): string => `${fmt(v)} (${(v / r.baseline).toFixed(1)}×)`;
  console.log(
    `| ${r.store} | ${r.n} | ${fmt(r.baseline)} | ${x(r.bulk)} | ${x(r.load)} | ${x(r.one)} | ${r.version.toFixed(2)} |`,
  );
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sec = (ms: number): string => (ms / 1000).toFixed(1);
const gib = (bytes: number): string => (bytes / 2 ** 30).toFixed(2);
console.log(
  `\n#### Neo4j at national scale: first publish, cold load by a fresh store (${ROUNDS} rounds; median [min-max]), publish 100 (s)\n`,
);
console.log(
  '| N credentials | seed (batched publish) | credentials/s | publish 100 into N | cold open + load | × JSON.parse, same process | load peak RSS GiB | seed peak RSS GiB | Neo4j JVM peak RSS GiB after seed / loads |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const { n, seed, loads, jvmAfterSeed, jvmAfterLoads } of scale) {
  const ms = loads.map((l) => l.load!);
  const ratios = loads.map((l) => l.load! / l.parse!);
  console.log(
    `| ${n.toLocaleString('en')} | ${sec(seed.seed!)} | ${Math.round((n / seed.seed!) * 1000)} | ${sec(seed.publish100!)} | ${sec(median(ms))} [${sec(Math.min(...ms))}-${sec(Math.max(...ms))}] | ${median(ratios).toFixed(1)} [${Math.min(...ratios).toFixed(1)}-${Math.max(...ratios).toFixed(1)}] | ${gib(Math.max(...loads.map((l) => l.loadRss!)))} | ${gib(seed.peakRss!)} | ${gib(jvmAfterSeed)} / ${gib(jvmAfterLoads)} |`,
  );
}

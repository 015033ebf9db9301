// `pnpm bench scale` (issue 14): national scale on one box. For generated catalogs of 10^5 and 10^6
// credentials (2x10^6 with PATHWISE_BENCH_MAX=2000000; the generator of @pathwise/test-support, its
// realistic mix): read, parse (JSON.parse), validate (parseCatalog), compile (createPlanner), first
// answer, and peak RSS from the OS, each size in a fresh process (a CLI's cold start); then the latency
// of publishing 100 credentials into the big catalog on the file store (with compiled snapshots), then
// a service's cold start on that store after the publish (open with the compiled snapshot, planner,
// first answer, then a publish of 100 and the answer after it; PATHWISE_BENCH_ROUNDS rounds
// interleaved with the JSON cold start), and on Neo4j (batched import,
// cold load by a second process's store, publish 100, delta read of it by that store; Neo4j sizes up
// to PATHWISE_BENCH_NEO4J_MAX, default 10^5). In each round also the service's default planning set-up
// on that store (piscina workers: quick lane + PATHWISE_BENCH_WORKERS main, default 2) given the JSON
// alone (each worker compiles) or the shared compiled snapshot, and what reading and parsing the
// catalog objects alone costs. Ratios (×) are to JSON.parse of the same document in
// the same process, the floor any start pays.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startForTests, stopForTests } from '../../neo4j/scripts/harness.mjs';
import { runChild } from '@pathwise/test-support/run-child';

const here = dirname(fileURLToPath(import.meta.url));
// The pool phase runs the service built, as `pnpm start` does (pool-child.mjs): build it first.
const build = spawnSync('pnpm', ['exec', 'tsc', '-b'], {
  cwd: join(here, '../../..'),
  stdio: 'inherit',
});
if (build.status !== 0) throw new Error('the build failed');
const MAX = Number(process.env.PATHWISE_BENCH_MAX ?? 1_000_000);
const NEO4J_MAX = Number(process.env.PATHWISE_BENCH_NEO4J_MAX ?? 100_000);
const SIZES = [100_000, 1_000_000, 2_000_000].filter((n) => n <= MAX);
const ROUNDS = Number(process.env.PATHWISE_BENCH_ROUNDS ?? 1);

type Figures = Record<string, number>;

/** Runs one phase in a fresh process (the pool's: pool-child.mjs, built). @returns its figures */
function phase(args: string[]): Figures {
  const script = args[0] === 'pool-cold' ? 'pool-child.mjs' : 'scale-child.ts';
  return runChild<Figures>(join(here, script), args);
}

const s = (ms: number | undefined): string => (ms === undefined ? '-' : (ms / 1000).toFixed(2));
const gb = (bytes: number | undefined): string =>
  bytes === undefined ? '-' : (bytes / 2 ** 30).toFixed(2);
const x = (ms: number | undefined, base: number | undefined): string =>
  ms === undefined || !base ? '' : ` (${(ms / base).toFixed(1)}×)`;

let uri = process.env.PATHWISE_TEST_NEO4J_URI ?? process.env.NEO4J_URI;
let started = false;
if (!uri && NEO4J_MAX > 0) {
  const { env } = await startForTests({
    ...process.env,
    NEO4J_HEAP: process.env.NEO4J_HEAP ?? '2g',
  });
  uri = env.PATHWISE_TEST_NEO4J_URI;
  started = uri !== undefined;
  if (!uri) console.log('\n!!! No Neo4j (Java/Maven missing): Neo4j rows are left out !!!\n');
}

const dir = await mkdtemp(join(tmpdir(), 'pathwise-scale-bench-'));
const cold: { n: number; f: Figures }[] = [];
const coldBytes: { n: number; f: Figures }[] = [];
const storeCold: { n: number; f: Figures }[] = [];
const publish: { n: number; store: string; f: Figures }[] = [];
const poolCold: { n: number; mode: string; f: Figures }[] = [];
const objects: { n: number; f: Figures }[] = [];
try {
  for (const n of SIZES) {
    phase(['generate', String(n), dir]);
    const file = join(dir, `catalog-${n}.json`);
    const query = join(dir, `query-${n}.json`);
    publish.push({ n, store: 'file', f: phase(['file', file, join(dir, `store-${n}`)]) });
    // Interleaved, so that both starts see the same load.
    for (let r = 0; r < ROUNDS; r++) {
      cold.push({ n, f: phase(['cold', file, query]) });
      coldBytes.push({ n, f: phase(['cold-bytes', file, query]) });
      storeCold.push({ n, f: phase(['store-cold', join(dir, `store-${n}`), query]) });
      objects.push({ n, f: phase(['objects', join(dir, `store-${n}`)]) });
      for (const mode of ['json', 'snapshot'])
        poolCold.push({
          n,
          mode,
          f: phase(['pool-cold', join(dir, `store-${n}`), query, mode]),
        });
    }
    if (uri && n <= NEO4J_MAX)
      publish.push({
        n,
        store: 'neo4j',
        f: phase(['neo4j', file, uri, `scale-${n}-${process.pid}`]),
      });
    await rm(join(dir, `store-${n}`), { recursive: true, force: true });
  }
} finally {
  await rm(dir, { recursive: true, force: true });
  if (started) await stopForTests();
}

/** @returns the sum of the named figures (absent ones 0) */
const sumOf = (f: Figures, ...names: string[]): number =>
  names.reduce((sum, name) => sum + (f[name] ?? 0), 0);
/** @returns a cold start's time from the JSON: read, parse, validate, compile, first answer */
const jsonStart = (f: Figures): number =>
  sumOf(f, 'read', 'parse', 'validate', 'compile', 'firstAnswer');

console.log('\n#### Cold start to the first answer (s; × JSON.parse of the same document)\n');
console.log(
  '| credentials | JSON MB | read | parse | validate | compile | first answer | total | peak RSS GB |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const { n, f } of cold) {
  const total = jsonStart(f);
  console.log(
    `| ${n.toLocaleString('en')} | ${((f.bytes ?? 0) / 1e6).toFixed(0)} | ${s(f.read)} | ${s(f.parse)} | ${s(f.validate)}${x(f.validate, f.parse)} | ${s(f.compile)}${x(f.compile, f.parse)} | ${s(f.firstAnswer)} | ${s(total)}${x(total, f.parse)} | ${gb(f.peakRss)} |`,
  );
}
console.log(
  '\n#### The same from the bytes, one credential at a time (the CLI without a snapshot; a first import)\n',
);
console.log(
  '| credentials | read | validate + compile | first answer | total | × JSON start | peak RSS GB | × JSON start |',
);
console.log('|---|---|---|---|---|---|---|---|');
coldBytes.forEach(({ n, f }, k) => {
  const total = sumOf(f, 'read', 'validateCompile', 'firstAnswer');
  const j = cold[k]!.f;
  const json = jsonStart(j);
  console.log(
    `| ${n.toLocaleString('en')} | ${s(f.read)} | ${s(f.validateCompile)} | ${s(f.firstAnswer)} | ${s(total)} | ${(total / json).toFixed(2)} | ${gb(f.peakRss)} | ${((f.peakRss ?? 0) / (j.peakRss ?? 1)).toFixed(2)} |`,
  );
});
console.log(
  '\n#### Cold start of a service on the file store after that publish, from its compiled snapshot\n',
);
console.log(
  '| credentials | open (read, hash, spans, snapshot) | planner | first answer | total | × JSON start | then publish 100 | answer after | credentials decoded | peak RSS GB |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
storeCold.forEach(({ n, f }, k) => {
  const total = sumOf(f, 'open', 'compile', 'firstAnswer');
  const j = cold[k]!.f;
  const json = jsonStart(j);
  console.log(
    `| ${n.toLocaleString('en')} | ${s(f.open)} | ${s(f.compile)} | ${s(f.firstAnswer)} | ${s(total)} | ${(total / json).toFixed(2)} | ${s(f.publishAfterStart)} | ${s(f.answerAfterPublish)} | ${f.decoded ?? '-'} | ${gb(f.peakRss)} |`,
  );
});
console.log(
  `\n#### The service's planning workers on that store (quick lane + ${process.env.PATHWISE_BENCH_WORKERS ?? 2} main): JSON to each worker (compiles) or the shared snapshot\n`,
);
console.log(
  '| credentials | workers get | open | share | first answer | in its worker | all warm | slowest worker | to first answer | peak RSS GB then | then publish 100 | share it | answer after | peak RSS GB |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const { n, mode, f } of poolCold) {
  const first = (f.open ?? 0) + (f.share ?? 0) + (f.firstAnswer ?? 0);
  console.log(
    `| ${n.toLocaleString('en')} | ${mode} | ${s(f.open)} | ${s(f.share)} | ${s(f.firstAnswer)} | ${s(f.firstInWorker)} | ${s(f.allWarm)} | ${s(f.warmInWorker)} | ${s(first)} | ${gb(f.peakAtFirstAnswer)} | ${s(f.publishAfterStart)} | ${s(f.shareAfterPublish)} | ${s(f.answerAfterPublish)} | ${gb(f.peakRss)} |`,
  );
}
console.log(
  '\n#### What the catalog objects alone cost a start (read + JSON.parse of catalog.json)\n',
);
console.log('| credentials | read | parse | RSS before GB | peak RSS GB |');
console.log('|---|---|---|---|---|');
for (const { n, f } of objects)
  console.log(
    `| ${n.toLocaleString('en')} | ${s(f.read)} | ${s(f.parse)} | ${gb(f.baseRss)} | ${gb(f.peakRss)} |`,
  );
console.log('\n#### Publish 100 credentials into the catalog (s; peak RSS of that process)\n');
console.log(
  '| credentials | store | seed / import | peak RSS GB then | cold load | publish 100 | delta load | peak RSS GB |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const { n, store, f } of publish) {
  console.log(
    `| ${n.toLocaleString('en')} | ${store} | ${s(f.seed ?? f.import)} | ${gb(f.seedPeakRss)} | ${s(f.coldLoad)} | ${s(f.publish100)} | ${s(f.deltaLoad)} | ${gb(f.peakRss)} |`,
  );
}

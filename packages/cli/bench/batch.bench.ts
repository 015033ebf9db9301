// `pathwise plan --batch` at scale, end to end through the built CLI (packages/cli/dist: build
// first): a batch of 10^5 and 10^6 query lines (the example queries over and over, written to a temp
// file by a stream, never held in memory) on the example catalog, with 1 worker (the main thread:
// the baseline) and with one per core. For each: wall time, lines per second, the ratio to the
// 1-worker run of the same size, and peak RSS from the OS (/usr/bin/time -v), which should not grow
// with the number of lines. PATHWISE_BENCH_BATCH_LINES overrides the sizes (comma-separated).
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';

const root = resolve(import.meta.dirname, '../../..');
const cli = join(root, 'packages/cli/dist/bin.js');
const catalog = join(root, 'examples/catalogs/tech-careers.json');
const SIZES = (process.env.PATHWISE_BENCH_BATCH_LINES ?? '100000,1000000').split(',').map(Number);
const cores = availableParallelism();
if (!existsSync(cli)) throw new Error(`${cli} is missing: run pnpm build first`);

/** Writes `n` query lines to a file through a stream, honouring its backpressure. */
async function writeBatch(path: string, n: number): Promise<void> {
  const queries = readFileSync(join(root, 'examples/queries/tech-careers.jsonl'), 'utf8')
    .trimEnd()
    .split('\n');
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    if (!out.write(`${queries[i % queries.length]}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Runs the batch under /usr/bin/time -v; output to /dev/null. */
function run(batch: string, workers: number): { seconds: number; rssMb: number; summary: string } {
  const t0 = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-v',
      process.execPath,
      cli,
      'plan',
      '--catalog',
      catalog,
      '--as-of',
      '2026-11-22',
      '--batch',
      batch,
      '--workers',
      String(workers),
      '--progress',
      'none',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 },
  );
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`batch failed (${r.status}): ${r.stderr}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
  const summary = r.stderr.split('\n').find((l) => l.startsWith('batch:')) ?? '';
  return { seconds, rssMb: kb / 1024, summary };
}

const dir = mkdtempSync(join(tmpdir(), 'pathwise-batch-bench-'));
console.log(`\n#### plan --batch: 1 worker (main thread) vs ${cores} workers, example catalog\n`);
console.log('| lines | workers | wall | lines/s | speed-up vs 1 worker | peak RSS |');
console.log('|---|---|---|---|---|---|');
try {
  for (const n of SIZES) {
    const batch = join(dir, `q${n}.jsonl`);
    await writeBatch(batch, n);
    const one = run(batch, 1);
    const all = run(batch, cores);
    if (!one.summary.startsWith(`batch: ${n} queries`)) throw new Error(one.summary);
    for (const [w, r] of [
      [1, one],
      [cores, all],
    ] as const)
      console.log(
        `| ${n} | ${w} | ${r.seconds.toFixed(1)} s | ${Math.round(n / r.seconds)} | ${(one.seconds / r.seconds).toFixed(2)} | ${r.rssMb.toFixed(0)} MB |`,
      );
    rmSync(batch);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

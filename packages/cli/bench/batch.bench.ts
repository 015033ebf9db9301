// `pathwise plan --batch` at scale, end to end through the built CLI (packages/cli/dist: build
// first): a batch of 10^5 and 10^6 query lines (written to a temp file by a stream, never held in
// memory) on a small catalog (40 courses, 10 certificates with all/any/k-of-n rules), so that the
// run measures the batch machinery rather than the planner, with 1 worker (the main thread: the
// baseline) and with one per core. For each: wall time, lines per second, the ratio to the
// 1-worker run of the same size, and peak RSS from the OS (/usr/bin/time -v), which should not grow
// with the number of lines. PATHWISE_BENCH_BATCH_LINES overrides the sizes (comma-separated).
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';

const root = resolve(import.meta.dirname, '../../..');
const cli = join(root, 'packages/cli/dist/bin.js');
const SIZES = (process.env.PATHWISE_BENCH_BATCH_LINES ?? '100000,1000000').split(',').map(Number);
const cores = availableParallelism();
if (!existsSync(cli)) throw new Error(`${cli} is missing: run pnpm build first`);

/** The small catalog: courses c0..c39, certificate tK needing 2 of its 4 courses and any earlier one. */
function smallCatalog(): unknown {
  const courses = Array.from({ length: 40 }, (_, i) => ({
    id: `c${i}`,
    name: `Course ${i}`,
    kind: 'course',
    cost: 50 + ((i * 37) % 200),
    durationWeeks: 1 + (i % 6),
  }));
  const certs = Array.from({ length: 10 }, (_, k) => ({
    id: `t${k}`,
    name: `Certificate ${k}`,
    kind: 'certificate',
    cost: 100,
    durationWeeks: 1,
    requires: {
      all: [
        { atLeast: 2, of: [0, 1, 2, 3].map((j) => `c${4 * k + j}`) },
        ...(k > 0 ? [{ any: [`t${k - 1}`, `c${(4 * k + 5) % 40}`] }] : []),
      ],
    },
  }));
  return { format: 'pathwise.catalog/v1', credentials: [...courses, ...certs] };
}

/** Writes `n` query lines to a file through a stream, honouring its backpressure. */
async function writeBatch(path: string, n: number): Promise<void> {
  const queries = Array.from({ length: 30 }, (_, i) =>
    JSON.stringify({
      id: i,
      target: `t${i % 10}`,
      have: i % 3 ? [{ id: `c${i % 40}` }] : [],
      objective: i % 2 ? 'fastest' : 'cheapest',
    }),
  );
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
const catalog = join(dir, 'small-catalog.json');
writeFileSync(catalog, JSON.stringify(smallCatalog()));
console.log(
  `\n#### plan --batch: 1 worker (main thread) vs ${cores} workers, a 50-credential catalog\n`,
);
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

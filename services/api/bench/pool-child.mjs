// The pool phase of `pnpm bench scale` (scale.bench.ts), in a process of its own, on the built
// packages and without tsx: the service's planning pool as `pnpm start` runs it. Its worker threads
// inherit this process's flags, and through tsx each one's start took about 2 s more and 200 MB at
// 2x10^6 credentials. Plain JavaScript for that reason (the other phases are scale-child.ts).
//   pool-cold DIR QUERY M   the service's default planning set-up on that store: open, share the
//                           catalog with the workers (M=snapshot: the catalog and the compiled
//                           index; M=json: the catalog alone, each worker compiling, as before
//                           issue 14), first answer (quick lane), then every main-lane worker warm
//                           (one frontier each); with M=snapshot, then a publish of 100, its share and
//                           the answer after it
// Prints one JSON line of figures (ms, bytes).
import { readFile } from 'node:fs/promises';
import { decodedCount } from '@pathwise/core';
import { indexSnapshotCodec } from '@pathwise/engine';
import { FileCatalogStore } from '@pathwise/store';
import { PlanPool } from '../dist/planning/plan-pool.js';
import { shareCatalog } from '../dist/planning/plan-task.js';
import { hundredAfterStart } from './hundred-after-start.mjs';

const [phase, dir, queryFile, mode] = process.argv.slice(2);
if (phase !== 'pool-cold') throw new Error(`unknown phase ${phase}`);
/** @type {Record<string, number>} */
const out = {};
/** @type {<T>(name: string, work: () => T | Promise<T>) => Promise<T>} */
const timed = async (name, work) => {
  const t = performance.now();
  const value = await work();
  out[name] = performance.now() - t;
  return value;
};

const threads = Number(process.env.PATHWISE_BENCH_WORKERS ?? 2);
const query = JSON.parse(await readFile(queryFile, 'utf8'));
const store = await timed('open', () =>
  FileCatalogStore.open(dir, { snapshots: indexSnapshotCodec }),
);
const snapshot = await store.load();
const compiled = mode === 'snapshot' ? snapshot.compiled : undefined;
if (mode === 'snapshot' && compiled === undefined) throw new Error('no compiled snapshot');
const shared = await timed('share', () => shareCatalog(snapshot.catalog, 'v1', compiled));
const pool = new PlanPool(threads);
const { plan, ms } = await timed('firstAnswer', () => pool.plan('v1', shared, query));
if (!plan.feasible) throw new Error('the first query is not feasible');
// The worker's own time on it: build its planner (parse + compile, or read the shared index) and
// plan, without the thread's start.
out.firstInWorker = ms;
out.peakAtFirstAnswer = process.resourceUsage().maxRSS * 1024;
const warm = await timed('allWarm', () =>
  Promise.all(Array.from({ length: threads }, () => pool.frontier('v1', shared, query))),
);
out.warmInWorker = Math.max(...warm.map((w) => w.ms));
if (compiled !== undefined) {
  const next = await timed('publishAfterStart', () =>
    store.apply(hundredAfterStart(snapshot.catalog, compiled)),
  );
  const v2 = await timed('shareAfterPublish', () =>
    shareCatalog(next.catalog, 'v2', next.compiled),
  );
  await timed('answerAfterPublish', () => pool.plan('v2', v2, query));
  out.decoded = decodedCount(next.catalog.credentials) ?? -1;
}
await pool.close();
await store.close();
out.peakRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify(out)}\n`);

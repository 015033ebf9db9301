// Planner speed on generated catalogs of 10^3..10^6 credentials (cap with PATHWISE_BENCH_MAX):
// build time, heap, median and p99 plan latency for cheapest and fastest; ratios measured in the
// same process against HiGHS (same optimum asserted) for cheapest, and on OR graphs against
// graphology-shortest-path's Dijkstra and a typed-array CSR Dijkstra for fastest (per-query wall p50
// and, in alternating batches, CPU time); then `pathwise plan --batch` end to end on a 10^5 catalog.
// Run by `pnpm bench` (node --expose-gc, 4 GB heap); the last line gives the peak RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCatalog } from '@pathwise/core';
import type { Catalog } from '@pathwise/core';
import { createPlanner } from '@pathwise/engine';
import type { Planner } from '@pathwise/engine';
import {
  cheapestProgramme,
  loadHighs,
  solveProgramme,
} from '../src/__tests__/support/highs-oracle.js';
import { earliestWeeks } from '../src/__tests__/support/fastest-recursion.js';
import { heldSet } from '../src/__tests__/support/held-set.js';
import { credentialMap } from '../src/__tests__/support/requirement-met-at.js';
import { generateCatalog, generateQueries } from '@pathwise/test-support';
import { buildCsr, csrDijkstra } from './csr-dijkstra.js';
import { cpuMs } from './cpu-time.js';
import { buildGraphology, graphologyWeeks } from './graphology-baseline.js';

const MAX = Number(process.env.PATHWISE_BENCH_MAX ?? 1_000_000);
const SIZES = [1_000, 10_000, 100_000, 1_000_000].filter((n) => n <= MAX);
const QUERIES = 300;
const CPU_ROUNDS = 5;
const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);
const heapMb = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const ms = (x: number): string => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const timed = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
};
const started = performance.now();
const highs = await loadHighs();

console.log(
  `\n#### Plan latency (${QUERIES} queries per objective; HiGHS on the first queries, same optimum asserted)\n`,
);
console.log(
  '| N credentials | createPlanner | heap (catalog + planner) | cheapest p50 / p99 | fastest p50 / p99 | HiGHS p50 (same queries) | HiGHS / cheapest (p50) | recursion p50 | recursion / fastest (p50) |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const n of SIZES) {
  const base = heapMb();
  const bench = generateCatalog(n);
  const catalog = parseCatalog(bench.catalog);
  const heapCatalog = heapMb() - base;
  const [planner, buildMs] = timed(() => createPlanner(catalog));
  const heapTotal = heapMb() - base;
  const queries = generateQueries(bench, QUERIES);
  for (const q of queries.slice(0, 20)) planner.plan({ ...q, objective: 'cheapest' }); // warm-up
  const cheap: number[] = [];
  const fast: number[] = [];
  const costs: number[] = [];
  const weeks: number[] = [];
  for (const q of queries) {
    const [plan, t] = timed(() => planner.plan({ ...q, objective: 'cheapest' }));
    if (!plan.optimal) throw new Error(`cheapest not optimal at N=${n} for ${q.target}`);
    cheap.push(t);
    costs.push(plan.totalCost);
  }
  for (const q of queries) {
    const [plan, t] = timed(() => planner.plan({ ...q, objective: 'fastest' }));
    fast.push(t);
    weeks.push(plan.totalWeeks);
  }
  const byId = credentialMap(catalog);
  const sample = n >= 1_000_000 ? 40 : 80;
  const highsMs: number[] = [];
  const recursionMs: number[] = [];
  queries.slice(0, sample).forEach((q, i) => {
    const held = heldSet(byId, q.have, q.asOf);
    const [optimum, t] = timed(() =>
      solveProgramme(highs, cheapestProgramme(byId, held, q.target)),
    );
    if (optimum.totalCost !== costs[i]) {
      throw new Error(
        `N=${n} ${q.target}: engine cheapest ${costs[i]} ≠ HiGHS ${optimum.totalCost}`,
      );
    }
    highsMs.push(t);
    const [w, tr] = timed(() => earliestWeeks(byId, held)(q.target));
    if (w !== weeks[i])
      throw new Error(`N=${n} ${q.target}: engine fastest ${weeks[i]} ≠ recursion ${w}`);
    recursionMs.push(tr);
  });
  const cheapSample = quantile(cheap.slice(0, sample), 0.5);
  const fastSample = quantile(fast.slice(0, sample), 0.5);
  console.log(
    `| ${n.toLocaleString('en')} | ${ms(buildMs)} ms | ${heapTotal.toFixed(0)} MB (${heapCatalog.toFixed(0)} + ${Math.max(0, heapTotal - heapCatalog).toFixed(0)}) | ` +
      `${ms(quantile(cheap, 0.5))} / ${ms(quantile(cheap, 0.99))} ms | ${ms(quantile(fast, 0.5))} / ${ms(quantile(fast, 0.99))} ms | ` +
      `${ms(quantile(highsMs, 0.5))} ms | ${(quantile(highsMs, 0.5) / cheapSample).toFixed(1)}x | ` +
      `${ms(quantile(recursionMs, 0.5))} ms | ${(quantile(recursionMs, 0.5) / fastSample).toFixed(2)}x |`,
  );
  keep(planner);
}

console.log(
  `\n#### Fastest on OR graphs (every rule any-of ids): planner vs shortest-path baselines, same weeks asserted\n`,
);
console.log(
  '| N credentials | edges | planner fastest p50 / p99 | graphology Dijkstra (singleSource, reversed) p50 | CSR Dijkstra p50 | graphology / planner | CSR / planner | CSR / planner, CPU (median [range]) |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const n of SIZES) {
  const bench = generateCatalog(n, 'or', 23);
  const catalog = bench.catalog;
  const planner = createPlanner(parseCatalog(catalog));
  const graph = buildGraphology(catalog);
  const csr = buildCsr(catalog);
  const dijkstra = csrDijkstra(csr);
  const targets = generateQueries(bench, QUERIES, 5).map((q) => q.target);
  const ours: number[] = [];
  const theirs: number[] = [];
  const plain: number[] = [];
  for (const target of targets.slice(0, 10))
    planner.plan({ target, have: [], asOf: '2026-06-01', objective: 'fastest' });
  for (const target of targets) {
    const [plan, t1] = timed(() =>
      planner.plan({ target, have: [], asOf: '2026-06-01', objective: 'fastest' }),
    );
    const [g, t2] = timed(() => graphologyWeeks(graph, target));
    const [c, t3] = timed(() => dijkstra([], csr.index.get(target)!));
    if (plan.totalWeeks !== g || g !== c)
      throw new Error(`OR N=${n} ${target}: planner ${plan.totalWeeks}, graphology ${g}, CSR ${c}`);
    ours.push(t1);
    theirs.push(t2);
    plain.push(t3);
  }
  const p50 = quantile(ours, 0.5);
  const cpu = cpuRatio(
    () => targets.forEach((target) => dijkstra([], csr.index.get(target)!)),
    () =>
      targets.forEach((target) =>
        planner.plan({ target, have: [], asOf: '2026-06-01', objective: 'fastest' }),
      ),
  );
  console.log(
    `| ${n.toLocaleString('en')} | ${graph.size.toLocaleString('en')} | ${ms(p50)} / ${ms(quantile(ours, 0.99))} ms | ` +
      `${ms(quantile(theirs, 0.5))} ms | ${ms(quantile(plain, 0.5))} ms | ${(quantile(theirs, 0.5) / p50).toFixed(2)}x | ${(quantile(plain, 0.5) / p50).toFixed(2)}x | ` +
      `${quantile(cpu, 0.5).toFixed(2)}x [${Math.min(...cpu).toFixed(2)}-${Math.max(...cpu).toFixed(2)}] |`,
  );
}
console.log(
  `(CPU column: process CPU time of the ${QUERIES} queries, CSR batch then planner batch, repeated to about 50 ms a batch, ${CPU_ROUNDS} rounds; unlike the per-query wall p50 it does not count time the process waits for a busy core)`,
);

const batchN = Math.min(100_000, SIZES[SIZES.length - 1] ?? 1_000);
console.log(
  `\n#### \`pathwise plan --batch\` end to end, ${batchN.toLocaleString('en')} credentials (one process: read, validate, build, answer)\n`,
);
batchBench(batchN);
console.log(
  `\n(bench took ${((performance.now() - started) / 1000).toFixed(0)} s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)`,
);

function batchBench(n: number): void {
  const root = resolve(import.meta.dirname, '../../..');
  const built = join(root, 'packages/cli/dist/bin.js');
  const command = existsSync(built)
    ? [built]
    : ['--conditions=source', '--import', 'tsx', join(root, 'packages/cli/src/bin.ts')];
  const dir = mkdtempSync(join(tmpdir(), 'pathwise-bench-'));
  const bench = generateCatalog(n);
  const catalogFile = join(dir, 'catalog.json');
  writeFileSync(catalogFile, JSON.stringify(bench.catalog satisfies Catalog));
  const lines = generateQueries(bench, 2000, 31).map((q, i) =>
    JSON.stringify({ ...q, objective: i % 2 ? 'fastest' : 'cheapest' }),
  );
  const run = (count: number): number => {
    const file = join(dir, `q${count}.jsonl`);
    writeFileSync(file, `${lines.slice(0, count).join('\n')}\n`);
    const t0 = performance.now();
    const child = spawnSync(
      process.execPath,
      ['--max-old-space-size=4096', ...command, 'plan', '--catalog', catalogFile, '--batch', file],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      },
    );
    const elapsed = performance.now() - t0;
    const out = child.stdout.trimEnd().split('\n');
    if (child.status !== 0 || out.length !== count || out.some((l) => l.includes('"error"'))) {
      throw new Error(
        `batch failed: status ${child.status}, ${out.length} lines, ${child.stderr.slice(0, 500)}`,
      );
    }
    return elapsed;
  };
  const one = run(1);
  const all = run(lines.length);
  console.log(
    '| queries | wall time | end-to-end queries/s | startup + load (1-query batch) | queries/s after load |',
  );
  console.log('|---|---|---|---|---|');
  console.log(
    `| ${lines.length} | ${ms(all)} ms | ${(lines.length / (all / 1000)).toFixed(0)} | ${ms(one)} ms | ` +
      `${((lines.length - 1) / ((all - one) / 1000)).toFixed(0)} |`,
  );
  console.log(
    `(CLI run from ${existsSync(built) ? 'packages/cli/dist' : 'TypeScript sources via tsx'})`,
  );
}

/**
 * The baseline's CPU time over the candidate's, alternating batches in rounds (a warm-up round
 * first, then CPU_ROUNDS measured), each batch repeated until it takes about 50 ms of CPU.
 * @returns the ratio of each measured round
 */
function cpuRatio(baseline: () => void, candidate: () => void): number[] {
  const times = Math.max(1, Math.ceil(50 / Math.max(cpuMs(candidate, 1), 0.1)));
  const ratios: number[] = [];
  for (let round = 0; round <= CPU_ROUNDS; round++) {
    const base = cpuMs(baseline, times);
    const ours = cpuMs(candidate, times);
    if (round > 0) ratios.push(base / ours);
  }
  return ratios;
}

/** Keeps a value alive until here, so the heap figure includes it. */
function keep(planner: Planner): void {
  if (planner.index.catalog.credentials.length < 0) console.log('unreachable');
}

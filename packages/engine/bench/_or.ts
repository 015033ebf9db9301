import { parseCatalog } from '@pathwise/core';
import { generateCatalog, generateQueries } from '@pathwise/test-support';
import { buildCsr, csrDijkstra } from './csr-dijkstra.js';
const which = process.argv[2]!;
const { createPlanner } = await import(which === 'base' ? '/tmp/base/packages/engine/src/index.ts' : '../src/index.ts');
const q = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const out: string[] = [];
for (const n of (process.argv[3] ?? '1000,10000,100000').split(',').map(Number)) {
  const bench = generateCatalog(n, 'or', 23);
  const planner = createPlanner(parseCatalog(bench.catalog));
  const csr = buildCsr(bench.catalog);
  const dijkstra = csrDijkstra(csr);
  const targets = generateQueries(bench, 300, 5).map((x) => x.target);
  for (const t of targets.slice(0, 10)) planner.plan({ target: t, have: [], asOf: '2026-06-01', objective: 'fastest' });
  const ours: number[] = [], plain: number[] = [];
  for (const target of targets) {
    let t0 = performance.now();
    const plan = planner.plan({ target, have: [], asOf: '2026-06-01', objective: 'fastest' });
    ours.push(performance.now() - t0);
    t0 = performance.now();
    const c = dijkstra([], csr.index.get(target)!);
    plain.push(performance.now() - t0);
    if (plan.totalWeeks !== c) throw new Error('mismatch');
  }
  out.push(`${n}: ours ${q(ours).toFixed(3)} csr ${q(plain).toFixed(3)} ratio ${(q(ours) / q(plain)).toFixed(2)}x`);
}
console.log(which, out.join(' | '));

// Frontier speed: on the example catalog (every credential as the target; without and with a budget of
// 10 hours a week, with its offers) and on generated catalogs
// of 10^3..10^5 credentials (cap with PATHWISE_BENCH_MAX), the frontier's p50 / p99 latency, its
// ratio to one cheapest plan of the same query in the same process, the points per frontier and the
// share of frontiers complete (every point proven) within the default time budget.
import { readFileSync } from 'node:fs';
import { parseCatalog } from '@pathwise/core';
import { createPlanner, type PlanQuery } from '@pathwise/engine';
import { generateCatalog, generateQueries } from '@pathwise/test-support';

const MAX = Number(process.env.PATHWISE_BENCH_MAX ?? 100_000);
const SIZES = [1_000, 10_000, 100_000].filter((n) => n <= MAX);
const QUERIES = 30;
const quantile = (xs: number[], q: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const ms = (x: number): string => (x < 1 ? x.toFixed(3) : x.toFixed(2));

function run(name: string, planner: ReturnType<typeof createPlanner>, queries: PlanQuery[]): void {
  const frontier: number[] = [];
  const plain: number[] = [];
  let points = 0;
  let complete = 0;
  // Interleaved, so both see the same load.
  for (const q of queries) {
    const t0 = performance.now();
    planner.plan({ ...q, objective: 'cheapest' });
    const t1 = performance.now();
    const f = planner.frontier(q);
    const t2 = performance.now();
    plain.push(t1 - t0);
    frontier.push(t2 - t1);
    points += f.plans.length;
    if (f.complete) complete++;
  }
  const ratio = quantile(frontier, 0.5) / Math.max(1e-6, quantile(plain, 0.5));
  console.log(
    `| ${name} | ${queries.length} | ${ms(quantile(frontier, 0.5))} / ${ms(quantile(frontier, 0.99))} | ${ms(quantile(plain, 0.5))} | ${ratio.toFixed(1)} | ${(points / queries.length).toFixed(2)} | ${complete}/${queries.length} |`,
  );
}

console.log('\n#### Frontier (ms; ratio of medians to one cheapest plan of the same query)\n');
console.log(
  '| catalog | queries | frontier p50 / p99 | cheapest p50 | frontier / cheapest | points per frontier | complete |',
);
console.log('|---|---|---|---|---|---|---|');
const example = parseCatalog(
  JSON.parse(
    readFileSync(new URL('../../../examples/catalogs/tech-careers.json', import.meta.url), 'utf8'),
  ),
);
const examplePlanner = createPlanner(example);
const asOf = '2026-11-22';
const exampleQueries = example.credentials.map((c) => ({ target: c.id, asOf }));
run('tech-careers (warm-up)', examplePlanner, exampleQueries);
run('tech-careers', examplePlanner, exampleQueries);
run(
  'tech-careers, weeklyHours 10',
  examplePlanner,
  exampleQueries.map((q) => ({ ...q, weeklyHours: 10 })),
);
for (const n of SIZES) {
  const bench = generateCatalog(n);
  run(
    `generated ${n}`,
    createPlanner(parseCatalog(bench.catalog)),
    generateQueries(bench, QUERIES),
  );
}

// Cheapest with offers (catalog-v2 "Offers", issue 10) on generated catalogs of 10^3..10^5
// credentials (cap with PATHWISE_BENCH_MAX) with 1-5 offers per provider block (withBenchOffers:
// subscriptions, memberships, bundles, vouchers with `requires`), PATHWISE_BENCH_QUERIES queries
// each (default 50). Two rows per size: every offer one-off (cost independent of the schedule), and
// subscriptions and memberships billed by period (cost depends on the schedule). In the same
// process, HiGHS solves the same question as an integer programme over the target's cone only
// (support/highs-offers.ts: continuous-time big-M when a periodic offer is usable); its time is the
// solve alone, building the LP text is not counted. Reports the engine's proven rate within the
// default time budget, p50 / p99 of both, the ratio of the p50s and of the p99s, equal optima (a
// proven plan whose cost differs from HiGHS's is printed with its seed and fails the bench), and a
// PASS/FAIL line against the aim: at least 10x faster than HiGHS at p50 and 99% proven.
import { cpus, loadavg } from 'node:os';
import { parseCatalog, type Catalog } from '@pathwise/core';
import { createPlanner } from '@pathwise/engine';
import { generateCatalog, generateQueries, withBenchOffers } from '@pathwise/test-support';
import type { BenchCatalog } from '@pathwise/test-support';
import { offersProgramme, solveOffers } from '../src/__tests__/support/highs-offers.js';

const MAX = Number(process.env.PATHWISE_BENCH_MAX ?? 100_000);
const SIZES = [1_000, 10_000, 100_000].filter((n) => n <= MAX);
const QUERIES = Number(process.env.PATHWISE_BENCH_QUERIES ?? 50);
const SEED = Number(process.env.PATHWISE_BENCH_SEED ?? 17);
const pct = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const ms = (x: number): string => (x < 1 ? x.toFixed(3) : x.toFixed(2));

let failed = false;
const mismatches: string[] = [];

async function run(label: string, n: number, base: BenchCatalog, catalog: Catalog): Promise<void> {
  const planner = createPlanner(parseCatalog(catalog));
  const qs = generateQueries(base, QUERIES);
  planner.plan({ ...qs[0]!, objective: 'cheapest' }); // warm-up: compiles the catalog's tables
  const engine: number[] = [];
  const highs: number[] = [];
  const usable: number[] = [];
  let proven = 0;
  let equal = 0;
  for (const [i, q] of qs.entries()) {
    const t0 = performance.now();
    const plan = planner.plan({ ...q, objective: 'cheapest' });
    engine.push(performance.now() - t0);
    const programme = offersProgramme(catalog, q);
    usable.push(programme?.offers ?? 0);
    const t1 = performance.now();
    const best = await solveOffers(programme);
    highs.push(performance.now() - t1);
    if (plan.optimal) proven++;
    const ok = plan.optimal
      ? Math.abs(plan.totalCost - best) <= 1e-6
      : plan.feasible && plan.bound! <= best + 1e-6 && plan.totalCost >= best - 1e-6;
    if (ok && plan.optimal) equal++;
    if (!ok) {
      failed = true;
      mismatches.push(
        `MISMATCH ${label} N=${n} seed=${SEED} query ${i} (${q.target}): engine ${plan.totalCost} (optimal ${plan.optimal}, bound ${plan.bound}), HiGHS ${best}`,
      );
    }
  }
  const rate = proven / qs.length;
  const ratio50 = pct(highs, 0.5) / pct(engine, 0.5);
  const ratio99 = pct(highs, 0.99) / pct(engine, 0.99);
  const pass = ratio50 >= 10 && rate >= 0.99 && equal === proven;
  if (!pass) failed = true;
  console.log(
    `| ${n.toLocaleString('en')} | ${label} | ${pct(usable, 0)}-${pct(usable, 0.5)}-${pct(usable, 1)} | ${proven}/${qs.length} (${(100 * rate).toFixed(1)}%) | ${ms(pct(engine, 0.5))} / ${ms(pct(engine, 0.99))} ms | ${ms(pct(highs, 0.5))} / ${ms(pct(highs, 0.99))} ms | ${ratio50.toFixed(1)}x / ${ratio99.toFixed(1)}x | ${equal}/${proven} | ${pass ? 'PASS' : 'FAIL'} |`,
  );
}

console.log(
  `\n#### Cheapest with offers vs HiGHS (${QUERIES} queries per row, offers seed ${SEED}; load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${cpus().length} cores)\n`,
);
console.log(
  '| N | offers | usable per query (min-median-max) | engine proven | engine p50 / p99 | HiGHS p50 / p99 | HiGHS / engine (p50 / p99) | equal optimum / proven | aim (10x, 99%) |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const n of SIZES) {
  const base = generateCatalog(n);
  for (const periodic of [false, true]) {
    const { catalog } = withBenchOffers(base, { periodic, seed: SEED });
    await run(periodic ? 'periodic' : 'one-off', n, base, catalog);
  }
}
for (const m of mismatches) console.log(m);
console.log(
  `\nload after: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
console.log(
  failed ? 'FAIL: the aim is not met (see the rows above)' : 'PASS: every row meets the aim',
);
process.exit(failed ? 1 : 0);

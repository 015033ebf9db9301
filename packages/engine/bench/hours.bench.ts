// Planning under a weekly-hours budget (plan-v2 `weeklyHours`, `pace`, `starts`): H ∈ {5, 10, 20}
// on the example catalog's learner queries and on generated catalogs of 10^3..10^5 credentials (cap
// with PATHWISE_BENCH_MAX; PATHWISE_BENCH_QUERIES queries each, default 100) with effortHours,
// fixed pace and term starts added (withBenchHours). Reports, per objective: how many queries are
// proven to have no plan under H (a fixed course heavier than H on every way to the target: an
// exact answer, but no plan, so not counted as a plan proven optimal); of the others, how many are
// proven optimal (an answer with no plan and no proof counts as unproven); median and p99 latency
// within the default time budget; and the median and largest gap to the proven bound where not
// proven; plus, in the same process, the latency ratio to the same queries without a budget. "value
// proven" also counts the plans whose objective value equals their proven bound although `optimal`
// is false: with offers, fastest is fewest weeks and then least cost, and a plan whose weeks are
// proven but whose cost among equally fast plans is not says `optimal: false` with `bound` = its
// weeks (plan-v1's fastest is the weeks alone). For fastest's plans whose value is unproven it also
// reports the median of the hours the plan leaves unused before its last step starts (H × that
// start − the other steps' effort): when that equals the gap times H, the bound is the effort bound
// and the whole gap is capacity the schedule leaves idle. Each planner is made as the CLI and the API
// make it: with the MIP solver of the portfolio where the catalog lists offers (solverFor).
import { readFileSync } from 'node:fs';
import { parseCatalog, type Catalog } from '@pathwise/core';
import { createPlanner, solverFor, type Plan, type PlanQuery } from '@pathwise/engine';
import { generateCatalog, generateQueries, withBenchHours } from '@pathwise/test-support';

const MAX = Number(process.env.PATHWISE_BENCH_MAX ?? 100_000);
const SIZES = [1_000, 10_000, 100_000].filter((n) => n <= MAX);
const HOURS = [5, 10, 20];
const QUERIES = Number(process.env.PATHWISE_BENCH_QUERIES ?? 100);
const pct = (xs: number[], p: number): number =>
  xs.length === 0
    ? NaN
    : [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const ms = (x: number): string => (x < 1 ? x.toFixed(3) : x.toFixed(2));
const share = (x: number): string => (Number.isNaN(x) ? '-' : `${(100 * x).toFixed(1)}%`);
const hoursOf = (x: number): string => (Number.isNaN(x) ? '-' : x.toFixed(1));

/** @returns the hours of H a plan leaves unused before its last step starts */
function idleBeforeLast(plan: Plan, weeklyHours: number): number {
  const last = plan.steps.reduce((a, b) => (b.endWeek > a.endWeek ? b : a));
  let done = 0;
  for (const s of plan.steps)
    if (s !== last) done += (s.hoursPerWeek ?? 0) * (s.endWeek - s.startWeek);
  return weeklyHours * last.startWeek - done;
}

async function run(
  label: string,
  catalog: Catalog,
  queries: Omit<PlanQuery, 'objective'>[],
): Promise<void> {
  const planner = createPlanner(parseCatalog(catalog), { mip: await solverFor(catalog) });
  for (const objective of ['fastest', 'cheapest'] as const) {
    // Warm-up: the first query builds the hours tables and the effort view.
    planner.plan({ ...queries[0]!, objective, weeklyHours: HOURS[0] });
    const free: number[] = [];
    for (const q of queries) {
      const t0 = performance.now();
      planner.plan({ ...q, objective });
      free.push(performance.now() - t0);
    }
    for (const weeklyHours of HOURS) {
      const times: number[] = [];
      const gaps: number[] = [];
      const idle: number[] = [];
      let proven = 0;
      let valueProven = 0;
      let infeasible = 0;
      for (const q of queries) {
        const t0 = performance.now();
        const plan = planner.plan({ ...q, objective, weeklyHours });
        times.push(performance.now() - t0);
        if (!plan.feasible) {
          if (plan.optimal) infeasible++;
        } else if (plan.optimal) proven++;
        else if (plan.bound !== undefined) {
          const value = objective === 'fastest' ? plan.totalWeeks : plan.totalCost;
          gaps.push(value > 0 ? (value - plan.bound) / value : 0);
          if (value - plan.bound <= 1e-9) valueProven++;
          else if (objective === 'fastest') idle.push(idleBeforeLast(plan, weeklyHours));
        }
      }
      // The others: a query proven to have no plan (a fixed course heavier than H on every way to the
      // target) is an exact answer, but no plan, so it is counted apart, not as a plan proven optimal.
      const others = queries.length - infeasible;
      console.log(
        `| ${label} | ${objective} | ${weeklyHours} | ${infeasible} | ${proven}/${others} (${share(proven / others)}) | ${proven + valueProven}/${others} | ${ms(pct(times, 0.5))} / ${ms(pct(times, 0.99))} ms | ${share(pct(gaps, 0.5))} / ${share(pct(gaps, 1))} | ${hoursOf(pct(idle, 0.5))} | ${(pct(times, 0.5) / pct(free, 0.5)).toFixed(1)}x |`,
      );
    }
  }
}

console.log(`\n#### Weekly hours (default time budget)\n`);
console.log(
  '| catalog | objective | H | proven infeasible | proven optimal (of the others) | value proven | p50 / p99 | gap to bound where unproven (median / max) | idle hours before the last step where value unproven (median) | p50 / p50 without H |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
const example = JSON.parse(
  readFileSync(new URL('../../../examples/catalogs/tech-careers.json', import.meta.url), 'utf8'),
) as Catalog;
const learner = readFileSync(
  new URL('../../../examples/queries/tech-careers.jsonl', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .map((line) => {
    const { objective: _o, ...q } = JSON.parse(line) as PlanQuery;
    return { ...q, asOf: q.asOf ?? '2026-11-22' };
  });
await run('example learners', example, learner);
for (const n of SIZES) {
  const bench = withBenchHours(generateCatalog(n));
  await run(`generated ${n.toLocaleString('en')}`, bench.catalog, generateQueries(bench, QUERIES));
}

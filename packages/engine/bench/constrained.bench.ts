// Constrained planning speed on generated catalogs of 10^3..10^5 credentials (cap with
// PATHWISE_BENCH_MAX): cheapest by a deadline halfway between the fastest and the cheapest plan's
// weeks, and fastest within a budget halfway between their costs. Ratios in the same process
// against the unconstrained cheapest plan and against the big-M HiGHS programme of the property
// tests, for both query kinds: least cost by the deadline, least target week within the budget (same
// optimum asserted on the queries it solves). The HiGHS ratios are p50 of HiGHS ÷ p50 of the engine
// over those same queries.
import { parseCatalog, type Catalog } from '@pathwise/core';
import { createPlanner } from '@pathwise/engine';
import type { Plan, PlanQuery } from '@pathwise/engine';
import { highsConstrained } from '../src/__tests__/support/highs-constrained.js';
import type { ConstrainedCase } from '../src/__tests__/support/highs-constrained.js';
import { generateCatalog, generateQueries } from '@pathwise/test-support';

const MAX = Number(process.env.PATHWISE_BENCH_MAX ?? 100_000);
const SIZES = [1_000, 10_000, 100_000].filter((n) => n <= MAX);
const QUERIES = 100;
const ORACLE_QUERIES = 15;
const p50 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p99 = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.99 * xs.length))]!;
const ms = (x: number): string => (x < 1 ? x.toFixed(3) : x.toFixed(2));
function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

/**
 * Solves the query with HiGHS, notes its time and the engine's, and throws when an engine plan that
 * says optimal differs from HiGHS's optimum (least cost, or least target week).
 */
async function againstHighs(
  catalog: Catalog,
  query: ConstrainedCase,
  minimise: 'cost' | 'weeks',
  plan: Plan,
  engineMs: number,
  highsTimes: number[],
  engineTimes: number[],
  label: string,
): Promise<void> {
  const [best, t] = await timedAsync(() => highsConstrained(catalog, query, minimise));
  highsTimes.push(t);
  engineTimes.push(engineMs);
  const expected = best === undefined ? 'infeasible' : best.value;
  const mine = minimise === 'cost' ? plan.totalCost : plan.totalWeeks;
  const got = plan.feasible ? mine : 'infeasible';
  if (plan.optimal && expected !== got) {
    throw new Error(
      `${label}: engine ${got} ${minimise}, HiGHS ${expected} (${JSON.stringify(query)})`,
    );
  }
}
async function timedAsync<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await f();
  return [r, performance.now() - t0];
}

console.log(
  `\n#### Constrained plans (${QUERIES} queries; HiGHS big-M on the first ${ORACLE_QUERIES} of each kind, same optimum asserted)\n`,
);
console.log(
  '| N | unconstrained cheapest p50 | cheapest + deadline p50 / p99 | fastest + budget p50 / p99 | deadline / unconstrained | HiGHS deadline p50 | HiGHS / engine (deadline) | HiGHS budget p50 | HiGHS / engine (budget) | proven optimal |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const n of SIZES) {
  const bench = generateCatalog(n);
  const catalog = parseCatalog(bench.catalog);
  const planner = createPlanner(catalog);
  const plain: number[] = [];
  const deadline: number[] = [];
  const budget: number[] = [];
  const oracle: number[] = [];
  const engineOnOracle: number[] = [];
  const budgetOracle: number[] = [];
  const engineOnBudgetOracle: number[] = [];
  let proven = 0;
  let total = 0;
  for (const [i, q] of generateQueries(bench, QUERIES).entries()) {
    const [cheap, tPlain] = timed(() => planner.plan({ ...q, objective: 'cheapest' }));
    const fast = planner.plan({ ...q, objective: 'fastest' });
    plain.push(tPlain);
    const maxWeeks = Math.floor((cheap.totalWeeks + fast.totalWeeks) / 2);
    const maxCost = Math.ceil((cheap.totalCost + fast.totalCost) / 2);
    const byDeadline: PlanQuery = { ...q, objective: 'cheapest', maxWeeks };
    const [d, tD] = timed(() => planner.plan(byDeadline));
    const [b, tB] = timed(() => planner.plan({ ...q, objective: 'fastest', maxCost }));
    deadline.push(tD);
    budget.push(tB);
    total += 2;
    proven += Number(d.optimal) + Number(b.optimal);
    if (i < ORACLE_QUERIES) {
      const label = `N=${n} query ${i}`;
      await againstHighs(catalog, { ...q, maxWeeks }, 'cost', d, tD, oracle, engineOnOracle, label);
      await againstHighs(
        catalog,
        { ...q, maxCost },
        'weeks',
        b,
        tB,
        budgetOracle,
        engineOnBudgetOracle,
        label,
      );
    }
  }
  console.log(
    `| ${n.toLocaleString('en')} | ${ms(p50(plain))} ms | ${ms(p50(deadline))} / ${ms(p99(deadline))} ms | ${ms(p50(budget))} / ${ms(p99(budget))} ms | ${(p50(deadline) / p50(plain)).toFixed(1)}x | ${ms(p50(oracle))} ms | ${(p50(oracle) / p50(engineOnOracle)).toFixed(1)}x | ${ms(p50(budgetOracle))} ms | ${(p50(budgetOracle) / p50(engineOnBudgetOracle)).toFixed(1)}x | ${proven}/${total} |`,
  );
}

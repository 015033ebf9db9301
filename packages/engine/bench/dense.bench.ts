// Cheapest on layered dense cones (issue 16; the generator is test-support's denseConeCatalog): for
// C ∈ {50, 200, 1,000}, proven-optimal counts of the engine and of HiGHS on the covering programme
// of the property tests (formulated from the catalog, independently of the engine), their medians
// and ratio, HiGHS's proven count within the engine's own budget, the root LP relaxation's bound
// below the optimum (how much a proof has to close), and for the engine's unproven plans the gap to
// the bound it proved, to the best known bound and to HiGHS's best plan. The engine runs with the
// default 2 s budget at C ≤ 200 and 30 s at C = 1,000; HiGHS with 30 s.
// `PATHWISE_DENSE_SIZES=50,200` and `PATHWISE_DENSE_INSTANCES=50,20` choose sizes and instances per
// size (default 50, 20 and 6: HiGHS alone may take 30 s an instance).
// `PATHWISE_DENSE_BUDGET_MS=10000` gives the engine that budget at every size (its time to a proof
// beyond the default). `PATHWISE_DENSE_LP_DIR=dir` also writes each cone's programme there in CPLEX
// LP format (`c200-s7.lp`), so that other solvers can be measured on the same cones (docs/plan-v2.md,
// "Exactness", has SCIP's and CP-SAT's figures).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalog } from '@pathwise/core';
import { createPlanner } from '@pathwise/engine';
import { DENSE_TARGET, denseConeCatalog } from '@pathwise/test-support';
import { cheapestProgramme, loadHighs } from '../src/__tests__/support/highs-oracle.js';
import { credentialMap } from '../src/__tests__/support/requirement-met-at.js';

const SIZES = (process.env.PATHWISE_DENSE_SIZES ?? '50,200,1000').split(',').map(Number);
const INSTANCES = (process.env.PATHWISE_DENSE_INSTANCES ?? '50,20,6').split(',').map(Number);
const LP_DIR = process.env.PATHWISE_DENSE_LP_DIR;
if (LP_DIR) mkdirSync(LP_DIR, { recursive: true });
const HIGHS_SECONDS = 30;
const BUDGET_MS = Number(process.env.PATHWISE_DENSE_BUDGET_MS ?? 0);
if (!(BUDGET_MS >= 0))
  throw new Error(
    `PATHWISE_DENSE_BUDGET_MS must be a number of milliseconds, not ${process.env.PATHWISE_DENSE_BUDGET_MS}`,
  );
const budgetText = BUDGET_MS ? `${BUDGET_MS} ms` : '2 s, 30 s at C = 1,000';
const budgetMs = (c: number): number => BUDGET_MS || (c >= 1000 ? 30_000 : 2_000);
const median = (xs: number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '-');
const range = (xs: number[]): string =>
  xs.length === 0
    ? '-'
    : `${pct(median(xs))} (${pct(Math.min(...xs))}..${pct(Math.max(...xs))}, n=${xs.length})`;
const secs = (x: number): string =>
  Number.isFinite(x) ? (x < 1000 ? `${x.toFixed(0)} ms` : `${(x / 1000).toFixed(2)} s`) : '-';
const highs = await loadHighs();

console.log(
  `\n#### Cheapest on layered dense cones (engine budget ${budgetText}; HiGHS ${HIGHS_SECONDS} s)\n`,
);
console.log(
  "| C | instances | engine proven | engine median | HiGHS proven | HiGHS median | HiGHS / engine (median) | HiGHS proven within the engine's budget | root LP bound below the optimum | unproven: gap to own bound | unproven: gap to best known bound | unproven: vs HiGHS best plan |",
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
SIZES.forEach((c, s) => {
  const count = INSTANCES[s] ?? INSTANCES[INSTANCES.length - 1]!;
  let ours = 0;
  let theirs = 0;
  let theirsInBudget = 0;
  const lpGap: number[] = [];
  const ourMs: number[] = [];
  const theirMs: number[] = [];
  const ownGap: number[] = [];
  const knownGap: number[] = [];
  const vsHighs: number[] = [];
  for (let seed = 1; seed <= count; seed++) {
    const catalog = parseCatalog(denseConeCatalog(c, seed));
    const planner = createPlanner(catalog);
    const query = {
      target: DENSE_TARGET,
      have: [],
      asOf: '2026-06-01',
      objective: 'cheapest' as const,
      timeBudgetMs: budgetMs(c),
    };
    const t0 = performance.now();
    const plan = planner.plan(query);
    ourMs.push(performance.now() - t0);
    const byId = credentialMap(catalog);
    const programme = cheapestProgramme(byId, new Set(), DENSE_TARGET)!;
    if (LP_DIR) writeFileSync(join(LP_DIR, `c${c}-s${seed}.lp`), programme.lp);
    const t1 = performance.now();
    const result = highs.solve(programme.lp, {
      output_flag: false,
      mip_rel_gap: 0,
      mip_abs_gap: 0,
      time_limit: HIGHS_SECONDS,
    });
    const highsMs = performance.now() - t1;
    theirMs.push(highsMs);
    const highsProven = result.Status === 'Optimal';
    if (highsProven && highsMs <= budgetMs(c)) theirsInBudget++;
    const highsBest = Math.round(result.ObjectiveValue * 1e6) / 1e6;
    if (highsProven) {
      const relaxation = cheapestProgramme(byId, new Set(), DENSE_TARGET, true)!;
      const root = highs.solve(relaxation.lp, { output_flag: false });
      if (root.Status === 'Optimal') lpGap.push(1 - root.ObjectiveValue / highsBest);
    }
    if (plan.optimal) ours++;
    if (highsProven) theirs++;
    if (plan.optimal && highsProven && Math.abs(plan.totalCost - highsBest) > 1e-6)
      throw new Error(`C=${c} seed ${seed}: engine optimum ${plan.totalCost} ≠ HiGHS ${highsBest}`);
    if (highsProven && plan.totalCost < highsBest - 1e-6)
      throw new Error(`C=${c} seed ${seed}: engine plan ${plan.totalCost} below the optimum`);
    if (!plan.optimal) {
      const bound = plan.bound ?? 0;
      ownGap.push((plan.totalCost - bound) / plan.totalCost);
      const known = highsProven ? Math.max(bound, highsBest) : bound;
      knownGap.push((plan.totalCost - known) / plan.totalCost);
      if (Number.isFinite(highsBest)) vsHighs.push(plan.totalCost / highsBest - 1);
    }
  }
  console.log(
    `| ${c.toLocaleString('en')} | ${count} | ${ours}/${count} | ${secs(median(ourMs))} | ${theirs}/${count} | ` +
      `${secs(median(theirMs))} | ${(median(theirMs) / median(ourMs)).toFixed(1)}x | ${theirsInBudget}/${count} | ` +
      `${range(lpGap)} | ${range(ownGap)} | ` +
      `${range(knownGap)} | ${range(vsHighs)} |`,
  );
});

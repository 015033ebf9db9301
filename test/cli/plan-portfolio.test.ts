// The CLI plans with the portfolio's MIP solver (engine offers/mip-proof.ts) wherever the catalog
// lists offers: through the real binary, one `plan` and a `--batch` on worker threads, on a query of
// `pnpm bench offers` that the engine's own search leaves unproven (10^4 credentials, periodic
// offers seed 17, query 34: the search alone ends at 8,531). Both answer the proven optimum, 8,509,
// which the independent big-M programme of the engine's tests also gives (offers-portfolio.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog, generateQueries, withBenchOffers } from '@pathwise/test-support';
import { queryArgs, requireBuiltCli, runCli, tempDir, writeTemp } from './run-cli.js';

const OPTIMUM = 8509;
const dir = tempDir();
const base = generateCatalog(10_000);
const catalog = writeTemp(
  dir,
  'periodic.json',
  withBenchOffers(base, { periodic: true, seed: 17 }).catalog,
);
const query = generateQueries(base, 50)[34]!;
// A budget no loaded machine runs out of: what is tested is the solver's use, not its speed.
const budget = ['--time-budget', '30000'];

describe('pathwise plan proves with the MIP solver where the search alone does not', () => {
  beforeAll(requireBuiltCli);

  it('a plan', async () => {
    const run = await runCli([
      'plan',
      '--catalog',
      catalog,
      ...queryArgs(query),
      ...budget,
      '--json',
    ]);
    expect(run.stderr).toBe('');
    const plan = JSON.parse(run.stdout) as { optimal: boolean; totalCost: number };
    expect([plan.optimal, plan.totalCost]).toEqual([true, OPTIMUM]);
  });

  it('a batch on two worker threads', async () => {
    const line = JSON.stringify({ ...query, objective: 'cheapest' });
    const batch = writeTemp(dir, 'batch.jsonl', `${line}\n${line}\n`);
    const run = await runCli([
      'plan',
      '--catalog',
      catalog,
      '--batch',
      batch,
      '--workers',
      '2',
      ...budget,
    ]);
    const plans = run.stdout
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { optimal: boolean; totalCost: number });
    expect(plans.map((p) => [p.optimal, p.totalCost])).toEqual([
      [true, OPTIMUM],
      [true, OPTIMUM],
    ]);
  });
});

// The portfolio on the queries of `pnpm bench offers` that the engine's own search leaves unproven
// (10^4 credentials with periodic offers, seed 17: queries 5 and 34; the search alone ends at 5,435
// and 8,531 with bounds below): given HiGHS, the planner proves both, at the optimum of the
// independent big-M programme of support/highs-offers.ts (another formulation, written apart from
// the engine's offers/offers-programme.ts), and both plans are valid. The budget is raised so that
// a loaded machine cannot starve the solver of the time the default budget leaves it here.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCatalog, type Catalog } from '@pathwise/core';
import { generateCatalog, generateQueries, withBenchOffers } from '@pathwise/test-support';
import type { MipSolver, PlanQuery } from '../index.js';
import { catalogIndexView, createPlanner, loadHighsSolver, validatePlan } from '../index.js';
import { offersProgramme, solveOffers } from './support/highs-offers.js';

let mip: MipSolver;
let catalog: Catalog;
let queries: ReturnType<typeof generateQueries>;
beforeAll(async () => {
  mip = await loadHighsSolver();
  const base = generateCatalog(10_000);
  catalog = parseCatalog(withBenchOffers(base, { periodic: true, seed: 17 }).catalog);
  queries = generateQueries(base, 50);
});

describe('the portfolio on the bench queries the search leaves open', () => {
  it.each([5, 34])('proves query %i at the independent programme’s optimum', async (i) => {
    const planner = createPlanner(catalog, { mip });
    const query: PlanQuery = { ...queries[i]!, objective: 'cheapest', timeBudgetMs: 30_000 };
    const plan = planner.plan(query);
    expect(validatePlan(catalogIndexView(catalog, planner.compact), query, plan)).toEqual([]);
    expect(plan.optimal).toBe(true);
    expect(plan.totalCost).toBeCloseTo(await solveOffers(offersProgramme(catalog, queries[i]!)), 6);
  });
});

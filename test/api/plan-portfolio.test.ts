// The service plans with the portfolio's MIP solver (engine offers/mip-proof.ts) where the catalog
// lists offers, in its planning workers and in its own thread alike: on a query of `pnpm bench
// offers` that the engine's own search leaves unproven (10^4 credentials, periodic offers seed 17,
// query 34: the search alone ends at 8,531), both answer the proven optimum, 8,509, which the
// independent big-M programme of the engine's tests also gives (offers-portfolio.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog, generateQueries, withBenchOffers } from '@pathwise/test-support';
import { startTestApi, type TestApi } from './helpers/api-server.js';

const base = generateCatalog(10_000);
const catalog = withBenchOffers(base, { periodic: true, seed: 17 }).catalog;
const query = generateQueries(base, 50)[34]!;
// Budgets no loaded machine runs out of: what is tested is the solver's use, not its speed.
const limits = { planTimeBudgetMs: 30_000, requestPlanBudgetMs: 60_000 };

let inWorkers: TestApi;
let inThread: TestApi;
beforeAll(async () => {
  [inWorkers, inThread] = await Promise.all([
    startTestApi(catalog, { planWorkers: 2, limits }),
    startTestApi(catalog, { limits }),
  ]);
});
afterAll(async () => {
  await Promise.all([inWorkers?.stop(), inThread?.stop()]);
});

describe('the service proves with the MIP solver where the search alone does not', () => {
  const have = query.have
    .map((h) => `{ id: "${h.id}"${h.earnedOn ? `, earnedOn: "${h.earnedOn}"` : ''} }`)
    .join(', ');
  const gql = `{ plan(input: { target: "${query.target}", have: [${have}], asOf: "${query.asOf}" }) { optimal totalCost } }`;

  it.each([
    ['its workers', () => inWorkers],
    ['its own thread', () => inThread],
  ])('in %s', async (_where, api) => {
    const answer = await api().gql(gql);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ plan: { optimal: true, totalCost: 8509 } });
  });
});

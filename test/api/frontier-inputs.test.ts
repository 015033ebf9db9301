// Query.frontier passes plan-v2's weekly hours, offers and sponsor through to the engine (issue 11
// item 2), over HTTP against the real service process (services/api/src/main.ts, planning in its
// worker pool): on a catalog where each input changes the frontier (test/helpers/frontier-inputs.ts),
// the frontier equals the engine's own for the same query, with each plan's offers and sponsor
// share, and differs from the one without that input; `complete` and `gap` are the engine's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCatalog } from '@pathwise/core';
import { createPlanner, type PlanQuery } from '@pathwise/engine';
import { postGraphQL } from './helpers/spawn-service.js';
import { startCatalogService, type CatalogService } from './helpers/catalog-service.js';
import {
  FRONTIER_INPUTS,
  frontierInputsCatalog,
  frontierPoints,
} from '../helpers/frontier-inputs.js';

const catalog = parseCatalog(frontierInputsCatalog());
const asOf = '2026-06-01';
let service: CatalogService;
let port: number;

beforeAll(async () => {
  service = await startCatalogService('frontier-inputs', catalog, { PATHWISE_PLAN_WORKERS: '1' });
  port = service.port;
}, 90_000);
afterAll(() => service?.stop());

const inputs: Record<keyof typeof FRONTIER_INPUTS, string> = {
  none: '',
  hours: ', weeklyHours: 5',
  sponsor: ', sponsor: { amount: 300, providers: ["p1"] }',
};

const frontierQuery = (extra: string): string => `{
  frontier(input: { target: "t", asOf: "${asOf}"${extra} }) {
    feasible complete reason gap { fromWeeks toWeeks minCost }
    plans { optimal totalCost totalWeeks outOfPocket sponsored offers { offer } steps { credential { id } } }
  }
}`;

describe('Query.frontier with hours, offers and a sponsor', () => {
  it('gives the engine each input: the same frontier as the engine, not the one without it', async () => {
    const planner = createPlanner(catalog);
    const got: Record<string, ReturnType<typeof frontierPoints>> = {};
    for (const [name, input] of Object.entries(FRONTIER_INPUTS)) {
      const res = await postGraphQL(port, frontierQuery(inputs[name as keyof typeof inputs]));
      expect(res.errors).toBeUndefined();
      const frontier = res.data.frontier;
      const engine = planner.frontier({ target: 't', asOf, ...input } as PlanQuery);
      expect(frontierPoints(frontier)).toEqual(frontierPoints(engine));
      expect([frontier.feasible, frontier.complete]).toEqual([engine.feasible, engine.complete]);
      if (engine.gap === undefined) expect(frontier.gap).toBeNull();
      else {
        expect(frontier.gap.fromWeeks).toBeCloseTo(engine.gap.fromWeeks, 6);
        expect(frontier.gap.minCost).toBeCloseTo(engine.gap.minCost, 6);
      }
      got[name] = frontierPoints(frontier);
    }
    expect(got.none).toContainEqual(expect.objectContaining({ weeks: 3, offers: ['fast-bundle'] }));
    expect(got.hours).not.toEqual(got.none);
    expect(got.sponsor).toEqual([
      { weeks: 3, cost: 500, outOfPocket: 200, optimal: true, offers: ['fast-bundle'] },
      { weeks: 11, cost: 310, outOfPocket: 10, optimal: true, offers: [] },
    ]);
  });
});

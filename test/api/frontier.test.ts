// Query.frontier over HTTP against the real service process (services/api/src/main.ts, planning in
// its worker pool) and a server planning in its own thread: the frontier equals the brute-force
// Pareto set of the engine's independent oracle, each plan is a full Plan object, both ways of
// planning agree, and a bad input is BAD_USER_INPUT.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { betweenCatalog } from '@pathwise/test-support';
import { postGraphQL } from './helpers/spawn-service.js';
import { startCatalogService, type CatalogService } from './helpers/catalog-service.js';
import { startTestApi, errorCodes, type TestApi } from './helpers/api-server.js';
import { allPlans, paretoSet } from '../../packages/engine/src/__tests__/support/pareto-oracle.js';

const catalog = betweenCatalog();
const asOf = '2026-06-01';
let service: CatalogService;
let port: number;
let inThread: TestApi;

beforeAll(async () => {
  service = await startCatalogService('frontier', catalog, { PATHWISE_PLAN_WORKERS: '2' });
  port = service.port;
  inThread = await startTestApi(catalog, { planWorkers: 0 });
}, 90_000);
afterAll(async () => {
  await service?.stop();
  await inThread?.stop();
});

const frontierQuery = (limits: string): string => `{
  frontier(input: { target: "cert", asOf: "${asOf}"${limits} }) {
    feasible complete reason gap { fromWeeks toWeeks minCost }
    target { id }
    plans { feasible optimal objective totalCost totalWeeks steps { credential { id } startWeek endWeek } }
  }
}`;

describe('Query.frontier', () => {
  it.each([
    ['', {}],
    [', maxCost: 600', { maxCost: 600 }],
    [', maxWeeks: 12, exclude: ["mid"]', { maxWeeks: 12, exclude: ['mid'] }],
  ])('equals the brute-force Pareto set (limits "%s")', async (limits, query) => {
    const res = await postGraphQL(port, frontierQuery(limits));
    expect(res.errors).toBeUndefined();
    const frontier = res.data.frontier;
    const expected = paretoSet(allPlans(catalog, { target: 'cert', have: [], asOf, ...query }));
    expect(frontier.complete).toBe(true);
    expect(frontier.feasible).toBe(expected.length > 0);
    expect(
      frontier.plans.map((p: { totalCost: number; totalWeeks: number }) => ({
        cost: p.totalCost,
        weeks: p.totalWeeks,
      })),
    ).toEqual(expected);
    for (const p of frontier.plans) {
      expect([p.feasible, p.optimal, p.objective]).toEqual([true, true, 'CHEAPEST']);
      expect(p.steps.at(-1).credential.id).toBe('cert');
    }
    // The same answer when the server plans in its own thread.
    expect((await inThread.gql(frontierQuery(limits))).data).toEqual(res.data);
  });

  it('has at least three trade-offs on this catalog, fastest first', async () => {
    const res = await postGraphQL(port, frontierQuery(''));
    const weeks = res.data.frontier.plans.map((p: { totalWeeks: number }) => p.totalWeeks);
    expect(weeks.length).toBeGreaterThanOrEqual(3);
    expect(weeks).toEqual([...weeks].sort((a: number, b: number) => a - b));
  });

  it('refuses a bad input with BAD_USER_INPUT, naming the field', async () => {
    const res = await inThread.gql(frontierQuery(', maxWeeks: -1'));
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.message).toContain('maxWeeks');
    const unknown = await postGraphQL(port, frontierQuery(', exclude: ["nope"]'));
    expect(unknown.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

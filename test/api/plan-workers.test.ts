// Planning in worker threads (piscina): the same answers and the same error codes as planning in the
// server's thread, a publish reaching the workers as a new catalog version, and the workers stopped
// with the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, errorCodes, type TestApi } from './helpers/api-server.js';
import { campusCatalog } from './helpers/catalogs.js';

let inWorkers: TestApi;
let inThread: TestApi;
beforeAll(async () => {
  inWorkers = await startTestApi(campusCatalog(), {
    planWorkers: 2,
    keys: { 'su-key': 'state-u' },
    // Proves the plans come from the workers: planning in the server's thread would fail.
    createPlanner: () => {
      throw new Error('the server thread must not plan when workers do');
    },
  });
  inThread = await startTestApi(campusCatalog());
});
afterAll(async () => {
  await Promise.all([inWorkers?.stop(), inThread?.stop()]);
});

const QUERIES = [
  `{ plan(input: { target: "data-cert", asOf: "2026-01-01" }) { feasible optimal totalCost totalWeeks steps { credential { id } startWeek endWeek satisfies { id } } } }`,
  `{ plan(input: { target: "cloud-data-eng", objective: FASTEST, have: [{ id: "py-101", earnedOn: "2025-01-01" }], asOf: "2026-01-01" }) { totalCost totalWeeks steps { credential { id } } } }`,
  `{ pathways(target: "cloud-data-eng", asOf: "2026-01-01") { objective totalCost totalWeeks stepCount } }`,
  `{ reachable(from: [{ id: "py-101" }], maxCost: 300, asOf: "2026-01-01") { credential { id } totalCost totalWeeks objective } }`,
  `{ plan(input: { target: "cloud-data-eng", maxWeeks: 9, maxCost: 1000, exclude: ["sql-101"], asOf: "2026-01-01" }) { feasible totalCost totalWeeks reason steps { credential { id } } } }`,
];

describe('plan workers', () => {
  it.each(QUERIES.map((q, i) => [i + 1, q] as const))(
    'answer query %i as the server thread does',
    async (_i, query) => {
      const [a, b] = await Promise.all([inWorkers.gql(query), inThread.gql(query)]);
      expect(a.errors).toBeUndefined();
      expect(a).toEqual(b);
    },
  );

  it('report planner errors with the same codes and details', async () => {
    const unknown = await inWorkers.gql(`{ plan(input: { target: "ghost" }) { totalCost } }`);
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0]!.extensions).toMatchObject({
      pathwiseCode: 'UNKNOWN_CREDENTIAL',
      id: 'ghost',
    });
    const badDate = await inWorkers.gql(
      `{ plan(input: { target: "data-cert", asOf: "2026-02-30" }) { totalCost } }`,
    );
    expect(errorCodes(badDate)).toEqual(['BAD_USER_INPUT']);
    expect(badDate.errors![0]!.extensions!.pathwiseCode).toBe('INVALID_INPUT');
  });

  it('plan on the new catalog version after a publish', async () => {
    const published = await inWorkers.gql(
      `mutation { publishProgram(input: { provider: "state-u", credentials: [{ id: "sql-101", name: "SQL Basics", kind: "course", cost: 10, durationWeeks: 3, credits: 3 }] }) { catalogVersion } }`,
      undefined,
      'su-key',
    );
    expect(published.errors).toBeUndefined();
    const plan = await inWorkers.gql(`{ plan(input: { target: "data-cert" }) { totalCost } }`);
    // py-101 (100) + sql-101 (now 10) + the certificate (50).
    expect(plan.data).toEqual({ plan: { totalCost: 160 } });
  });
});

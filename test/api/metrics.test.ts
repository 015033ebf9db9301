// Issue 13 item 20: GET /metrics in Prometheus text format: requests by operation and error code,
// plan latency by objective, the proven-optimal count beside all plans, the planning queue (depth,
// running, waits, refusals), the catalog version and its load time, store errors.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './helpers/api-server.js';
import { campusCatalog } from './helpers/catalogs.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(campusCatalog(), { planWorkers: 1, keys: { 'su-key': 'state-u' } });
});
afterAll(async () => {
  await api?.stop();
});

/** @returns every sample of the exposition as `name{labels}` → value */
async function scrape(): Promise<Map<string, number>> {
  const res = await fetch(`${api.base}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const samples = new Map<string, number>();
  for (const line of (await res.text()).split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}

describe('/metrics', () => {
  it('counts requests by operation and code, and plans by objective and proven optimality', async () => {
    await api.gql(`{ plan(input: { target: "data-cert", asOf: "2026-01-01" }) { totalCost } }`);
    await api.gql(`{ plan(input: { target: "data-cert", objective: FASTEST }) { totalCost } }`);
    await api.gql(`{ plan(input: { target: "ghost" }) { totalCost } }`);
    await api.gql(`{ providers { id } credential(id: "py-101") { id } }`);
    await api.gql(`{ nope }`);
    const m = await scrape();
    expect(m.get('pathwise_requests_total{operation="plan",code="OK"}')).toBe(2);
    expect(m.get('pathwise_requests_total{operation="plan",code="BAD_USER_INPUT"}')).toBe(1);
    expect(m.get('pathwise_requests_total{operation="credential+providers",code="OK"}')).toBe(1);
    expect(
      m.get('pathwise_requests_total{operation="invalid",code="GRAPHQL_VALIDATION_FAILED"}'),
    ).toBe(1);
    expect(m.get('pathwise_plans_total{objective="cheapest",optimal="true"}')).toBe(1);
    expect(m.get('pathwise_plans_total{objective="fastest",optimal="true"}')).toBe(1);
    expect(m.get('pathwise_plan_duration_seconds_count{objective="cheapest"}')).toBe(1);
    expect(m.get('pathwise_plan_duration_seconds_bucket{le="+Inf",objective="fastest"}')).toBe(1);
  });

  it('shows the planning queue, the catalog version and its load time', async () => {
    const m = await scrape();
    expect(m.get('pathwise_plan_queue_depth')).toBe(0);
    expect(m.get('pathwise_plan_queue_running')).toBe(0);
    expect(m.get('pathwise_plan_workers')).toBe(1);
    expect(m.get('pathwise_plan_queue_capacity')).toBeGreaterThan(0);
    expect(m.has('pathwise_plan_queue_wait_seconds_count')).toBe(true);
    expect(m.get('pathwise_catalog_version')).toBe(1);
    expect(m.get('pathwise_catalog_load_seconds')).toBeGreaterThan(0);
    expect(m.get('pathwise_catalog_loaded_timestamp_seconds')).toBeGreaterThan(0);
    expect(m.has('pathwise_process_resident_memory_bytes')).toBe(true);

    const published = await api.gql(
      `mutation { publishProgram(input: { provider: "state-u", credentials: [{ id: "sql-101", name: "SQL Basics", kind: "course", cost: 10, durationWeeks: 3, credits: 3 }] }) { catalogVersion } }`,
      undefined,
      'su-key',
    );
    expect(published.errors).toBeUndefined();
    await api.gql(`{ plan(input: { target: "py-101" }) { totalCost } }`);
    expect((await scrape()).get('pathwise_catalog_version')).toBe(2);
  });

  it('counts store errors', async () => {
    expect((await scrape()).get('pathwise_store_errors_total{where="request"}') ?? 0).toBe(0);
    await rm(api.dataDir, { recursive: true, force: true });
    // Reads are served from the last loaded catalog while the store is away; a publish needs it.
    const failed = await api.gql(
      `mutation { publishProgram(input: { provider: "state-u", credentials: [{ id: "sql-102", name: "SQL Next", kind: "course", cost: 10, durationWeeks: 3 }] }) { catalogVersion } }`,
      undefined,
      'su-key',
    );
    expect(failed.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const m = await scrape();
    expect(m.get('pathwise_store_errors_total{where="request"}')).toBeGreaterThanOrEqual(1);
    expect(
      m.get('pathwise_requests_total{operation="publishProgram",code="SERVICE_UNAVAILABLE"}'),
    ).toBe(1);
  });
});

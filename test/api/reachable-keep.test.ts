// Query.reachable with keepFor over HTTP (a real server on a free port): a board asks what a group can
// reach for at most $150 and keep for two years. The yearly-lapsing certification costs 100 to earn,
// within 150 alone, but 100 + 80 for its renewal under keepFor 24: it leaves the answer, which then
// keeps only the certification that never lapses. A bad keepFor is refused naming the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { startTestApi, type TestApi } from './helpers/api-server.js';

const catalog = {
  format: 'pathwise.catalog/v2',
  currency: 'USD',
  providers: [{ id: 'certco', name: 'CertCo', kind: 'industry' }],
  credentials: [
    {
      id: 'yearly-cert',
      name: 'Lapses yearly',
      kind: 'certification',
      provider: 'certco',
      cost: 100,
      durationWeeks: 2,
      validityMonths: 12,
      renewal: { cost: 80, effortHours: 10 },
    },
    {
      id: 'lasting-cert',
      name: 'Never lapses',
      kind: 'certification',
      provider: 'certco',
      cost: 140,
      durationWeeks: 3,
    },
  ],
} as Catalog;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(catalog);
});
afterAll(async () => {
  await api?.stop();
});

const REACHABLE = `query ($maxCost: Float, $keepFor: Float) {
  reachable(from: [], asOf: "2026-06-01", maxCost: $maxCost, maxWeeks: 10, keepFor: $keepFor) {
    credential { id } totalCost totalWeeks optimal undecided
  }
}`;
type Reach = { credential: { id: string }; totalCost: number; totalWeeks: number };
const ids = (data: unknown) =>
  (data as { reachable: Reach[] }).reachable.map((r) => [r.credential.id, r.totalCost]);

describe('reachable with keepFor over HTTP', () => {
  it('leaves out a credential inside maxCost alone whose upkeep puts it outside', async () => {
    const alone = await api.gql(REACHABLE, { maxCost: 150 });
    expect(alone.errors).toBeUndefined();
    expect(ids(alone.data)).toEqual([
      ['yearly-cert', 100],
      ['lasting-cert', 140],
    ]);
    const kept = await api.gql(REACHABLE, { maxCost: 150, keepFor: 24 });
    expect(kept.errors).toBeUndefined();
    expect(ids(kept.data)).toEqual([['lasting-cert', 140]]);
    // With room for the upkeep it is back, priced as plan prices it under keepFor 24.
    const roomy = await api.gql(REACHABLE, { maxCost: 200, keepFor: 24 });
    expect(ids(roomy.data)).toEqual([
      ['lasting-cert', 140],
      ['yearly-cert', 180],
    ]);
    const PLAN = `query { plan(input: { target: "yearly-cert", asOf: "2026-06-01", keepFor: 24 }) {
      totalCost totalWeeks renewals { dueDate cost } } }`;
    const planned = await api.gql(PLAN);
    expect(planned.data).toEqual({
      plan: { totalCost: 180, totalWeeks: 2, renewals: [{ dueDate: '2027-06-15', cost: 80 }] },
    });
    const reach = (roomy.data as { reachable: Reach[] }).reachable[1]!;
    expect(reach.totalWeeks).toBe(2);
  });

  it('refuses a negative keepFor, naming it, without a stack trace', async () => {
    const bad = await api.gql(REACHABLE, { maxCost: 150, keepFor: -3 });
    expect(bad.data).toBeNull();
    expect(bad.errors?.[0]?.message).toMatch(/keepFor must be a finite number of months >= 0/);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).not.toMatch(/\bat .*\.js:\d+/);
  });
});

// Query.reachable with a sponsor over HTTP (a real server on a free port), on the sponsor-one-provider
// conformance catalog: a board whose employer pays up to $600 of university tuition asks what a group
// can reach paying at most $150 each. Only the sponsored university route fits (outOfPocket 100 of a
// 600 total); without the sponsor nothing does; reaches come least out of pocket first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { repoRoot } from '../helpers/conformance.js';
import { startTestApi, type TestApi } from './helpers/api-server.js';

const catalog = (
  JSON.parse(
    readFileSync(join(repoRoot, 'docs/conformance/sponsor-one-provider.json'), 'utf8'),
  ) as { catalog: Catalog }
).catalog;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(catalog);
});
afterAll(async () => {
  await api?.stop();
});

const REACHABLE = `query ($maxCost: Float, $kinds: [String!], $sponsor: SponsorInput) {
  reachable(from: [], asOf: "2026-06-01", maxCost: $maxCost, maxWeeks: 20, kinds: $kinds, sponsor: $sponsor) {
    credential { id } totalCost totalWeeks optimal undecided outOfPocket sponsored
  }
}`;
const sponsor = { amount: 600, providers: ['state-u'] };
type Reach = { credential: { id: string }; outOfPocket: number | null; totalCost: number };

describe('reachable with a sponsor over HTTP', () => {
  it('bounds the learners share by maxCost and reports outOfPocket and sponsored', async () => {
    const alone = await api.gql(REACHABLE, { maxCost: 150, kinds: ['certification'] });
    expect(alone.errors).toBeUndefined();
    expect((alone.data as { reachable: Reach[] }).reachable).toEqual([]);
    const funded = await api.gql(REACHABLE, { maxCost: 150, kinds: ['certification'], sponsor });
    expect(funded.errors).toBeUndefined();
    expect((funded.data as { reachable: Reach[] }).reachable).toEqual([
      {
        credential: { id: 'pm-exam' },
        totalCost: 600,
        totalWeeks: 13,
        optimal: true,
        undecided: false,
        outOfPocket: 100,
        sponsored: 500,
      },
    ]);
  });

  it('orders reaches by what the learners pay; no sponsor, no outOfPocket', async () => {
    const funded = await api.gql(REACHABLE, { maxCost: 1000, sponsor });
    const reaches = (funded.data as { reachable: Reach[] }).reachable;
    expect(reaches.map((r) => [r.credential.id, r.outOfPocket])).toEqual([
      ['uni-course', 0],
      ['pm-exam', 100],
      ['online-course', 300],
    ]);
    const plain = await api.gql(REACHABLE, { maxCost: 1000 });
    const totals = (plain.data as { reachable: Reach[] }).reachable;
    expect(totals.map((r) => [r.credential.id, r.totalCost, r.outOfPocket])).toEqual([
      ['online-course', 300, null],
      ['pm-exam', 400, null],
      ['uni-course', 500, null],
    ]);
  });
});

// Query.frontier with keepFor (issue 11 item 2, plan-v2 keepFor) over HTTP against the real service
// process (services/api/src/main.ts, planning in its worker pool): on a catalog that trades cost
// against weeks and whose target must be renewed (test/helpers/frontier-keep.ts) the frontier equals
// the engine's own, each cost with its upkeep and each plan with its renewals; each point's
// explanation says how each renewal is made and why the renewal step is there (Explanation.renewals,
// StepReason.renews), as Query.plan's does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCatalog } from '@pathwise/core';
import { createPlanner } from '@pathwise/engine';
import { postGraphQL } from './helpers/spawn-service.js';
import { startCatalogService, type CatalogService } from './helpers/catalog-service.js';
import { KEEP_FOR, frontierKeepCatalog } from '../helpers/frontier-keep.js';

const catalog = parseCatalog(frontierKeepCatalog());
const asOf = '2026-06-01';
let svc: CatalogService;
let port: number;

beforeAll(async () => {
  svc = await startCatalogService('frontier-keep', catalog, { PATHWISE_PLAN_WORKERS: '1' });
  port = svc.port;
}, 90_000);
afterAll(() => svc?.stop());

const explanation = `explanation {
  steps { credential { id } text renews { credential { id } dueDate } }
  renewals { credential { id } dueDate cost by { id } text }
}`;

describe('Query.frontier with keepFor', () => {
  it('is the engine frontier with the upkeep in each cost, each point explained', async () => {
    const res = await postGraphQL(
      port,
      `{ frontier(input: { target: "t", asOf: "${asOf}", keepFor: ${KEEP_FOR} }) {
          feasible complete
          plans { optimal totalCost totalWeeks renewals { dueDate cost by { id } } ${explanation} }
        } }`,
    );
    expect(res.errors).toBeUndefined();
    const frontier = res.data.frontier;
    const engine = createPlanner(catalog).frontier({ target: 't', asOf, keepFor: KEEP_FOR });
    const points = (plans: { totalWeeks: number; totalCost: number; optimal: boolean }[]) =>
      plans.map((p) => [p.totalWeeks, p.totalCost, p.optimal]);
    expect(points(frontier.plans)).toEqual(points(engine.plans));
    expect([frontier.feasible, frontier.complete]).toEqual([true, true]);
    expect(points(frontier.plans)).toEqual([
      [2, 660, true],
      [10, 260, true],
    ]);
    const [fast] = frontier.plans;
    expect(fast.renewals).toEqual([
      { dueDate: '2027-06-15', cost: 0, by: { id: 'refresh' } },
      { dueDate: '2028-06-15', cost: 100, by: null },
    ]);
    expect(fast.explanation.renewals).toEqual([
      {
        credential: { id: 't' },
        dueDate: '2027-06-15',
        cost: 0,
        by: { id: 'refresh' },
        text: 'Earning Course refresh (refresh) renews Target (t), due 2027-06-15.',
      },
      {
        credential: { id: 't' },
        dueDate: '2028-06-15',
        cost: 100,
        by: null,
        text: 'Renew Target (t) by paying 100 USD, due 2028-06-15.',
      },
    ]);
    const step = fast.explanation.steps.find(
      (s: { credential: { id: string } }) => s.credential.id === 'refresh',
    );
    expect(step).toEqual({
      credential: { id: 'refresh' },
      text: 'Earn Course refresh (refresh): it renews Target (t), due 2027-06-15.',
      renews: { credential: { id: 't' }, dueDate: '2027-06-15' },
    });
  });

  it("Query.plan's explanation under keepFor has the renewals; without keepFor it has none", async () => {
    const ask = (keep: string) =>
      postGraphQL(
        port,
        `{ plan(input: { target: "t", asOf: "${asOf}"${keep} }) { totalCost ${explanation} } }`,
      );
    const kept = await ask(`, keepFor: ${KEEP_FOR}`);
    expect(kept.errors).toBeUndefined();
    expect(kept.data.plan.totalCost).toBe(260);
    expect(kept.data.plan.explanation.renewals.map((r: { text: string }) => r.text)).toEqual([
      'Earning Course refresh (refresh) renews Target (t), due 2027-08-10.',
      'Renew Target (t) by paying 100 USD, due 2028-08-10.',
    ]);
    const plain = await ask('');
    expect(plain.errors).toBeUndefined();
    expect(plain.data.plan.explanation.renewals).toBeNull();
  });

  it('refuses keepFor with a target form as a bad input naming the field', async () => {
    const res = await postGraphQL(
      port,
      `{ frontier(input: { anyOf: ["fast", "slow"], asOf: "${asOf}", keepFor: 30 }) { feasible } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toContain('keepFor');
  });
});

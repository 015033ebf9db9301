// Plan.explanation over HTTP (a real server on a free port, planning in its worker pool): computed
// only when selected (on a plan, and on each plan of a frontier), the same sentences as the engine's, each option passed over priced as the
// brute-force oracle prices "the best plan that also holds it", and credentials as objects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { betweenCatalog } from '@pathwise/test-support';
import { createPlanner } from '@pathwise/engine';
import { startTestApi, type TestApi } from './helpers/api-server.js';
import { plansToRule } from '../../packages/engine/src/__tests__/support/pareto-oracle.js';

const catalog = betweenCatalog();
const asOf = '2026-06-01';
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(catalog, { planWorkers: 1 });
});
afterAll(async () => {
  await api?.stop();
});

const EXPLAINED = `{
  plan(input: { target: "cert", asOf: "${asOf}" }) {
    totalCost
    explanation {
      steps { credential { id } target meets { credential { id } rule } text }
      choices { credential { id } rule chosen text passedOver { option outcome addedCost addedWeeks proven text } }
      held { credential { id } text }
      lapsed { credential { id } text }
    }
  }
}`;

describe('Plan.explanation', () => {
  it('says why, with the engine’s sentences, and prices each option as the oracle does', async () => {
    const res = await api.gql<any>(EXPLAINED);
    expect(res.errors).toBeUndefined();
    const e = res.data.plan.explanation;
    const engine = createPlanner(catalog).plan({
      target: 'cert',
      asOf,
      explain: true,
    }).explanation!;
    expect(e.steps.map((s: { text: string }) => s.text)).toEqual(engine.steps.map((s) => s.text));
    expect(e.choices[0].credential).toEqual({ id: 'cert' });
    for (const p of e.choices[0].passedOver) {
      const forced = plansToRule(catalog, { all: ['cert', p.option] }, { have: [], asOf });
      const best = Math.min(...forced.map((x) => x.cost));
      expect([p.outcome, p.proven, p.addedCost]).toEqual([
        'COMPARED',
        true,
        best - res.data.plan.totalCost,
      ]);
    }
  });

  it('is computed on each frontier plan when selected: the point as the cheapest plan by its weeks', async () => {
    const f = await api.gql<any>(
      `{ frontier(input: { target: "cert", asOf: "${asOf}" }) { plans { totalWeeks explanation { steps { credential { id } text } choices { text passedOver { option outcome addedCost } } } } } }`,
    );
    expect(f.errors).toBeUndefined();
    const plans = f.data.frontier.plans as any[];
    expect(plans.length).toBeGreaterThan(1);
    const planner = createPlanner(catalog);
    for (const p of plans) {
      const engine = planner.plan({
        target: 'cert',
        asOf,
        objective: 'cheapest',
        maxWeeks: p.totalWeeks,
        explain: true,
      }).explanation!;
      expect(p.explanation.steps.map((s: { text: string }) => s.text)).toEqual(
        engine.steps.map((s) => s.text),
      );
      expect(p.explanation.choices.map((c: { text: string }) => c.text)).toEqual(
        engine.choices.map((c) => c.text),
      );
    }
    // The points differ, and so do their reasons: the fastest passed over what is not in time.
    expect(plans[0].explanation.choices[0].passedOver.map((o: any) => o.outcome)).toEqual([
      'INFEASIBLE',
      'INFEASIBLE',
    ]);
    // Selected through a fragment on the frontier's plans, it is computed too.
    const viaFragment = await api.gql<any>(
      `query { frontier(input: { target: "cert", asOf: "${asOf}" }) { plans { totalCost } } explained: frontier(input: { target: "cert", asOf: "${asOf}" }) { plans { ...Why } } } fragment Why on Plan { explanation { steps { text } } }`,
    );
    expect(viaFragment.errors).toBeUndefined();
    expect(viaFragment.data.explained.plans.every((p: any) => p.explanation.steps.length > 0)).toBe(
      true,
    );
  });

  it('is null on a plan unless selected, and computed when a fragment selects it', async () => {
    const plain = await api.gql<any>(
      `{ plan(input: { target: "cert", asOf: "${asOf}" }) { totalCost } }`,
    );
    expect(plain.errors).toBeUndefined();
    // Selected through a fragment, it is computed too.
    const fragment = await api.gql<any>(
      `query { plan(input: { target: "cert", asOf: "${asOf}" }) { ...Why } } fragment Why on Plan { explanation { choices { text } } }`,
    );
    expect(fragment.data.plan.explanation.choices).toHaveLength(1);
  });
});

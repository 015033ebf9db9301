// Target forms over HTTP (a real server on a free port): PlanInput's anyOf, skills, recognizedBy and
// kinds plan exactly (totals against the brute-force oracle on the form written out as a
// requirement), Plan.target is null and Plan.reached says what met the form, the frontier takes a
// form too, and a target given with a form is BAD_USER_INPUT.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Requirement } from '@pathwise/core';
import { goalsCatalog } from '@pathwise/test-support';
import { startTestApi, errorCodes, type TestApi } from './helpers/api-server.js';
import {
  paretoSet,
  plansToRule,
} from '../../packages/engine/src/__tests__/support/pareto-oracle.js';

const catalog = goalsCatalog();
const asOf = '2026-06-01';
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(catalog, { planWorkers: 1 });
});
afterAll(async () => {
  await api?.stop();
});

const oracle = (requires: Requirement) => plansToRule(catalog, requires, { have: [], asOf });

const PLAN = `query ($input: PlanInput!) {
  plan(input: $input) {
    feasible optimal totalCost totalWeeks reason
    target { id }
    reached { credentials { id } skills { skill credential { id } } }
    steps { credential { id } }
  }
}`;

describe('target forms over HTTP', () => {
  it('skills: cheapest and fastest equal the oracle, with reached', async () => {
    const plans = oracle({ all: [{ any: ['py', 'both'] }, { any: ['sql', 'both'] }] });
    for (const objective of ['CHEAPEST', 'FASTEST']) {
      const res = await api.gql<any>(PLAN, {
        input: { skills: ['python', 'sql'], asOf, objective },
      });
      expect(res.errors).toBeUndefined();
      const plan = res.data.plan;
      expect([plan.feasible, plan.optimal, plan.target]).toEqual([true, true, null]);
      const best = Math.min(...plans.map((p) => (objective === 'CHEAPEST' ? p.cost : p.weeks)));
      expect(objective === 'CHEAPEST' ? plan.totalCost : plan.totalWeeks).toBe(best);
      expect(plan.reached.skills.map((s: { skill: string }) => s.skill)).toEqual(['python', 'sql']);
    }
  });

  it('recognizedBy with kinds, anyOf, and the frontier to a form', async () => {
    const acme = await api.gql<any>(PLAN, {
      input: { recognizedBy: ['employer:acme'], kinds: ['certification'], asOf },
    });
    expect(acme.data.plan.totalCost).toBe(
      Math.min(...oracle({ any: ['cert'] }).map((p) => p.cost)),
    );
    expect(acme.data.plan.reached).toEqual({ credentials: [{ id: 'cert' }], skills: null });
    const f = await api.gql<any>(
      `{ frontier(input: { anyOf: ["cert", "cert2"], asOf: "${asOf}" }) { complete target { id } plans { totalCost totalWeeks reached { credentials { id } } } } }`,
    );
    expect(f.errors).toBeUndefined();
    expect(f.data.frontier.target).toBeNull();
    expect(
      f.data.frontier.plans.map((p: { totalCost: number; totalWeeks: number }) => ({
        cost: p.totalCost,
        weeks: p.totalWeeks,
      })),
    ).toEqual(paretoSet(oracle({ any: ['cert', 'cert2'] })));
  });

  it('a skill nobody lists is an infeasible plan; target with a form, or neither, is BAD_USER_INPUT', async () => {
    const none = await api.gql<any>(PLAN, { input: { skills: ['cobol'], asOf } });
    expect([none.data.plan.feasible, none.data.plan.reason]).toEqual([
      false,
      'no credential lists the skill "cobol"',
    ]);
    const both = await api.gql(PLAN, { input: { target: 'cert', anyOf: ['cert2'], asOf } });
    const neither = await api.gql(PLAN, { input: { asOf } });
    const unknown = await api.gql(PLAN, { input: { anyOf: ['nope'], asOf } });
    expect([errorCodes(both), errorCodes(neither), errorCodes(unknown)]).toEqual([
      ['BAD_USER_INPUT'],
      ['BAD_USER_INPUT'],
      ['BAD_USER_INPUT'],
    ]);
  });
});

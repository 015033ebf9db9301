// The repository's conformance cases (docs/conformance) through the GraphQL API: each case's catalog
// in its own store and server, every query asked over HTTP for both objectives, totals equal to the
// independent optimum.
// Each case runs with plans made in the server's thread and in a planning worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  conformanceQueries,
  type ConformanceCase,
  type ConformanceQuery,
} from '../helpers/conformance.js';
import { startTestApi, type TestApi } from '../api/helpers/api-server.js';

const PLAN = /* GraphQL */ `
  query Plan($input: PlanInput!) {
    plan(input: $input) {
      feasible
      optimal
      objective
      totalCost
      totalWeeks
      steps {
        credential {
          id
          cost
          durationWeeks
        }
        cost
        startWeek
        endWeek
        offer
      }
      offers {
        offer
        cost
      }
      outOfPocket
      renewals {
        credential {
          id
        }
        dueDate
        cost
        by {
          id
        }
      }
    }
  }
`;

interface PlanData {
  plan: {
    feasible: boolean;
    optimal: boolean;
    objective: string;
    totalCost: number;
    totalWeeks: number;
    steps: {
      credential: { id: string; cost: number; durationWeeks: number };
      cost: number;
      startWeek: number;
      endWeek: number;
      offer: string | null;
    }[];
    offers: { offer: string; cost: number }[];
    outOfPocket: number | null;
    renewals: {
      credential: { id: string };
      dueDate: string;
      cost: number;
      by: { id: string } | null;
    }[];
  };
}

// conformanceQueries() grouped by case, so each case's catalog gets its own store and server.
const byCase = new Map<
  string,
  { kase: ConformanceCase; queries: { label: string; query: ConformanceQuery }[] }
>();
for (const { label, case: kase, query } of conformanceQueries()) {
  const entry = byCase.get(kase.name) ?? { kase, queries: [] };
  entry.queries.push({ label, query });
  byCase.set(kase.name, entry);
}

// Planning in the server's thread (planWorkers 0) and in a worker thread (1), as `pnpm start` does.
const runs = [...byCase.values()].flatMap((e) =>
  [0, 1].map((workers) => [e.kase.name, workers, e] as const),
);

describe.each(runs)(
  'conformance over GraphQL: %s (plan workers: %i)',
  (_name, workers, { kase, queries }) => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi(kase.catalog, { planWorkers: workers });
    });
    afterAll(async () => {
      await api?.stop();
    });

    it.each(queries.map((q) => [q.label, q.query] as const))(
      '%s has the optimal totals',
      async (_label, query) => {
        for (const objective of ['CHEAPEST', 'FASTEST'] as const) {
          const res = await api.gql<PlanData>(PLAN, {
            input: {
              target: query.target,
              have: query.have,
              asOf: query.asOf,
              weeklyHours: query.weeklyHours,
              sponsor: query.sponsor,
              keepFor: query.keepFor,
              objective,
            },
          });
          expect(res.errors).toBeUndefined();
          const plan = res.data!.plan;
          expect(plan.feasible).toBe(true);
          expect(plan.optimal).toBe(true);
          expect(plan.objective).toBe(objective);
          if (objective === 'CHEAPEST') {
            expect(plan.totalCost).toBe(query.expect.cheapest.totalCost);
            expect(plan.outOfPocket).toBe(query.expect.cheapest.outOfPocket ?? null);
          } else expect(plan.totalWeeks).toBe(query.expect.fastest.totalWeeks);
          // The plan as served keeps plan-v1's rules: costs add up, each step lasts its duration
          // (under a weekly-hours budget a self-paced step may last longer: plan-v2).
          // With offers (catalog-v2): the offers' costs add in, and a step an offer pays costs its
          // price under that offer (the engine's validatePlan checks which price).
          // Under keepFor (plan-v2), the renewals' costs add in too.
          const offers = plan.offers.reduce((sum, o) => sum + o.cost, 0);
          const renewals = plan.renewals.reduce((sum, r) => sum + r.cost, 0);
          expect(plan.totalCost).toBe(
            plan.steps.reduce((sum, s) => sum + s.cost, offers + renewals),
          );
          if (query.keepFor === undefined) expect(plan.renewals).toEqual([]);
          else expect(plan.renewals.every((r) => r.credential.id === query.target)).toBe(true);
          for (const step of plan.steps) {
            if (step.offer === null) expect(step.cost).toBe(step.credential.cost);
            else expect(plan.offers.map((o) => o.offer)).toContain(step.offer);
            if (query.weeklyHours === undefined)
              expect(step.endWeek).toBe(step.startWeek + step.credential.durationWeeks);
            else
              expect(step.endWeek).toBeGreaterThanOrEqual(
                step.startWeek + step.credential.durationWeeks,
              );
          }
          const held = plan.steps.length === 0;
          expect(plan.totalWeeks).toBe(
            held ? 0 : plan.steps.find((s) => s.credential.id === query.target)!.endWeek,
          );
        }
      },
    );
  },
);

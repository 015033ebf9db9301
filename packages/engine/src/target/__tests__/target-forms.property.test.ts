// Property tests of target forms against their expansion into a plain requirement, planned by the
// brute-force oracle (support/pareto-oracle.ts, no engine code): each random catalog gets random
// skills and recognisers, a random form is expanded here by hand into the requirement of a virtual
// credential (anyOf → any; skills → all of any; recognizedBy/kinds → any), and the engine's cheapest
// cost, fastest week and frontier for the form equal the oracle's for that credential. Every plan is
// valid (validatePlan for the form, and the independent checker on the expanded catalog with the
// virtual step put back), and `reached` names credentials of the form the plan ends holding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDENTIAL_KINDS, indexCatalog, type Catalog, type Requirement } from '@pathwise/core';
import { randomCase } from '@pathwise/test-support';
import { createPlanner, validatePlan, type Plan, type TargetForm } from '../../index.js';
import { allPlans, oracleWidth, paretoSet } from '../../__tests__/support/pareto-oracle.js';
import { planViolations } from '../../__tests__/support/check-plan.js';

const SKILLS = ['s1', 's2', 's3', 's4'];
const RECOGNISERS = ['employer:a', 'industry:b', 'country:c'];
const KINDS = ['course', 'certification', 'badge'] as const;

/** A small case with skills, recognisers and kinds drawn per credential, and a form over them. */
const formCase = randomCase(4, 12).chain((c) => {
  const n = c.catalog.credentials.length;
  const ids = c.catalog.credentials.map((x) => x.id);
  const perCredential = fc.array(
    fc.record({
      skills: fc.subarray(SKILLS),
      recognizedBy: fc.subarray(RECOGNISERS),
      kind: fc.constantFrom(...KINDS),
    }),
    { minLength: n, maxLength: n },
  );
  const form: fc.Arbitrary<TargetForm> = fc.oneof(
    fc.subarray(ids, { minLength: 1, maxLength: 3 }).map((anyOf) => ({ anyOf })),
    fc.subarray(SKILLS, { minLength: 1, maxLength: 3 }).map((skills) => ({ skills })),
    fc
      .tuple(
        fc.subarray(RECOGNISERS, { minLength: 1 }),
        fc.option(fc.subarray([...KINDS], { minLength: 1 }), { nil: undefined }),
      )
      .map(([recognizedBy, kinds]) => (kinds ? { recognizedBy, kinds } : { recognizedBy })),
  );
  return fc.tuple(perCredential, form).map(([extra, target]) => {
    const catalog: Catalog = {
      ...c.catalog,
      credentials: c.catalog.credentials.map((x, i) => {
        const e = extra[i]!;
        const out = { ...x, kind: e.kind };
        if (e.skills.length > 0) out.skills = e.skills;
        if (e.recognizedBy.length > 0) out.recognizedBy = e.recognizedBy;
        return out;
      }),
    };
    return { catalog, have: c.have, asOf: c.asOf, target };
  });
});

/** The form written out by hand, from plan-v2's words; undefined when no credential can meet it. */
function expand(catalog: Catalog, form: TargetForm): Requirement | undefined {
  const creds = catalog.credentials;
  if ('anyOf' in form) return { any: form.anyOf };
  if ('skills' in form) {
    const groups = form.skills.map((s) =>
      creds.filter((c) => c.skills?.includes(s)).map((c) => c.id),
    );
    return groups.some((g) => g.length === 0) ? undefined : { all: groups.map((any) => ({ any })) };
  }
  const of = creds
    .filter((c) => c.recognizedBy?.some((r) => form.recognizedBy.includes(r)))
    .filter((c) => form.kinds === undefined || form.kinds.includes(c.kind))
    .map((c) => c.id);
  return of.length === 0 ? undefined : { any: of };
}

const GOAL = 'goal-x';

describe('target forms on random catalogs', () => {
  it('plan and frontier equal the oracle on the expanded requirement (300 cases)', () => {
    fc.assert(
      fc.property(formCase, ({ catalog, have, asOf, target }) => {
        const requirement = expand(catalog, target);
        const expanded: Catalog = requirement
          ? {
              ...catalog,
              credentials: [
                ...catalog.credentials,
                {
                  id: GOAL,
                  name: 'Goal',
                  kind: 'certification',
                  cost: 0,
                  durationWeeks: 0,
                  requires: requirement,
                },
              ],
            }
          : catalog;
        const oracleQuery = { target: GOAL, have, asOf };
        fc.pre(!requirement || oracleWidth(expanded, oracleQuery) <= 12);
        const planner = createPlanner(catalog);
        const index = indexCatalog(catalog);
        const plans = requirement ? allPlans(expanded, oracleQuery) : [];
        for (const objective of ['cheapest', 'fastest'] as const) {
          const query = { target, have, asOf, objective };
          const plan = planner.plan(query);
          expect(validatePlan(index, query, plan)).toEqual([]);
          expect(plan.target).toEqual(target);
          if (!requirement) {
            expect([plan.feasible, plan.reason !== undefined]).toEqual([false, true]);
            continue;
          }
          expect([plan.feasible, plan.optimal]).toEqual([true, true]);
          const best = Math.min(...plans.map((p) => (objective === 'cheapest' ? p.cost : p.weeks)));
          expect(objective === 'cheapest' ? plan.totalCost : plan.totalWeeks).toBe(best);
          expect(checkExpanded(expanded, { ...query, target: GOAL }, plan)).toEqual([]);
          const ends = new Set([...plan.steps.map((s) => s.credential), ...have.map((h) => h.id)]);
          expect(plan.reached!.credentials.length).toBeGreaterThan(0);
          for (const id of plan.reached!.credentials) expect(ends.has(id)).toBe(true);
        }
        const frontier = planner.frontier({ target, have, asOf });
        expect(frontier.target).toEqual(target);
        const got = frontier.plans.map((p) => ({ cost: p.totalCost, weeks: p.totalWeeks }));
        expect(got).toEqual(requirement ? paretoSet(plans) : []);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses malformed forms, naming the field', () => {
    const planner = createPlanner({
      format: 'pathwise.catalog/v1',
      credentials: [{ id: 'a', name: 'A', kind: 'course', cost: 1, durationWeeks: 1 }],
    });
    const bad: unknown[] = [
      { anyOf: [] },
      { anyOf: ['a'], skills: ['x'] },
      { skills: [''] },
      { recognizedBy: ['x'], kinds: ['spaceship'] },
      { skills: ['x'], kinds: ['course'] },
      { everything: true },
    ];
    for (const target of bad)
      expect(() => planner.plan({ target } as never), JSON.stringify(target)).toThrow(/target/);
    expect(() => planner.plan({ target: { anyOf: ['nope'] } })).toThrow(/nope/);
    expect(CREDENTIAL_KINDS).toContain('course');
  });
});

/** The independent checker on the expanded catalog, with the virtual step put back. */
function checkExpanded(
  catalog: Catalog,
  query: {
    target: string;
    have: { id: string; earnedOn?: string }[];
    asOf: string;
    objective: 'cheapest' | 'fastest';
  },
  plan: Plan,
): string[] {
  const step = {
    credential: GOAL,
    cost: 0,
    startWeek: plan.totalWeeks,
    endWeek: plan.totalWeeks,
    satisfies: [],
  };
  return planViolations(catalog, query, { ...plan, target: GOAL, steps: [...plan.steps, step] });
}

// Retired credentials in plans (catalog-v2 `retired`, plan-v2 "no step is a retired credential"):
// never a step, a holding of one counts, rules naming one stay valid, a plan that cannot avoid one
// is infeasible and its reason names it. Each plan is checked by validatePlan and by the
// independent checker, and its `used` lists the holdings it stands on.
import { describe, expect, it } from 'vitest';
import type { Catalog, Credential, Requirement } from '@pathwise/core';
import { indexCatalog, parseCatalog } from '@pathwise/core';
import { createPlanner } from '../plan/create-planner.js';
import { validatePlan } from '../validate/validate-plan.js';
import type { Objective, Plan, PlanQuery } from '../plan-types.js';
import { planViolations } from './support/check-plan.js';

const asOf = '2026-06-01';

function credential(
  id: string,
  cost: number,
  durationWeeks: number,
  extra: Partial<Credential> = {},
): Credential {
  return { id, name: id, kind: 'course', cost, durationWeeks, ...extra };
}

function catalogOf(...credentials: Credential[]): Catalog {
  return parseCatalog({ format: 'pathwise.catalog/v2', credentials });
}

/** old (retired, cost 100, 1 week) | new (cost 300, 4 weeks) | t requires `rule`. */
function oldOrNew(rule: Requirement = { any: ['old', 'new'] }, extra: Credential[] = []): Catalog {
  return catalogOf(
    credential('old', 100, 1, { retired: true }),
    credential('new', 300, 4),
    credential('t', 10, 2, { requires: rule }),
    ...extra,
  );
}

/** Plans both objectives and checks each plan with validatePlan and the independent checker. */
function plans(
  catalog: Catalog,
  query: Omit<PlanQuery, 'objective'> & { target: string },
): Record<Objective, Plan> {
  const planner = createPlanner(catalog);
  const out = {} as Record<Objective, Plan>;
  for (const objective of ['cheapest', 'fastest'] as const) {
    const q = { asOf, ...query, objective };
    const plan = planner.plan(q);
    expect(validatePlan(indexCatalog(catalog), q, plan)).toEqual([]);
    if (plan.feasible) {
      const checked = { ...q, have: q.have ?? [], exclude: q.exclude };
      expect(planViolations(catalog, checked, plan)).toEqual([]);
    }
    out[objective] = plan;
  }
  return out;
}

const stepIds = (plan: Plan): string[] => plan.steps.map((s) => s.credential);

describe('retired credentials in plans', () => {
  it('a retired credential is never a plan step: t is planned through new', () => {
    const { cheapest, fastest } = plans(oldOrNew(), { target: 't' });
    for (const plan of [cheapest, fastest]) {
      expect(plan).toMatchObject({ feasible: true, optimal: true, totalCost: 310, totalWeeks: 6 });
      expect(stepIds(plan)).toEqual(['new', 't']);
      expect(plan.used).toEqual([]);
    }
  });

  it('the same under a deadline, a budget and an exclusion (the constrained planner)', () => {
    const extra = [credential('alt', 500, 1)];
    const catalog = oldOrNew({ any: ['old', 'new', 'alt'] }, extra);
    const { cheapest, fastest } = plans(catalog, { target: 't', maxWeeks: 10, maxCost: 1000 });
    expect([stepIds(cheapest), cheapest.totalCost]).toEqual([['new', 't'], 310]);
    expect([stepIds(fastest), fastest.totalWeeks]).toEqual([['alt', 't'], 3]);
    const excluded = plans(catalog, { target: 't', exclude: ['new'] });
    expect(stepIds(excluded.cheapest)).toEqual(['alt', 't']);
  });

  it('a holding of a retired credential counts, and is listed in used', () => {
    const { cheapest, fastest } = plans(oldOrNew(), { target: 't', have: [{ id: 'old' }] });
    for (const plan of [cheapest, fastest]) {
      expect(plan).toMatchObject({ feasible: true, optimal: true, totalCost: 10, totalWeeks: 2 });
      expect(stepIds(plan)).toEqual(['t']);
      expect(plan.used).toEqual([{ credential: 'old', implied: false }]);
    }
  });

  it('a plan that cannot avoid a retired credential is infeasible and its reason names it', () => {
    const cases: [Catalog, RegExp][] = [
      [oldOrNew('old'), /"t" needs "old", which is retired/],
      [oldOrNew({ all: ['new', 'old'] }), /"old" is retired/],
      [
        oldOrNew({ any: ['old', 'gone'] }, [credential('gone', 1, 1, { retired: true })]),
        /"t" needs "any" of \["old", "gone"\]: all retired/,
      ],
    ];
    for (const [catalog, reason] of cases) {
      const { cheapest, fastest } = plans(catalog, { target: 't' });
      for (const plan of [cheapest, fastest]) {
        expect(plan).toMatchObject({ feasible: false, optimal: true, steps: [], used: [] });
        expect(plan.reason).toMatch(reason);
      }
    }
    const excludedToo = plans(oldOrNew(), { target: 't', exclude: ['new'] });
    expect(excludedToo.cheapest.reason).toBe(
      '"t" needs "any" of ["old", "new"]: "old" retired, "new" excluded',
    );
  });

  it('a retired target is not earned again, and counts when held', () => {
    const catalog = oldOrNew();
    expect(plans(catalog, { target: 'old' }).cheapest.reason).toBe('"old" is retired');
    const held = plans(catalog, { target: 'old', have: [{ id: 'old' }] }).fastest;
    expect(held).toMatchObject({ feasible: true, steps: [], used: [{ credential: 'old' }] });
  });

  it('a retired credential out of reach, or reachable only through a holding, changes nothing', () => {
    // mid requires old; t requires mid. Holding mid makes old irrelevant.
    const catalog = catalogOf(
      credential('old', 100, 1, { retired: true }),
      credential('mid', 50, 1, { requires: 'old' }),
      credential('t', 10, 2, { requires: 'mid' }),
      credential('other', 5, 1),
    );
    const { cheapest } = plans(catalog, { target: 't', have: [{ id: 'mid' }] });
    expect([stepIds(cheapest), cheapest.used]).toEqual([
      ['t'],
      [{ credential: 'mid', implied: false }],
    ]);
    expect(stepIds(plans(catalog, { target: 'other' }).fastest)).toEqual(['other']);
  });
});

// Metamorphic and oracle properties of retirement on random small catalogs (catalog-v2):
// - retiring a credential that the plan does not earn changes nothing: without constraints the very
//   same plan; under a deadline, budget or exclusions the same feasibility and the same optimum;
// - retiring credentials the plan does earn gives a valid plan without them whose optimum is the
//   independent oracles' (HiGHS for cost, the min/max recursion for weeks, both of which read
//   `retired` themselves), or an infeasible plan exactly when the oracles find none.
// - under a weekly-hours budget, plans stay valid and never earn a retired credential.
// 800 random cases per run (300 + 200 + 200 + 100).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { indexCatalog } from '@pathwise/core';
import { randomCase, type RandomCase } from '@pathwise/test-support';
import { createPlanner, validatePlan, type Plan, type PlanQuery } from '../index.js';
import { planViolations } from './support/check-plan.js';
import { highsCheapest } from './support/highs-oracle.js';
import { earliestWeeks } from './support/fastest-recursion.js';
import { credentialMap } from './support/requirement-met-at.js';
import { heldSet } from './support/held-set.js';

/** The case's catalog as catalog-v2, with the credentials `retire` marked retired. */
function v2(c: RandomCase, retire: ReadonlySet<string> = new Set()): Catalog {
  return {
    format: 'pathwise.catalog/v2',
    credentials: c.catalog.credentials.map((x) => (retire.has(x.id) ? { ...x, retired: true } : x)),
  };
}

/** A random case, an objective, optional limits around its plans, and picks of credentials. */
const retireCase = fc.tuple(
  randomCase(4, 22),
  fc.constantFrom('cheapest' as const, 'fastest' as const),
  fc.option(fc.double({ min: 0.5, max: 1.5, noNaN: true }), { nil: undefined }),
  fc.option(fc.double({ min: 0.5, max: 1.5, noNaN: true }), { nil: undefined }),
  fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
);

type CredentialQuery = PlanQuery & { target: string };

function checked(catalog: Catalog, query: CredentialQuery, plan: Plan, c: RandomCase): void {
  expect(validatePlan(indexCatalog(catalog), query, plan)).toEqual([]);
  if (!plan.feasible) return;
  const q = { ...query, have: c.have, asOf: c.asOf, objective: query.objective ?? 'cheapest' };
  expect(planViolations(catalog, q, plan)).toEqual([]);
}

describe('retirement on random catalogs', () => {
  it('retiring credentials the plan does not earn gives the very same plan (no constraints)', () => {
    fc.assert(
      fc.property(retireCase, ([c, objective, , , picks]) => {
        const query: CredentialQuery = { target: c.target, have: c.have, asOf: c.asOf, objective };
        const before = createPlanner(v2(c)).plan(query);
        const earned = new Set(before.steps.map((s) => s.credential));
        const ids = c.catalog.credentials.map((x) => x.id).filter((id) => !earned.has(id));
        const retire = new Set(picks.map((i) => ids[i % ids.length]!).filter(Boolean));
        const catalog = v2(c, retire);
        const after = createPlanner(catalog).plan(query);
        checked(catalog, query, after, c);
        expect(after).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('and the same feasibility and optimum under a deadline, a budget or exclusions', () => {
    fc.assert(
      fc.property(retireCase, ([c, objective, weekShare, costShare, picks]) => {
        const free = createPlanner(v2(c)).plan({ target: c.target, have: c.have, asOf: c.asOf });
        const others = c.catalog.credentials.map((x) => x.id).filter((id) => id !== c.target);
        const query: CredentialQuery = {
          target: c.target,
          have: c.have,
          asOf: c.asOf,
          objective,
          exclude: picks.length > 2 ? [others[picks[2]! % others.length]!] : [],
          ...(weekShare === undefined ? {} : { maxWeeks: Math.round(free.totalWeeks * weekShare) }),
          ...(costShare === undefined ? {} : { maxCost: Math.round(free.totalCost * costShare) }),
        };
        const before = createPlanner(v2(c)).plan(query);
        const earned = new Set(before.steps.map((s) => s.credential));
        const ids = others.filter((id) => !earned.has(id));
        const retire = new Set(
          picks
            .slice(0, 2)
            .map((i) => ids[i % ids.length]!)
            .filter(Boolean),
        );
        const catalog = v2(c, retire);
        const after = createPlanner(catalog).plan(query);
        checked(catalog, query, after, c);
        expect(after.feasible).toBe(before.feasible);
        if (!before.feasible || !before.optimal || !after.optimal) return;
        if (objective === 'cheapest') expect(after.totalCost).toBe(before.totalCost);
        else expect(after.totalWeeks).toBe(before.totalWeeks);
      }),
      { numRuns: 200 },
    );
  });

  it('retiring credentials the plan earns: valid, and optimal by the independent oracles', async () => {
    await fc.assert(
      fc.asyncProperty(retireCase, async ([c, objective, , , picks]) => {
        const query: CredentialQuery = { target: c.target, have: c.have, asOf: c.asOf, objective };
        const before = createPlanner(v2(c)).plan(query);
        const earned = before.steps.map((s) => s.credential);
        if (earned.length === 0) return;
        const retire = new Set(picks.map((i) => earned[i % earned.length]!));
        const catalog = v2(c, retire);
        const after = createPlanner(catalog).plan(query);
        checked(catalog, query, after, c);
        expect(after.optimal).toBe(true);
        const byId = credentialMap(catalog);
        const held = heldSet(byId, c.have, c.asOf, true);
        const week = earliestWeeks(byId, held)(c.target);
        expect(after.feasible).toBe(week !== undefined);
        if (!after.feasible) {
          // The reason names a retired credential.
          expect([...retire].some((id) => after.reason!.includes(`"${id}"`))).toBe(true);
          return;
        }
        if (objective === 'fastest') expect(after.totalWeeks).toBe(week);
        else expect(after.totalCost).toBe((await highsCheapest(catalog, query as never)).totalCost);
      }),
      { numRuns: 200 },
    );
  });

  it('under a weekly-hours budget too: valid plans, no retired step', () => {
    fc.assert(
      fc.property(retireCase, fc.integer({ min: 2, max: 40 }), ([c, objective, , , picks], h) => {
        const ids = c.catalog.credentials.map((x) => x.id);
        const catalog = v2(c, new Set(picks.map((i) => ids[i % ids.length]!)));
        const query: CredentialQuery = {
          target: c.target,
          have: c.have,
          asOf: c.asOf,
          objective,
          weeklyHours: h,
        };
        const plan = createPlanner(catalog).plan(query);
        checked(catalog, query, plan, c);
        const retired = new Set(catalog.credentials.filter((x) => x.retired).map((x) => x.id));
        expect(plan.steps.filter((s) => retired.has(s.credential))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

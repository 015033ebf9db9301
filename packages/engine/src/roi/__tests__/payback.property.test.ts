// paybackMonths against cost and outcomes, on random catalogs: each credential may carry outcomes
// (a median drawn around the learner's current earnings). For the cheapest plan, the fastest plan
// and every frontier point: paybackMonths is present exactly when the plan is feasible, its target
// has outcomes and the median is above current earnings, and then paybackMonths × uplift / 12 is
// the plan's totalCost; along the frontier (cost falling) it falls too. A target form takes the
// highest median among the credentials it reached.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalog, type Catalog } from '@pathwise/core';
import { goalsCatalog, randomCase } from '@pathwise/test-support';
import { createPlanner, type Plan, type PlanQuery } from '../../index.js';

/** A random case whose credentials carry random outcomes, and the learner's earnings. */
const withOutcomes = fc
  .tuple(
    randomCase(3, 12),
    fc.array(fc.option(fc.integer({ min: 0, max: 120_000 }), { nil: undefined }), {
      minLength: 12,
      maxLength: 12,
    }),
    fc.integer({ min: 0, max: 100_000 }),
  )
  .map(([c, medians, current]) => {
    const catalog: Catalog = parseCatalog({
      ...c.catalog,
      format: 'pathwise.catalog/v2',
      credentials: c.catalog.credentials.map((cred, i) =>
        medians[i] === undefined
          ? cred
          : {
              ...cred,
              outcomes: { medianAnnualEarnings: medians[i], source: 'test survey', year: 2025 },
            },
      ),
    });
    return { catalog, target: c.target, have: c.have, asOf: c.asOf, current };
  });

/** What a plan's paybackMonths must be, worked out here from the catalog alone. */
function expected(catalog: Catalog, plan: Plan, current: number): number | undefined {
  if (!plan.feasible) return undefined;
  const median = catalog.credentials.find((c) => c.id === plan.target)?.outcomes
    ?.medianAnnualEarnings;
  if (median === undefined || median <= current) return undefined;
  return plan.totalCost / ((median - current) / 12);
}

let withMonths = 0;
let withoutPayback = 0;

function expectConsistent(catalog: Catalog, plan: Plan, current: number): void {
  const want = expected(catalog, plan, current);
  if (want === undefined) withoutPayback++;
  else withMonths++;
  if (want === undefined) {
    expect(plan).not.toHaveProperty('paybackMonths');
    return;
  }
  expect(plan.paybackMonths).toBeCloseTo(want, 9);
  const median = catalog.credentials.find((c) => c.id === plan.target)!.outcomes!;
  const repaid = (plan.paybackMonths! * (median.medianAnnualEarnings - current)) / 12;
  expect(repaid).toBeCloseTo(plan.totalCost, 6);
}

describe('paybackMonths on random catalogs', () => {
  it('is consistent with cost and outcomes on plans and frontier points (200 cases)', () => {
    fc.assert(
      fc.property(withOutcomes, ({ catalog, target, have, asOf, current }) => {
        const planner = createPlanner(catalog);
        const query: PlanQuery = { target, have, asOf, currentAnnualEarnings: current };
        for (const objective of ['cheapest', 'fastest'] as const)
          expectConsistent(catalog, planner.plan({ ...query, objective }), current);
        const frontier = planner.frontier(query);
        for (const plan of frontier.plans) expectConsistent(catalog, plan, current);
        const months = frontier.plans.map((p) => p.paybackMonths);
        if (months[0] !== undefined && months.length > 1)
          for (let i = 1; i < months.length; i++) expect(months[i]!).toBeLessThan(months[i - 1]!);
        // Without currentAnnualEarnings no plan says anything about payback.
        expect(planner.plan({ target, have, asOf })).not.toHaveProperty('paybackMonths');
      }),
      { numRuns: 200 },
    );
    // Both sides of the rule were exercised, not one.
    expect(withMonths).toBeGreaterThan(50);
    expect(withoutPayback).toBeGreaterThan(50);
  });
});

describe('paybackMonths on a target form', () => {
  it('takes the highest median among the credentials reached', () => {
    const catalog = goalsCatalog();
    const py = catalog.credentials.find((c) => c.id === 'py')!;
    const sql = catalog.credentials.find((c) => c.id === 'sql')!;
    py.outcomes = { medianAnnualEarnings: 62_000, source: 'test survey', year: 2025 };
    sql.outcomes = { medianAnnualEarnings: 56_000, source: 'test survey', year: 2025 };
    const planner = createPlanner(parseCatalog(catalog));
    const plan = planner.plan({
      target: { skills: ['python', 'sql'] },
      asOf: '2026-01-01',
      currentAnnualEarnings: 50_000,
    });
    expect(plan.reached?.credentials).toEqual(expect.arrayContaining(['py', 'sql']));
    // py's 62,000 over 50,000 is 1,000 a month; the plan costs py + sql = 90.
    expect(plan.totalCost).toBe(90);
    expect(plan.paybackMonths).toBeCloseTo(0.09, 12);
    const frontier = planner.frontier({
      target: { anyOf: ['py', 'sql'] },
      asOf: '2026-01-01',
      currentAnnualEarnings: 60_000,
    });
    // sql alone is reached (cheapest and fastest), and 56,000 is no uplift over 60,000.
    expect(frontier.plans.map((p) => p.reached?.credentials)).toEqual([['sql']]);
    expect(frontier.plans[0]).not.toHaveProperty('paybackMonths');
  });
});

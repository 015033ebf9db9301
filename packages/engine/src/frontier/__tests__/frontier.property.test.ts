// Property tests of Planner.frontier against a brute-force oracle that shares no code with the engine
// (__tests__/support/pareto-oracle.ts: every subset of the reachable credentials tried as a plan):
// a complete frontier's (weeks, cost) points are exactly the oracle's Pareto set, with and without
// a deadline, a budget and exclusions; every plan is valid under the plan contract (validatePlan and
// the independent checker) as a cheapest plan by its own weeks; no random valid plan dominates a
// point; under a 1 ms time budget, whatever is returned is valid and the gap's bounds hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexCatalog } from '@pathwise/core';
import { prng, randomCase, type RandomCase } from '@pathwise/test-support';
import { createPlanner, validatePlan, type Frontier, type PlanQuery } from '../../index.js';
import {
  allPlans,
  oracleWidth,
  paretoSet,
  type OracleQuery,
} from '../../__tests__/support/pareto-oracle.js';
import { planViolations } from '../../__tests__/support/check-plan.js';
import { sampleFeasiblePlan } from '../../__tests__/support/random-plan.js';

const small = randomCase(4, 13).filter(
  (c) => oracleWidth(c.catalog, { target: c.target, have: c.have, asOf: c.asOf }) <= 12,
);

/** A small case and limits drawn around its cheapest and fastest plans. */
const limited = fc
  .tuple(
    small,
    fc.option(fc.nat(60)),
    fc.option(fc.nat(2000)),
    fc.array(fc.nat(), { maxLength: 2 }),
  )
  .map(([c, weeks, cost, picks]) => {
    const ids = c.catalog.credentials.map((x) => x.id).filter((id) => id !== c.target);
    const exclude = [...new Set(picks.map((i) => ids[i % ids.length]!))];
    const query: PlanQuery & OracleQuery = { target: c.target, have: c.have, asOf: c.asOf };
    if (weeks !== null) query.maxWeeks = weeks;
    if (cost !== null) query.maxCost = cost;
    if (exclude.length > 0) query.exclude = exclude;
    return { c, query };
  });

function expectValid(c: RandomCase, query: PlanQuery & OracleQuery, frontier: Frontier): void {
  const index = indexCatalog(c.catalog);
  for (const plan of frontier.plans) {
    const asked = { ...query, objective: 'cheapest' as const };
    expect(validatePlan(index, asked, plan)).toEqual([]);
    expect(planViolations(c.catalog, { ...asked, have: c.have, asOf: c.asOf }, plan)).toEqual([]);
  }
  const weeks = frontier.plans.map((p) => p.totalWeeks);
  const costs = frontier.plans.map((p) => p.totalCost);
  expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
  for (let i = 1; i < costs.length; i++) {
    expect(weeks[i]).toBeGreaterThan(weeks[i - 1]!);
    expect(costs[i]).toBeLessThan(costs[i - 1]!);
  }
}

describe('frontier on random catalogs', () => {
  it('equals the brute-force Pareto set exactly (300 cases, with limits and exclusions)', () => {
    fc.assert(
      fc.property(limited, ({ c, query }) => {
        const frontier = createPlanner(c.catalog).frontier(query);
        expectValid(c, query, frontier);
        expect(frontier.complete).toBe(true);
        expect(frontier.plans.every((p) => p.optimal)).toBe(true);
        const expected = paretoSet(allPlans(c.catalog, query));
        const got = frontier.plans.map((p) => ({ cost: p.totalCost, weeks: p.totalWeeks }));
        expect(got).toEqual(expected);
        expect(frontier.feasible).toBe(expected.length > 0);
        if (!frontier.feasible) expect(frontier.reason).toBeTruthy();
      }),
      { numRuns: 300 },
    );
  });

  it('has no point a random valid plan dominates (22-credential catalogs)', () => {
    fc.assert(
      fc.property(randomCase(10, 22), fc.integer(), (c, seed) => {
        const query = { target: c.target, have: c.have, asOf: c.asOf };
        const frontier = createPlanner(c.catalog).frontier(query);
        expectValid(c, query, frontier);
        expect(frontier.plans.length).toBeGreaterThan(0);
        const random = prng(seed);
        for (let i = 0; i < 20; i++) {
          const sample = sampleFeasiblePlan(c.catalog, query, random);
          for (const p of frontier.plans.filter((x) => x.optimal)) {
            const dominates =
              sample.totalCost <= p.totalCost &&
              sample.totalWeeks <= p.totalWeeks &&
              (sample.totalCost < p.totalCost || sample.totalWeeks < p.totalWeeks);
            expect(dominates).toBe(false);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('under a 1 ms time budget keeps every plan valid and its gap bounds true', () => {
    let cut = 0;
    fc.assert(
      fc.property(small, (c) => {
        const query = { target: c.target, have: c.have, asOf: c.asOf, timeBudgetMs: 1 };
        let ticks = 0;
        // A clock that runs out after a few readings, so the cut-short path is taken.
        const planner = createPlanner(c.catalog, { clock: () => (ticks += 0.4) });
        const frontier = planner.frontier(query);
        expectValid(c, query, frontier);
        const pareto = paretoSet(allPlans(c.catalog, query));
        for (const p of frontier.plans.filter((x) => x.optimal))
          expect(pareto).toContainEqual({ cost: p.totalCost, weeks: p.totalWeeks });
        if (frontier.complete) {
          expect(frontier.plans.map((p) => ({ cost: p.totalCost, weeks: p.totalWeeks }))).toEqual(
            pareto,
          );
          return;
        }
        cut++;
        const { fromWeeks, toWeeks, minCost } = frontier.gap!;
        // Listed plans (proven or not) are not missing; every other Pareto point lies in the gap.
        const listed = new Set(frontier.plans.map((p) => `${p.totalCost}/${p.totalWeeks}`));
        for (const point of pareto) {
          if (listed.has(`${point.cost}/${point.weeks}`)) continue;
          expect(point.weeks).toBeGreaterThanOrEqual(fromWeeks);
          if (toWeeks !== undefined) expect(point.weeks).toBeLessThanOrEqual(toWeeks);
          expect(point.cost).toBeGreaterThanOrEqual(minCost);
        }
      }),
      { numRuns: 150 },
    );
    expect(cut).toBeGreaterThan(10); // the cut-short path was taken, not only complete sweeps
  });
});

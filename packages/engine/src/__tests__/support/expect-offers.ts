/**
 * Test support: checks a plan with offers against both validators (the independent checker and
 * validatePlan) and the exhaustive oracle's optimum (offers-oracle.ts): valid, cost-optimal (or, for
 * fastest, at the least weeks with their least cost) where it says optimal, and within its bound
 * where it does not (fastest without a weekly-hours budget is always at the least weeks). Shared by the offers property tests with and without a weekly-hours budget.
 */
import { expect } from 'vitest';
import { indexCatalog, type Catalog } from '@pathwise/core';
import { validatePlan, type Plan, type PlanQuery } from '../../index.js';
import { planViolations } from './check-plan.js';
import { offersOptimum, type OracleQuery } from './offers-oracle.js';

/**
 * @param catalog - the catalog
 * @param query - the query the plan answered (with the oracle's `gridWeeks` when not 1)
 * @param plan - the plan
 * @param objective - the plan's objective
 * @returns whether the plan costs the oracle's optimum (no plan: whether the oracle has none)
 */
export function expectExact(
  catalog: Catalog,
  query: OracleQuery,
  plan: Plan,
  objective: Plan['objective'],
): boolean {
  const optimum = offersOptimum(catalog, query);
  const { gridWeeks: _grid, ...asked } = query;
  const full: PlanQuery = {
    ...asked,
    have: [...query.have],
    exclude: query.exclude && [...query.exclude],
    objective,
  };
  expect(validatePlan(indexCatalog(catalog), full, plan)).toEqual([]);
  if (!plan.feasible) {
    if (plan.optimal) expect(optimum).toBeUndefined();
    return optimum === undefined;
  }
  expect(planViolations(catalog, { ...asked, objective }, plan)).toEqual([]);
  expect(optimum).toBeDefined();
  if (objective === 'cheapest') {
    if (plan.optimal) expect(plan.totalCost).toBeCloseTo(optimum!.cheapest, 9);
    else {
      expect(plan.bound!).toBeLessThanOrEqual(optimum!.cheapest + 1e-9);
      expect(plan.totalCost).toBeGreaterThanOrEqual(optimum!.cheapest - 1e-9);
    }
    return Math.abs(plan.totalCost - optimum!.cheapest) < 1e-9;
  }
  // Weeks on a grid of 13/12 add up with rounding (6 grids: 6.5 or 6.499999999999999).
  if (plan.optimal || query.weeklyHours === undefined)
    expect(plan.totalWeeks).toBeCloseTo(optimum!.fastest.weeks, 9);
  else {
    // Under a budget fastest may stop short of the least weeks, with a bound below them.
    expect(plan.totalWeeks).toBeGreaterThanOrEqual(optimum!.fastest.weeks - 1e-9);
    expect(plan.bound!).toBeLessThanOrEqual(optimum!.fastest.weeks + 1e-9);
  }
  if (plan.optimal) expect(plan.totalCost).toBeCloseTo(optimum!.fastest.cost, 9);
  return Math.abs(plan.totalCost - optimum!.fastest.cost) < 1e-9;
}

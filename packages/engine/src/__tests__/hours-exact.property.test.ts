// Exactness of planning under weekly hours, pace and start days (issue 9 item 2) on random small v2
// catalogs, against the time-indexed HiGHS programme (support/highs-hours.ts), which shares no code
// with the engine: every plan is valid (the independent checker and validatePlan); a fastest plan
// marked optimal is no later than the grid optimum (which is at least the true optimum), and equal to
// it when no step can stretch (the grid is exact there); a bound is never above the grid optimum; a
// proven infeasibility is one the programme agrees with; cheapest under H costs the programme's least
// cost; with a deadline or a budget too, the same. Metamorphic: more hours never slower, fastest under
// H never faster than without, cheapest under H costs the same as without when no fixed course is
// heavier than H. 560 random cases per run, and fixed cases where only the per-credential effort
// bound (the prerequisites' hours before each credential, then its chain to the target) proves the optimum.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexCatalog, parseCatalog, type Catalog } from '@pathwise/core';
import { createPlanner, validatePlan, type Plan, type PlanQuery } from '../index.js';
import { planViolations } from './support/check-plan.js';
import { gridExact, highsHours } from './support/highs-hours.js';
import { hoursCase, type HoursCase } from './support/hours-case.js';

const TOL = 1e-6;

type CredentialQuery = PlanQuery & { target: string };

function plan(
  c: HoursCase,
  extra: Partial<CredentialQuery>,
): { plan: Plan; query: CredentialQuery } {
  const query: CredentialQuery = {
    target: c.target,
    have: c.have,
    asOf: c.asOf,
    ...(c.weeklyHours === undefined ? {} : { weeklyHours: c.weeklyHours }),
    ...extra,
  };
  const catalog = parseCatalog(c.catalog);
  const p = createPlanner(catalog).plan(query);
  expect(validatePlan(indexCatalog(catalog), query, p)).toEqual([]);
  if (p.feasible) {
    const checked = {
      ...query,
      have: c.have,
      asOf: c.asOf,
      objective: query.objective ?? 'cheapest',
    };
    expect(planViolations(c.catalog, checked, p)).toEqual([]);
  }
  return { plan: p, query };
}

/** No fixed course with effort heavier than H (so every set can be scheduled). */
function noHeavyFixed(catalog: Catalog, hours: number | undefined): boolean {
  return (
    hours === undefined ||
    catalog.credentials.every(
      (c) =>
        c.pace !== 'fixed' ||
        !((c.effortHours ?? 0) > 0) ||
        c.effortHours! / c.durationWeeks <= hours,
    )
  );
}

describe('planning under weekly hours against the time-indexed HiGHS programme', () => {
  it('fastest: valid, never later than the grid optimum when optimal, equal where the grid is exact', async () => {
    await fc.assert(
      fc.asyncProperty(hoursCase(), async (c) => {
        const { plan: p } = plan(c, { objective: 'fastest' });
        const grid = await highsHours(c.catalog, { ...c, weeklyHours: c.weeklyHours }, 'weeks');
        const exact = gridExact(c.catalog, c.weeklyHours);
        if (!p.feasible) {
          if (p.optimal) expect(grid).toBeUndefined();
          return;
        }
        if (exact) expect(grid).toBeDefined();
        if (grid === undefined) return;
        if (p.optimal) {
          expect(p.totalWeeks).toBeLessThanOrEqual(grid.weeks + TOL);
          if (exact) expect(p.totalWeeks).toBeCloseTo(grid.weeks, 6);
        } else {
          expect(p.bound!).toBeLessThanOrEqual(grid.weeks + TOL);
          expect(p.bound!).toBeLessThanOrEqual(p.totalWeeks + TOL);
        }
        // Never faster than fastest without the budget.
        const free = plan({ ...c, weeklyHours: undefined }, { objective: 'fastest' }).plan;
        expect(p.totalWeeks).toBeGreaterThanOrEqual(
          (free.optimal ? free.totalWeeks : free.bound!) - TOL,
        );
      }),
      { numRuns: 250 },
    );
  }, 600_000);

  it('cheapest: valid, optimal, the programme’s least cost; the same as without H when no fixed course is too heavy', async () => {
    await fc.assert(
      fc.asyncProperty(hoursCase(), async (c) => {
        const { plan: p } = plan(c, { objective: 'cheapest' });
        const grid = await highsHours(c.catalog, { ...c, weeklyHours: c.weeklyHours }, 'cost');
        expect(p.optimal).toBe(true);
        if (grid === undefined) {
          expect(p.feasible).toBe(false);
          return;
        }
        expect(p.feasible).toBe(true);
        expect(p.totalCost).toBeCloseTo(grid.cost, 6);
        if (noHeavyFixed(c.catalog, c.weeklyHours)) {
          const free = plan({ ...c, weeklyHours: undefined }, { objective: 'cheapest' }).plan;
          expect(p.totalCost).toBeCloseTo(free.totalCost, 6);
        }
      }),
      { numRuns: 150 },
    );
  }, 600_000);

  it('more hours are never slower', () => {
    fc.assert(
      fc.property(hoursCase(), fc.integer({ min: 1, max: 12 }), (c, more) => {
        if (c.weeklyHours === undefined) return;
        const less = plan(c, { objective: 'fastest' }).plan;
        const wider = plan(
          { ...c, weeklyHours: c.weeklyHours + more },
          { objective: 'fastest' },
        ).plan;
        if (!less.feasible) return;
        expect(wider.feasible).toBe(true);
        if (wider.optimal) expect(wider.totalWeeks).toBeLessThanOrEqual(less.totalWeeks + TOL);
        if (less.optimal)
          expect(less.totalWeeks).toBeGreaterThanOrEqual((wider.bound ?? wider.totalWeeks) - TOL);
      }),
      { numRuns: 100 },
    );
  });

  it('with a deadline or a cost budget too: valid, honest against the programme', async () => {
    await fc.assert(
      fc.asyncProperty(
        hoursCase(),
        fc.boolean(),
        fc.double({ min: 0.6, max: 1.4, noNaN: true }),
        async (c, cheapest, share) => {
          const loose = plan(c, { objective: cheapest ? 'fastest' : 'cheapest' }).plan;
          if (!loose.feasible) return;
          const limit = cheapest
            ? { maxWeeks: Math.round(loose.totalWeeks * share) }
            : { maxCost: Math.round(loose.totalCost * share) };
          const { plan: p } = plan(c, { objective: cheapest ? 'cheapest' : 'fastest', ...limit });
          const grid = await highsHours(c.catalog, { ...c, ...limit }, cheapest ? 'cost' : 'weeks');
          const exact = gridExact(c.catalog, c.weeklyHours);
          if (!p.feasible) {
            if (p.optimal && exact) expect(grid).toBeUndefined();
            return;
          }
          if (exact) expect(grid).toBeDefined();
          if (grid === undefined) return;
          const value = cheapest ? p.totalCost : p.totalWeeks;
          if (p.optimal) {
            expect(value).toBeLessThanOrEqual(grid.value + TOL);
            if (exact) expect(value).toBeCloseTo(grid.value, 6);
          } else expect(p.bound!).toBeLessThanOrEqual(grid.value + TOL);
        },
      ),
      { numRuns: 60 },
    );
  }, 600_000);

  it('proves the optimum where only the prerequisites-before-each-credential bound reaches it', async () => {
    // x1, x2 (50 h each) before a (10 weeks) before goal: at 10 h a week x1 and x2 take 10 weeks one
    // after the other, so goal ends at 21; the critical path (16) and all the effort over H (12) fall
    // short. Fixed pace (the grid is exact there) and self-paced (the grid is an upper bound).
    for (const pace of ['fixed', 'self'] as const) {
      const credential = (id: string, weeks: number, effortHours: number, requires?: string[]) => ({
        id,
        name: id,
        kind: 'course' as const,
        provider: 'p',
        cost: 1,
        durationWeeks: weeks,
        effortHours,
        pace,
        ...(requires === undefined ? {} : { requires: { all: requires } }),
      });
      const catalog = {
        format: 'pathwise.catalog/v2',
        currency: 'USD',
        providers: [{ id: 'p', name: 'P', kind: 'college' }],
        credentials: [
          credential('x1', 5, 50),
          credential('x2', 5, 50),
          credential('a', 10, 10, ['x1', 'x2']),
          credential('goal', 1, 0, ['a']),
        ],
      } as unknown as Catalog;
      const c: HoursCase = {
        catalog,
        target: 'goal',
        have: [],
        asOf: '2026-06-01',
        weeklyHours: 10,
      };
      const { plan: p } = plan(c, { objective: 'fastest' });
      const grid = await highsHours(catalog, { ...c, weeklyHours: 10 }, 'weeks');
      expect(grid?.weeks).toBe(21);
      expect([p.optimal, p.totalWeeks]).toEqual([true, 21]);
    }
  }, 120_000);
});

// Cheapest by a deadline under weekly hours where a bundle of courses is the cheap way and another
// credential the quick one (hours/stretched-deadline.ts's exclusion of what cannot fit the hours
// before the target starts), against the time-indexed HiGHS programme (support/highs-hours.ts), which
// shares no code with the engine. Every course is `fixed` (so the programme's grid is exact): every
// plan is valid (both checkers); a plan marked optimal costs the programme's optimum; a bound is
// never above it; a proven infeasibility is one the programme agrees with. The proven rate is
// reported. 150 cases per run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexCatalog, parseCatalog, type Catalog, type Holding } from '@pathwise/core';
import { createPlanner, validatePlan } from '../index.js';
import { planViolations } from './support/check-plan.js';
import { highsHours } from './support/highs-hours.js';

const asOf = '2026-06-01';

interface BundleCase {
  catalog: Catalog;
  weeklyHours: number;
  maxWeeks: number;
}

function bundleCase(): fc.Arbitrary<BundleCase> {
  const step = fc.record({
    cost: fc.integer({ min: 5, max: 60 }),
    weeks: fc.integer({ min: 1, max: 3 }),
    load: fc.integer({ min: 1, max: 8 }),
  });
  return fc
    .record({
      courses: fc.array(step, { minLength: 2, maxLength: 4 }),
      alt: step.map((s) => ({ ...s, cost: s.cost * 5 })),
      target: step,
      weeklyHours: fc.integer({ min: 4, max: 10 }),
      deadline: fc.integer({ min: 1, max: 14 }),
    })
    .map((r) => {
      const H = r.weeklyHours;
      const credential = (id: string, s: { cost: number; weeks: number; load: number }) => ({
        id,
        name: id,
        kind: 'course' as const,
        provider: 'p0',
        cost: s.cost,
        durationWeeks: s.weeks,
        effortHours: Math.min(s.load, H) * s.weeks,
        pace: 'fixed' as const,
      });
      const ids = r.courses.map((_, i) => `c${i}`);
      const catalog = parseCatalog({
        format: 'pathwise.catalog/v2',
        providers: [{ id: 'p0', name: 'Provider 0' }],
        credentials: [
          ...r.courses.map((s, i) => credential(ids[i]!, s)),
          {
            id: 'bundle',
            name: 'bundle',
            kind: 'certificate',
            provider: 'p0',
            cost: 0,
            durationWeeks: 0,
            requires: { all: ids },
          },
          credential('alt', r.alt),
          { ...credential('t', r.target), requires: { any: ['bundle', 'alt'] } },
        ],
      });
      return { catalog, weeklyHours: H, maxWeeks: r.deadline };
    });
}

describe('cheapest by a deadline under weekly hours, a bundle of courses or a quick way', () => {
  it('is valid, and exact by the HiGHS programme where it says so', async () => {
    let proven = 0;
    let plans = 0;
    await fc.assert(
      fc.asyncProperty(bundleCase(), async ({ catalog, weeklyHours, maxWeeks }) => {
        const query = {
          target: 't',
          have: [] as Holding[],
          asOf,
          weeklyHours,
          maxWeeks,
          objective: 'cheapest' as const,
        };
        const p = createPlanner(catalog).plan(query);
        expect(validatePlan(indexCatalog(catalog), query, p)).toEqual([]);
        const grid = await highsHours(catalog, query, 'cost');
        plans++;
        proven += +p.optimal;
        if (!p.feasible) {
          if (p.optimal) expect(grid).toBeUndefined();
          return;
        }
        expect(planViolations(catalog, query, p)).toEqual([]);
        expect(grid).toBeDefined();
        if (p.optimal) expect(p.totalCost).toBeCloseTo(grid!.value, 6);
        else expect(p.bound!).toBeLessThanOrEqual(grid!.value + 1e-6);
      }),
      { numRuns: 150 },
    );
    // Reported, not asserted: `optimal` is claimed only when proven.
    console.info(`bundle or quick way by a deadline: ${proven} of ${plans} plans proven`);
  }, 600_000);
});

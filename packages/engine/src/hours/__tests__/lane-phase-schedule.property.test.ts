// The schedules set-schedules.ts runs beside the list portfolio, the lane phase schedules
// (lane-phase-schedule.ts) and the `latest` list schedules (hours-schedule.ts), are valid plan-v2
// schedules of the set they are given. On 500 random small v2 catalogs with hours (hours-case.ts: both
// paces, term start days, a budget), the sets of the cheapest and fastest plans found without the
// budget are scheduled under both layerings and both placements; each schedule given is put through
// the independent checker (check-plan.ts) as a plan. The checker
// covers requirements met at each start, fixed steps' weeks, self-paced steps' fewest weeks,
// hoursPerWeek × weeks = effortHours, start days and the budget at every moment. A crafted case shows
// what the lanes are for: a fixed course's hours beside it, and after it, go to self-paced work.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalog, type Catalog, type Holding } from '@pathwise/core';
import { createPlanner } from '../../index.js';
import { withHoursAndDates } from '../../plan/plan-hours.js';
import type { Plan } from '../../plan-types.js';
import { lanePhaseSchedule } from '../lane-phase-schedule.js';
import { hoursSchedule } from '../hours-schedule.js';
import { previousStartWeek } from '../start-weeks.js';
import {
  LAYERINGS,
  PLACEMENT_RULES,
  type Layering,
  type PlacementRule,
} from '../schedule-rules.js';
import { planViolations } from '../../__tests__/support/check-plan.js';
import { course } from '../../__tests__/support/course.js';
import { hoursCase } from '../../__tests__/support/hours-case.js';
import { hoursFixture } from '../../__tests__/support/hours-fixture.js';

const ASOF = '2026-01-05';

/** How a set is scheduled: a lane phase layering, or the `latest` rule under a placement. */
type Scheduler = Layering | PlacementRule;

/** Schedules `ids` (target included); the plan it makes, or undefined. */
function lanePlan(
  catalog: Catalog,
  q: { target: string; have: readonly Holding[]; asOf: string },
  weeklyHours: number,
  ids: readonly string[],
  scheduler: Scheduler,
): Plan | undefined {
  const { ws, order, model, ints } = hoursFixture(catalog, q, weeklyHours);
  const set = ints(ids);
  // A fixed step heavier than H is never offered to a scheduler (plan-with-hours.ts bans it).
  if (!set.every((c) => model.usable(c))) return undefined;
  const s =
    scheduler === 'asap' || scheduler === 'alap'
      ? lanePhaseSchedule(ws, order, set, model, scheduler)
      : hoursSchedule(ws, order, set, model, 'latest', scheduler);
  if (s === undefined || s.totalWeeks === Infinity) return undefined;
  const effort = new Map(catalog.credentials.map((c) => [c.id, c.effortHours ?? 0]));
  const dated = withHoursAndDates(s.steps, (id) => effort.get(id)!, q.asOf);
  return {
    feasible: true,
    optimal: false,
    objective: 'fastest',
    target: q.target,
    totalCost: s.totalCost,
    totalWeeks: s.totalWeeks,
    steps: dated.steps,
    peakWeeklyHours: dated.peakWeeklyHours,
  };
}

describe('the lane phase schedule under weekly hours and start days', () => {
  it('is valid under plan-v2 for every set, layering and placement (500 cases)', () => {
    let scheduled = 0;
    fc.assert(
      fc.property(hoursCase(4, 10), (c) => {
        const weeklyHours = c.weeklyHours ?? 8;
        const planner = createPlanner(parseCatalog(c.catalog));
        for (const objective of ['cheapest', 'fastest'] as const) {
          const base = planner.plan({ target: c.target, have: c.have, asOf: c.asOf, objective });
          if (!base.feasible || base.steps.length === 0) continue;
          const ids = base.steps.map((s) => s.credential);
          for (const scheduler of [...LAYERINGS, ...PLACEMENT_RULES]) {
            const plan = lanePlan(c.catalog, c, weeklyHours, ids, scheduler);
            if (plan === undefined) continue;
            scheduled++;
            const query = { ...c, objective: 'fastest' as const, weeklyHours, startDate: c.asOf };
            expect(planViolations(c.catalog, query, plan)).toEqual([]);
          }
        }
      }),
      { numRuns: 500 },
    );
    // Most sets are scheduled (a set fails only with a fixed step heavier than H or no term left).
    expect(scheduled).toBeGreaterThan(1000);
  });

  it("gives a fixed course's spare hours to self-paced work, beside it and after it", () => {
    // H = 10. F is fixed: 10 weeks at 4 hours a week. A (72 h) and B (8 h) are self-paced, each at
    // least a week. Side by side with F, A runs at 6 for 12 weeks; B follows F in its lane at 4
    // for 2 weeks. Every hour of the 12 weeks is used: 120 hours of effort at 10 a week.
    const catalog = {
      format: 'pathwise.catalog/v2',
      currency: 'USD',
      credentials: [
        course('F', 0, 10, { effortHours: 40, pace: 'fixed' }),
        course('A', 0, 1, { effortHours: 72 }),
        course('B', 0, 1, { effortHours: 8 }),
        course('T', 0, 0, { requires: { all: ['F', 'A', 'B'] } }),
      ],
    } as Catalog;
    const q = { target: 'T', have: [], asOf: ASOF };
    for (const layering of LAYERINGS) {
      const plan = lanePlan(catalog, q, 10, ['F', 'A', 'B', 'T'], layering)!;
      const step = (id: string) => plan.steps.find((s) => s.credential === id)!;
      expect(plan.totalWeeks).toBeCloseTo(12, 9);
      expect([step('F').startWeek, step('F').endWeek]).toEqual([0, 10]);
      expect(step('A').hoursPerWeek).toBeCloseTo(6, 9);
      expect([step('B').startWeek, step('B').hoursPerWeek]).toEqual([10, 4]);
      const query = { ...q, objective: 'fastest' as const, weeklyHours: 10, startDate: ASOF };
      expect(planViolations(catalog, query, plan)).toEqual([]);
    }
  });

  it('finds the last start day by a week, up to the tolerance', () => {
    const weeks = Float64Array.of(2, 5.5, 9);
    expect(previousStartWeek(weeks, 1.9)).toBe(-Infinity);
    expect(previousStartWeek(weeks, 2)).toBe(2);
    expect(previousStartWeek(weeks, 5.5 - 1e-12)).toBe(5.5);
    expect(previousStartWeek(weeks, 8.99)).toBe(5.5);
    expect(previousStartWeek(weeks, 100)).toBe(9);
  });
});

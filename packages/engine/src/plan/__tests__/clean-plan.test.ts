// cleanPlan takes floating-point noise out of what a plan shows, and the cleaned plan stays valid:
// where a step's 7 × week lies a hair from a half day, the cleaned week falls on the other side of it,
// and the step's date (startDate + round(7 × week) days) moves with the week it is shown with.
import { describe, expect, it } from 'vitest';
import { createPlanner } from '../create-planner.js';
import { cleanPlan } from '../clean-plan.js';
import { validatePlan } from '../../validate/validate-plan.js';
import { makeCatalog } from '../../compile/__tests__/make-catalog.js';
import type { PlanQuery } from '../../plan-types.js';

describe('cleanPlan', () => {
  it('moves a date with its cleaned week where that crosses a half day, so the plan stays valid', () => {
    // 9/14 weeks is 4.5 days: 7 × 0.6428571428571429 is 4.5000000000000003, and round() says 5.
    const weeks = 9 / 14;
    const catalog = makeCatalog(['a', 1, weeks, undefined, { effortHours: 1 }], ['t', 0, 0, 'a']);
    const planner = createPlanner(catalog);
    const query: PlanQuery = { target: 't', have: [], asOf: '2026-01-01' };
    const raw = planner.plan(query);
    expect(raw.steps.find((s) => s.credential === 'a')!.endDate).toBe('2026-01-06');
    const cleaned = cleanPlan(raw);
    const step = cleaned.steps.find((s) => s.credential === 'a')!;
    expect(step.endWeek).toBe(0.642857142857);
    expect(step.endDate).toBe('2026-01-05');
    expect(validatePlan(planner.index, query, raw)).toEqual([]);
    expect(validatePlan(planner.index, query, cleaned)).toEqual([]);
  });

  it('still rounds noise away where the date does not move', () => {
    const catalog = makeCatalog(['a', 0.1 + 0.2, 1], ['t', 0, 0, 'a']);
    const planner = createPlanner(catalog);
    const query: PlanQuery = { target: 't', have: [], asOf: '2026-01-01' };
    expect(cleanPlan(planner.plan(query)).totalCost).toBe(0.3);
  });
});

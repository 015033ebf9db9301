// cleanPlan takes floating-point noise out of what a plan shows, and the cleaned plan stays valid:
// a step week whose 7 × week lies a hair above a half day keeps its precision, because its date is
// startDate + round(7 × week) days and the rounded week would give the day before.
import { describe, expect, it } from 'vitest';
import { createPlanner } from '../create-planner.js';
import { cleanPlan } from '../clean-plan.js';
import { validatePlan } from '../../validate/validate-plan.js';
import { makeCatalog } from '../../compile/__tests__/make-catalog.js';
import type { PlanQuery } from '../../plan-types.js';

describe('cleanPlan', () => {
  it('keeps a half-day week whole, so its date is still the one validatePlan computes', () => {
    // 9/14 weeks is 4.5 days: 7 × 0.6428571428571429 is 4.5000000000000003, and round() says 5.
    const weeks = 9 / 14;
    const catalog = makeCatalog(['a', 1, weeks, undefined, { effortHours: 1 }], ['t', 0, 0, 'a']);
    const planner = createPlanner(catalog);
    const query: PlanQuery = { target: 't', have: [], asOf: '2026-01-01' };
    const cleaned = cleanPlan(planner.plan(query));
    const step = cleaned.steps.find((s) => s.credential === 'a')!;
    expect(step.endWeek).toBe(weeks);
    expect(step.endDate).toBe('2026-01-06');
    expect(validatePlan(planner.index, query, cleaned)).toEqual([]);
  });

  it('still rounds noise away where the date does not move', () => {
    const catalog = makeCatalog(['a', 0.1 + 0.2, 1], ['t', 0, 0, 'a']);
    const planner = createPlanner(catalog);
    const query: PlanQuery = { target: 't', have: [], asOf: '2026-01-01' };
    expect(cleanPlan(planner.plan(query)).totalCost).toBe(0.3);
  });
});

// The list scheduler (hours-schedule.ts) given a fixed step heavier than H answers "no schedule"
// (totalWeeks Infinity) under every rule and placement. The planner bans such steps before any
// scheduler sees them (plan-with-hours.ts); before this guard a direct call threw or never returned.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { hoursSchedule } from '../hours-schedule.js';
import { PLACEMENT_RULES, PRIORITY_RULES, type PriorityRule } from '../schedule-rules.js';
import { course } from '../../__tests__/support/course.js';
import { hoursFixture } from '../../__tests__/support/hours-fixture.js';

const catalog = {
  format: 'pathwise.catalog/v2',
  currency: 'USD',
  credentials: [
    // 20 hours over 2 fixed weeks: 10 a week, over the budget of 4.
    course('F', 0, 2, { effortHours: 20, pace: 'fixed' }),
    course('S', 0, 1, { effortHours: 6 }),
    course('T', 0, 0, { requires: { all: ['F', 'S'] } }),
  ],
} as Catalog;

describe('the list scheduler and a fixed step heavier than H', () => {
  it('answers no schedule under every rule and placement', () => {
    const q = { target: 'T', have: [], asOf: '2026-01-05' };
    const { ws, order, model, ints } = hoursFixture(catalog, q, 4);
    const [heavy] = ints(['F']);
    expect(model.usable(heavy!)).toBe(false);
    const set = ints(['F', 'S', 'T']);
    const rules: PriorityRule[] = [...PRIORITY_RULES, 'latest'];
    for (const rule of rules)
      for (const placement of PLACEMENT_RULES)
        expect(hoursSchedule(ws, order, set, model, rule, placement).totalWeeks).toBe(Infinity);
  });
});

// The list scheduler (hours-schedule.ts) given a fixed step heavier than H answers "no schedule"
// (totalWeeks Infinity) under every rule and placement. The planner bans such steps before any
// scheduler sees them (plan-with-hours.ts); before this guard a direct call threw or never returned.
import { describe, expect, it } from 'vitest';
import { parseCatalog, type Catalog } from '@pathwise/core';
import { compileIndex } from '../../compile/compact-index.js';
import { Workspace } from '../../compile/workspace.js';
import { HoursModel, hoursTablesOf } from '../hours-model.js';
import { hoursSchedule } from '../hours-schedule.js';
import { PLACEMENT_RULES, PRIORITY_RULES, type PriorityRule } from '../schedule-rules.js';

const catalog: Catalog = {
  format: 'pathwise.catalog/v2',
  currency: 'USD',
  providers: [{ id: 'p', name: 'P', kind: 'university' }],
  credentials: [
    // 20 hours over 2 fixed weeks: 10 a week, over the budget of 4.
    {
      id: 'F',
      name: 'F',
      kind: 'course',
      provider: 'p',
      cost: 0,
      durationWeeks: 2,
      effortHours: 20,
      pace: 'fixed',
    },
    {
      id: 'S',
      name: 'S',
      kind: 'course',
      provider: 'p',
      cost: 0,
      durationWeeks: 1,
      effortHours: 6,
    },
    {
      id: 'T',
      name: 'T',
      kind: 'certification',
      provider: 'p',
      cost: 0,
      durationWeeks: 0,
      requires: { all: ['F', 'S'] },
    },
  ],
} as Catalog;

describe('the list scheduler and a fixed step heavier than H', () => {
  it('answers no schedule under every rule and placement', () => {
    const index = compileIndex(parseCatalog(catalog));
    const model = new HoursModel(index, hoursTablesOf(index), 4, '2026-01-05');
    const ws = new Workspace(index);
    ws.setHeld([]);
    const target = index.idOf.get('T')!;
    const order = ws.cone(target);
    const set = ['F', 'S', 'T'].map((id) => index.idOf.get(id)!);
    expect(model.usable(index.idOf.get('F')!)).toBe(false);
    const rules: PriorityRule[] = [...PRIORITY_RULES, 'latest'];
    for (const rule of rules)
      for (const placement of PLACEMENT_RULES)
        expect(hoursSchedule(ws, order, set, model, rule, placement).totalWeeks).toBe(Infinity);
  });
});

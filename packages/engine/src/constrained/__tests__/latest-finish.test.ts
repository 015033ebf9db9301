// The latest week any plan can end at (latest-finish.ts), and the two ways planConstrained answers
// cheapest by a deadline on either side of it: at or past it the unconstrained search, below it the
// deadline search.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { createPlanner } from '../../index.js';
import { compileIndex } from '../../compile/compact-index.js';
import { Workspace } from '../../compile/workspace.js';
import { latestFinish } from '../latest-finish.js';

// t needs b (5 weeks, after a: 3 weeks) or c (1 week): the cheap route is the slow one.
const catalog: Catalog = {
  format: 'pathwise.catalog/v1',
  credentials: [
    { id: 'a', name: 'A', kind: 'course', cost: 1, durationWeeks: 3 },
    { id: 'b', name: 'B', kind: 'course', cost: 1, durationWeeks: 5, requires: 'a' },
    { id: 'c', name: 'C', kind: 'course', cost: 5, durationWeeks: 1 },
    {
      id: 't',
      name: 'T',
      kind: 'course',
      cost: 1,
      durationWeeks: 2,
      requires: { any: ['b', 'c'] },
    },
  ],
};

describe('latestFinish', () => {
  it('is the longest path of durations through the cone, held credentials at week 0', () => {
    const ws = new Workspace(compileIndex(catalog));
    ws.setHeld([]);
    expect(latestFinish(ws, ws.cone(3))).toBe(10);
    ws.setHeld([0]);
    expect(latestFinish(ws, ws.cone(3))).toBe(7);
    ws.setHeld([1]);
    expect(latestFinish(ws, ws.cone(3))).toBe(3);
  });

  it('cheapest by a deadline is exact on both sides of it', () => {
    const planner = createPlanner(catalog);
    const q = { target: 't', asOf: '2026-01-01' };
    const at = planner.plan({ ...q, maxWeeks: 10 });
    expect([at.optimal, at.totalCost, at.totalWeeks]).toEqual([true, 3, 10]);
    const below = planner.plan({ ...q, maxWeeks: 9.5 });
    expect([below.optimal, below.totalCost, below.totalWeeks]).toEqual([true, 6, 3]);
    const held = planner.plan({ ...q, have: [{ id: 'a' }], maxWeeks: 7 });
    expect([held.optimal, held.totalCost, held.totalWeeks]).toEqual([true, 2, 7]);
  });
});

// The constrained planner on shapes the random catalogs do not reach: long chains (no recursion as
// deep as the cone), the reason walk down a chain, the possible finish weeks, and the time budget.
import { describe, expect, it } from 'vitest';
import type { Catalog, Credential } from '@pathwise/core';
import { createPlanner } from '../../index.js';
import { compileIndex } from '../../compile/compact-index.js';
import { Workspace } from '../../compile/workspace.js';
import { finishWeeks } from '../finish-weeks.js';

function chain(length: number, fork?: number): Catalog {
  const credentials: Credential[] = [
    { id: 'other', name: 'Other', kind: 'course', cost: 1, durationWeeks: 1 },
  ];
  for (let i = 0; i < length; i++) {
    const c: Credential = { id: `k${i}`, name: `K${i}`, kind: 'course', cost: 1, durationWeeks: 1 };
    if (i > 0) c.requires = i === fork ? { any: [`k${i - 1}`, 'k0'] } : `k${i - 1}`;
    credentials.push(c);
  }
  return { format: 'pathwise.catalog/v1', credentials };
}

describe('planConstrained', () => {
  it('plans a 30,000-credential chain under a deadline and an exclusion', () => {
    const planner = createPlanner(chain(30000));
    const q = { target: 'k29999', asOf: '2026-01-01', exclude: ['other'] };
    const plan = planner.plan({ ...q, maxWeeks: 30000 });
    expect([plan.feasible, plan.optimal, plan.totalCost, plan.totalWeeks]).toEqual([
      true,
      true,
      30000,
      30000,
    ]);
    expect(planner.plan({ ...q, maxWeeks: 29999 }).feasible).toBe(false);
    expect(planner.plan({ ...q, objective: 'fastest', maxCost: 30000 }).totalWeeks).toBe(30000);
  });

  it('names the excluded credential at the bottom of a long chain', () => {
    const planner = createPlanner(chain(30000, 50));
    const plan = planner.plan({ target: 'k29999', asOf: '2026-01-01', exclude: ['k0'] });
    expect(plan.feasible).toBe(false);
    expect(plan.reason).toContain('"k50" needs "any" of ["k49", "k0"]');
    expect(plan.reason).toContain('"k1" needs "k0", which is excluded');
  });

  it('lists the possible finish weeks of a target', () => {
    const catalog: Catalog = {
      format: 'pathwise.catalog/v1',
      credentials: [
        { id: 'a', name: 'A', kind: 'course', cost: 1, durationWeeks: 3 },
        { id: 'b', name: 'B', kind: 'course', cost: 1, durationWeeks: 5, requires: 'a' },
        {
          id: 't',
          name: 'T',
          kind: 'course',
          cost: 1,
          durationWeeks: 1,
          requires: { any: ['a', 'b'] },
        },
      ],
    };
    const ws = new Workspace(compileIndex(catalog));
    ws.setHeld([]);
    const order = ws.cone(2);
    const none = new Uint8Array(order.length);
    const earliest = new Float64Array([3, 8, 4]); // a, b, t (post-order)
    expect(Array.from(order)).toEqual([0, 1, 2]);
    expect(finishWeeks(ws, order, none, earliest, Infinity)).toEqual([4, 9]);
    expect(finishWeeks(ws, order, none, earliest, 6)).toEqual([4]);
    // With b excluded only a's route is left.
    expect(finishWeeks(ws, order, new Uint8Array([0, 1, 0]), earliest, Infinity)).toEqual([4]);
  });

  it('past the time budget returns a valid plan with optimal: false and a lower bound', () => {
    // Shared prerequisites: the first node cannot prove the optimum; the clock jumps 1 s a reading.
    const credentials: Credential[] = [];
    for (let i = 0; i < 6; i++)
      credentials.push({
        id: `s${i}`,
        name: `S${i}`,
        kind: 'course',
        cost: 40 + i,
        durationWeeks: 2,
      });
    for (let i = 0; i < 6; i++)
      credentials.push({
        id: `m${i}`,
        name: `M${i}`,
        kind: 'course',
        cost: 5,
        durationWeeks: 1,
        requires: { atLeast: 2, of: [`s${i}`, `s${(i + 1) % 6}`, `s${(i + 3) % 6}`] },
      });
    credentials.push({
      id: 't',
      name: 'T',
      kind: 'course',
      cost: 1,
      durationWeeks: 1,
      requires: { all: credentials.slice(6).map((c) => c.id) },
    });
    const catalog: Catalog = { format: 'pathwise.catalog/v1', credentials };
    const q = { target: 't', asOf: '2026-01-01', exclude: ['s5'], timeBudgetMs: 10 };
    // A clock that stands still: the exact search never runs out of time, however loaded the machine.
    const exact = createPlanner(catalog, { clock: () => 0 }).plan(q);
    let t = 0;
    const rushed = createPlanner(catalog, { clock: () => (t += 1000) }).plan(q);
    expect(exact.optimal).toBe(true);
    expect(rushed.feasible).toBe(true);
    if (!rushed.optimal) {
      expect(rushed.bound).toBeLessThanOrEqual(exact.totalCost);
      expect(rushed.totalCost).toBeGreaterThanOrEqual(exact.totalCost);
    } else expect(rushed.totalCost).toBe(exact.totalCost);
  });
});

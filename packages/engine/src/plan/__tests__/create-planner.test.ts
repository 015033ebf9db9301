// createPlanner end to end on hand-made catalogs: errors, held and lapsed holdings, default asOf,
// the requirement forms, and the schedule each plan carries.
import { describe, expect, it } from 'vitest';
import { InvalidInputError, UnknownCredentialError, type PathwiseError } from '@pathwise/core';
import { createPlanner } from '../create-planner.js';
import { validatePlan } from '../../validate/validate-plan.js';
import { makeCatalog } from '../../compile/__tests__/make-catalog.js';
import type { PlanQuery } from '../../plan-types.js';

const asOf = '2026-06-01';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return (e as PathwiseError).code;
  }
  return undefined;
}

describe('query errors', () => {
  const planner = createPlanner(makeCatalog(['a', 1, 1], ['b', 1, 1, 'a']));
  it('refuses an unknown target or holding with UNKNOWN_CREDENTIAL', () => {
    expect(() => planner.plan({ target: 'zz', asOf })).toThrow(UnknownCredentialError);
    expect(codeOf(() => planner.plan({ target: 'b', have: [{ id: 'zz' }], asOf }))).toBe(
      'UNKNOWN_CREDENTIAL',
    );
  });
  it('refuses a bad objective, date or budget with INVALID_INPUT', () => {
    const bad: PlanQuery[] = [
      { target: 'b', asOf, objective: 'slowest' as never },
      { target: 'b', asOf: '2026-02-30' },
      { target: 'b', asOf, have: [{ id: 'a', earnedOn: 'yesterday' }] },
      { target: 'b', asOf, timeBudgetMs: -1 },
      { target: 'b', asOf, timeBudgetMs: Number.NaN },
    ];
    for (const q of bad) {
      expect(() => planner.plan(q)).toThrow(InvalidInputError);
      expect(codeOf(() => planner.plan(q))).toBe('INVALID_INPUT');
    }
  });
});

describe('holdings', () => {
  const catalog = makeCatalog(
    ['base', 100, 4, undefined, { validityMonths: 24 }],
    ['top', 150, 10, 'base'],
  );
  const planner = createPlanner(catalog);
  it('returns an empty, optimal plan when the target is held', () => {
    for (const objective of ['cheapest', 'fastest'] as const) {
      const plan = planner.plan({ target: 'top', have: [{ id: 'top' }], asOf, objective });
      expect(plan).toMatchObject({
        feasible: true,
        optimal: true,
        totalCost: 0,
        totalWeeks: 0,
        steps: [],
      });
    }
  });
  it('re-earns a lapsed holding and lists it in lapsed', () => {
    const query = { target: 'top', have: [{ id: 'base', earnedOn: '2024-05-31' }], asOf };
    const plan = planner.plan(query);
    expect(plan.steps.map((s) => s.credential)).toEqual(['base', 'top']);
    expect(plan.totalCost).toBe(250);
    expect(plan.totalWeeks).toBe(14);
    expect(plan.lapsed).toEqual([{ id: 'base', earnedOn: '2024-05-31', validUntil: '2026-05-31' }]);
    expect(validatePlan(planner.index, query, plan)).toEqual([]);
  });
  it('counts a holding on the last valid day', () => {
    const plan = planner.plan({
      target: 'top',
      have: [{ id: 'base', earnedOn: '2024-06-01' }],
      asOf,
    });
    expect(plan.steps.map((s) => s.credential)).toEqual(['top']);
    expect(plan.lapsed).toEqual([]);
  });
  it('judges lapse as of the planner clock when asOf is absent', () => {
    const late = createPlanner(catalog, { today: () => '2027-01-01' });
    const early = createPlanner(catalog, { today: () => '2025-01-01' });
    const have = [{ id: 'base', earnedOn: '2024-06-01' }];
    expect(late.plan({ target: 'top', have }).totalCost).toBe(250);
    expect(early.plan({ target: 'top', have }).totalCost).toBe(150);
  });
});

describe('requirement forms and schedules', () => {
  it('any: cheapest takes the cheap slow branch, fastest the fast dear one', () => {
    const planner = createPlanner(
      makeCatalog(['slow', 10, 8], ['fast', 90, 1], ['t', 5, 1, { any: ['slow', 'fast'] }]),
    );
    const cheap = planner.plan({ target: 't', asOf });
    expect([cheap.totalCost, cheap.totalWeeks]).toEqual([15, 9]);
    const fast = planner.plan({ target: 't', asOf, objective: 'fastest' });
    expect([fast.totalCost, fast.totalWeeks]).toEqual([95, 2]);
  });
  it('atLeast k: the k cheapest, and in fastest the k-th earliest sets the start', () => {
    const planner = createPlanner(
      makeCatalog(
        ['a', 10, 5],
        ['b', 20, 1],
        ['c', 30, 2],
        ['t', 0, 1, { atLeast: 2, of: ['a', 'b', 'c'] }],
      ),
    );
    const cheap = planner.plan({ target: 't', asOf });
    expect(cheap.steps.map((s) => s.credential).sort()).toEqual(['a', 'b', 't']);
    expect(cheap.totalWeeks).toBe(6);
    const fast = planner.plan({ target: 't', asOf, objective: 'fastest' });
    expect(fast.totalWeeks).toBe(3);
    expect(fast.steps.map((s) => s.credential).sort()).toEqual(['b', 'c', 't']);
  });
  it('credits n: starts when enough credit has ended, not when the last module ends', () => {
    const planner = createPlanner(
      makeCatalog(
        ['m1', 10, 2, undefined, { credits: 3 }],
        ['m2', 10, 6, undefined, { credits: 3 }],
        ['m3', 10, 9, undefined, { credits: 1 }],
        ['t', 1, 1, { credits: 6, of: ['m1', 'm2', 'm3'] }],
      ),
    );
    const query = { target: 't', asOf, objective: 'fastest' as const };
    const plan = planner.plan(query);
    expect(plan.totalWeeks).toBe(7);
    expect(plan.steps.find((s) => s.credential === 't')!.startWeek).toBe(6);
    expect(plan.steps.map((s) => s.credential)).not.toContain('m3');
    expect(validatePlan(planner.index, query, plan)).toEqual([]);
  });
  it('starts every step as early as its requirement allows, in parallel, ordered by start', () => {
    const planner = createPlanner(
      makeCatalog(['x', 1, 3], ['y', 1, 5], ['z', 1, 2, 'x'], ['t', 1, 1, { all: ['y', 'z'] }]),
    );
    const query = { target: 't', asOf };
    const plan = planner.plan(query);
    const at = Object.fromEntries(plan.steps.map((s) => [s.credential, [s.startWeek, s.endWeek]]));
    expect(at).toEqual({ x: [0, 3], y: [0, 5], z: [3, 5], t: [5, 6] });
    expect(plan.steps.map((s) => s.startWeek)).toEqual([0, 0, 3, 5]);
    expect(plan.steps.find((s) => s.credential === 'x')!.satisfies).toEqual(['z']);
    expect(plan.steps.find((s) => s.credential === 't')!.satisfies).toEqual([]);
    expect(validatePlan(planner.index, query, plan)).toEqual([]);
  });
  it('lists zero-week prerequisites before what they enable at the same week', () => {
    const planner = createPlanner(makeCatalog(['z9', 0, 0], ['a1', 0, 0, 'z9'], ['t', 1, 0, 'a1']));
    const plan = planner.plan({ target: 't', asOf });
    expect(plan.steps.map((s) => s.credential)).toEqual(['z9', 'a1', 't']);
  });
  it('counts a shared prerequisite once (shared-prerequisite shape: 110, not 120)', () => {
    const planner = createPlanner(
      makeCatalog(
        ['found', 50, 4],
        ['s1', 30, 2, 'found'],
        ['s2', 60, 6],
        ['v1', 30, 2, 'found'],
        ['v2', 60, 5],
        ['t', 0, 1, { all: [{ any: ['s1', 's2'] }, { any: ['v1', 'v2'] }] }],
      ),
    );
    const plan = planner.plan({ target: 't', asOf });
    expect(plan.totalCost).toBe(110);
    expect(plan.optimal).toBe(true);
    expect(plan.steps.find((s) => s.credential === 'found')!.satisfies).toEqual(['s1', 'v1']);
    const fast = planner.plan({ target: 't', asOf, objective: 'fastest' });
    expect(fast.totalWeeks).toBe(7);
  });
  it('breaks fastest ties toward the cheaper plan', () => {
    const planner = createPlanner(
      makeCatalog(['dear', 100, 3], ['cheap', 10, 3], ['t', 1, 1, { any: ['dear', 'cheap'] }]),
    );
    const plan = planner.plan({ target: 't', asOf, objective: 'fastest' });
    expect(plan.totalWeeks).toBe(4);
    expect(plan.totalCost).toBe(11);
  });
  it('gives the same answers from one planner as from fresh ones (scratch reuse)', () => {
    const catalog = makeCatalog(['a', 5, 1], ['b', 7, 2, 'a'], ['c', 9, 1, { any: ['a', 'b'] }]);
    const shared = createPlanner(catalog);
    const queries: PlanQuery[] = [
      { target: 'c', asOf },
      { target: 'b', asOf, have: [{ id: 'a' }] },
      { target: 'c', asOf, objective: 'fastest', have: [{ id: 'b' }] },
      { target: 'a', asOf },
    ];
    for (const q of [...queries, ...queries])
      expect(shared.plan(q)).toEqual(createPlanner(catalog).plan(q));
  });
});

// The independent oracles and the plan checker of ./support, tested on hand cases and against each
// other on random catalogs, without the engine: so a disagreement with the planner is the planner's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog, Credential } from '@pathwise/core';
import type { Plan } from '../plan-types.js';
import { planViolations } from './support/check-plan.js';
import { fastestWeeks } from './support/fastest-recursion.js';
import { greedyCheapest } from './support/greedy-plan.js';
import { highsCheapest } from './support/highs-oracle.js';
import { planFromSet } from './support/plan-from-set.js';
import { randomCase, prng } from '@pathwise/test-support';
import { sampleFeasiblePlan } from './support/random-plan.js';

const cred = (
  id: string,
  cost: number,
  durationWeeks: number,
  extra: Partial<Credential> = {},
): Credential => ({
  id,
  name: id,
  kind: 'course',
  cost,
  durationWeeks,
  ...extra,
});
const catalogOf = (...credentials: Credential[]): Catalog => ({
  format: 'pathwise.catalog/v1',
  credentials,
});
const asOf = '2026-06-01';

// Two branches share a prerequisite: paid once. Per-branch costing would pick the "cheaper" b2.
const shared = catalogOf(
  cred('s', 100, 4),
  cred('a', 10, 1, { requires: 's' }),
  cred('b1', 10, 1, { requires: 's' }),
  cred('b2', 60, 1),
  cred('t', 5, 2, { requires: { all: ['a', { any: ['b1', 'b2'] }] } }),
);
// Credits: 6 needed; cheapest mix is a+b+d (100+120+20), not the best rate first.
const credits = catalogOf(
  cred('m-a', 100, 3, { credits: 2 }),
  cred('m-b', 120, 4, { credits: 3 }),
  cred('m-c', 200, 2, { credits: 4 }),
  cred('m-d', 20, 1, { credits: 1 }),
  cred('diploma', 50, 1, { requires: { credits: 6, of: ['m-a', 'm-b', 'm-c', 'm-d'] } }),
);

describe('HiGHS cheapest oracle', () => {
  it('pays a shared prerequisite once', async () => {
    const optimum = await highsCheapest(shared, { target: 't', have: [], asOf });
    expect(optimum.totalCost).toBe(125);
    expect([...optimum.earn].sort()).toEqual(['a', 'b1', 's', 't']);
  });
  it('solves the credits knapsack exactly', async () => {
    expect((await highsCheapest(credits, { target: 'diploma', have: [], asOf })).totalCost).toBe(
      290,
    );
  });
  it('treats held credentials as free and lapsed ones as not held', async () => {
    const lapsing = catalogOf(
      cred('s', 100, 4, { validityMonths: 12 }),
      cred('t', 5, 1, { requires: 's' }),
    );
    const fresh = await highsCheapest(lapsing, {
      target: 't',
      have: [{ id: 's', earnedOn: '2026-01-01' }],
      asOf,
    });
    const lapsed = await highsCheapest(lapsing, {
      target: 't',
      have: [{ id: 's', earnedOn: '2025-05-31' }],
      asOf,
    });
    expect([fresh.totalCost, lapsed.totalCost]).toEqual([5, 105]);
    expect(
      (await highsCheapest(lapsing, { target: 't', have: [{ id: 't' }], asOf })).totalCost,
    ).toBe(0);
  });
});

describe('fastest recursion', () => {
  it('takes max over all, min over any, k-th over atLeast, first week credits add up', () => {
    expect(fastestWeeks(shared, { target: 't', have: [], asOf })).toBe(7);
    expect(fastestWeeks(shared, { target: 't', have: [{ id: 's' }], asOf })).toBe(3);
    expect(fastestWeeks(credits, { target: 'diploma', have: [], asOf })).toBe(4);
    const k = catalogOf(
      cred('a', 0, 5),
      cred('b', 0, 2),
      cred('c', 0, 9),
      cred('t', 0, 1, {
        requires: { atLeast: 2, of: ['a', 'b', 'c'] },
      }),
    );
    expect(fastestWeeks(k, { target: 't', have: [], asOf })).toBe(6);
  });
});

describe('plan checker', () => {
  const good = planFromSet(
    shared,
    { target: 't', have: [], asOf, objective: 'cheapest' },
    new Set(['s', 'a', 'b1', 't']),
  );
  const query = { target: 't', have: [], asOf, objective: 'cheapest' as const };
  const broken = (change: (p: Plan) => void): string[] => {
    const copy = structuredClone(good);
    change(copy);
    return planViolations(shared, query, copy);
  };
  it('accepts a valid plan', () => {
    expect(planViolations(shared, query, good)).toEqual([]);
    expect(good.totalCost).toBe(125);
  });
  it('finds each kind of fault', () => {
    expect(broken((p) => (p.steps[0]!.cost = 1))).not.toEqual([]);
    expect(broken((p) => (p.steps[1]!.startWeek = 0))).not.toEqual([]);
    expect(broken((p) => (p.totalCost = 124))).not.toEqual([]);
    expect(broken((p) => (p.totalWeeks = 6))).not.toEqual([]);
    expect(broken((p) => p.steps.push({ ...p.steps[0]! }))).not.toEqual([]);
    expect(broken((p) => (p.steps = p.steps.filter((s) => s.credential !== 't')))).not.toEqual([]);
    expect(broken((p) => p.steps.reverse())).not.toEqual([]);
    expect(broken((p) => (p.steps[0]!.satisfies = ['b2']))).not.toEqual([]);
    expect(broken((p) => (p.objective = 'fastest'))).not.toEqual([]);
  });
  it('does not count a lapsed holding', () => {
    const lapsing = catalogOf(
      cred('s', 100, 4, { validityMonths: 12 }),
      cred('t', 5, 1, { requires: 's' }),
    );
    const have = [{ id: 's', earnedOn: '2025-05-31' }];
    const onlyT = planFromSet(
      lapsing,
      { target: 't', have: [{ id: 's' }], asOf, objective: 'cheapest' },
      new Set(['t']),
    );
    expect(
      planViolations(lapsing, { target: 't', have, asOf, objective: 'cheapest' }, onlyT),
    ).not.toEqual([]);
  });
});

describe('oracles agree with each other on random catalogs', () => {
  it('HiGHS sets are valid plans no sampled plan beats; greedy never beats HiGHS; recursion is a lower bound met', async () => {
    await fc.assert(
      fc.asyncProperty(randomCase(), fc.integer(), async (c, seed) => {
        const optimum = await highsCheapest(c.catalog, c);
        const plan = planFromSet(c.catalog, { ...c, objective: 'cheapest' }, optimum.earn);
        expect(planViolations(c.catalog, { ...c, objective: 'cheapest' }, plan)).toEqual([]);
        expect(plan.totalCost).toBe(optimum.totalCost);
        expect(greedyCheapest(c.catalog, c).totalCost).toBeGreaterThanOrEqual(optimum.totalCost);
        const fastest = fastestWeeks(c.catalog, c);
        const random = prng(seed);
        let bestWeeks = Infinity;
        for (let i = 0; i < 30; i++) {
          const sample = sampleFeasiblePlan(c.catalog, c, random);
          expect(sample.totalCost).toBeGreaterThanOrEqual(optimum.totalCost);
          expect(sample.totalWeeks).toBeGreaterThanOrEqual(fastest);
          bestWeeks = Math.min(bestWeeks, sample.totalWeeks);
        }
        expect(plan.totalWeeks).toBeGreaterThanOrEqual(fastest);
        expect(bestWeeks).toBeGreaterThanOrEqual(fastest);
      }),
      { numRuns: 150 },
    );
  });
});

// validatePlan finds each rule a broken plan breaks, and nothing in a good one.
import { describe, expect, it } from 'vitest';
import { indexCatalog } from '@pathwise/core';
import { validatePlan, type PlanFaultCode } from '../validate-plan.js';
import { makeCatalog } from '../../compile/__tests__/make-catalog.js';
import type { Plan, PlanQuery } from '../../plan-types.js';

const index = indexCatalog(
  makeCatalog(['a', 10, 2, undefined, { validityMonths: 12 }], ['b', 20, 3, 'a'], ['c', 5, 1]),
);
const query: PlanQuery = { target: 'b', asOf: '2026-06-01', objective: 'cheapest' };
const good = (): Plan => ({
  feasible: true,
  optimal: true,
  objective: 'cheapest',
  target: 'b',
  totalCost: 30,
  totalWeeks: 5,
  lapsed: [],
  steps: [
    { credential: 'a', cost: 10, startWeek: 0, endWeek: 2, satisfies: ['b'] },
    { credential: 'b', cost: 20, startWeek: 2, endWeek: 5, satisfies: [] },
  ],
});
const codes = (plan: Plan, q: PlanQuery = query): PlanFaultCode[] =>
  validatePlan(index, q, plan).map((f) => f.code);

describe('validatePlan', () => {
  it('accepts a valid plan', () => {
    expect(validatePlan(index, query, good())).toEqual([]);
  });
  it.each<[PlanFaultCode, (p: Plan) => void]>([
    ['WRONG_TARGET', (p) => (p.target = 'c')],
    ['WRONG_OBJECTIVE', (p) => (p.objective = 'fastest')],
    ['NOT_FEASIBLE', (p) => (p.feasible = false)],
    [
      'UNKNOWN_STEP',
      (p) => p.steps.push({ credential: 'zz', cost: 0, startWeek: 9, endWeek: 9, satisfies: [] }),
    ],
    ['DUPLICATE_STEP', (p) => p.steps.push({ ...p.steps[1]!, startWeek: 5, endWeek: 8 })],
    ['WRONG_COST', (p) => (p.steps[0]!.cost = 9)],
    ['WRONG_DURATION', (p) => (p.steps[0]!.endWeek = 1)],
    ['STARTS_TOO_EARLY', (p) => Object.assign(p.steps[1]!, { startWeek: 1, endWeek: 4 })],
    ['NOT_EARLIEST', (p) => Object.assign(p.steps[1]!, { startWeek: 3, endWeek: 6 })],
    ['NOT_ORDERED', (p) => p.steps.reverse()],
    ['TARGET_MISSING', (p) => p.steps.pop()],
    ['WRONG_TOTAL_COST', (p) => (p.totalCost = 31)],
    ['WRONG_TOTAL_WEEKS', (p) => (p.totalWeeks = 4)],
    ['WRONG_SATISFIES', (p) => (p.steps[0]!.satisfies = ['c'])],
    ['BAD_BOUND', (p) => Object.assign(p, { optimal: false, bound: 31 })],
    [
      'WRONG_LAPSED',
      (p) => (p.lapsed = [{ id: 'a', earnedOn: '2020-01-01', validUntil: '2021-01-01' }]),
    ],
  ])('reports %s', (code, breakIt) => {
    const plan = good();
    breakIt(plan);
    expect(codes(plan)).toContain(code);
  });
  it('counts only the steps listed before a step, and lapsed holdings as not held', () => {
    const q = { ...query, have: [{ id: 'a', earnedOn: '2020-01-01' }] };
    const plan = {
      ...good(),
      lapsed: [{ id: 'a', earnedOn: '2020-01-01', validUntil: '2021-01-01' }],
    };
    expect(codes(plan, q)).toEqual([]);
    const relying = {
      ...plan,
      steps: [{ ...plan.steps[1]!, startWeek: 0, endWeek: 3 }],
      totalCost: 20,
      totalWeeks: 3,
    };
    expect(codes(relying, q)).toContain('STARTS_TOO_EARLY');
  });
  it('expects no steps and zeros for a held target', () => {
    const q = { ...query, have: [{ id: 'b' }] };
    expect(codes({ ...good(), steps: [], totalCost: 0, totalWeeks: 0 }, q)).toEqual([]);
    expect(codes(good(), q)).toContain('STEPS_FOR_HELD_TARGET');
  });
});

describe('validatePlan under constraints', () => {
  it('checks the deadline, the budget and exclusions', () => {
    expect(codes(good(), { ...query, maxWeeks: 4 })).toEqual(['DEADLINE_MISSED']);
    expect(codes(good(), { ...query, maxCost: 29 })).toEqual(['OVER_BUDGET']);
    expect(codes(good(), { ...query, exclude: ['a'] })).toEqual(['EXCLUDED_STEP']);
    expect(codes(good(), { ...query, maxWeeks: 5, maxCost: 30, exclude: ['c'] })).toEqual([]);
  });
  it('accepts an empty infeasible plan with a reason only when the query is constrained', () => {
    const none: Plan = {
      ...good(),
      feasible: false,
      steps: [],
      totalCost: 0,
      totalWeeks: 0,
      reason: '"b" cannot be held before week 5 > 4',
    };
    expect(codes(none, { ...query, maxWeeks: 4 })).toEqual([]);
    expect(codes(none)).toEqual(['NOT_FEASIBLE']);
    expect(codes({ ...none, reason: undefined }, { ...query, maxWeeks: 4 })).toEqual([
      'BAD_INFEASIBLE',
    ]);
    expect(codes({ ...none, steps: good().steps }, { ...query, maxWeeks: 4 })).toEqual([
      'BAD_INFEASIBLE',
    ]);
  });
});

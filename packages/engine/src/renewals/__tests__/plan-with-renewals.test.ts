// keepFor on a small catalog whose answers are worked by hand: Security+ (36 months, renewed for 150
// or by earning CySA+), the query check's faults, a target that cannot be renewed, a held target.
import { describe, expect, it } from 'vitest';
import { parseCatalog, type Catalog } from '@pathwise/core';
import { createPlanner, validatePlan, type PlanQuery } from '../../index.js';

const catalog: Catalog = parseCatalog({
  format: 'pathwise.catalog/v2',
  credentials: [
    { id: 'netplus', name: 'Network+', kind: 'certification', cost: 300, durationWeeks: 4 },
    {
      id: 'secplus',
      name: 'Security+',
      kind: 'certification',
      cost: 400,
      durationWeeks: 6,
      validityMonths: 36,
      requires: 'netplus',
      renewal: { cost: 150, effortHours: 50, by: ['cysa'] },
    },
    {
      id: 'cysa',
      name: 'CySA+',
      kind: 'certification',
      cost: 120,
      durationWeeks: 8,
      requires: 'secplus',
    },
    { id: 'badge', name: 'Badge', kind: 'badge', cost: 10, durationWeeks: 1, validityMonths: 12 },
  ],
});
const planner = createPlanner(catalog);
const asOf = '2026-01-05';
const plan = (q: Omit<PlanQuery, 'asOf'>) => {
  const query = { ...q, asOf };
  const p = planner.plan(query);
  expect(validatePlan(planner.index, query, p)).toEqual([]);
  return p;
};

describe('keepFor', () => {
  it('under a deadline on the target alone, is not proven when renewing by earning (years later) is cheaper', () => {
    // CySA+ here also needs a 20-week lab. The deadline (week 12) binds Security+ (week 10), not the
    // lab and CySA+, earned by Security+'s due date in 2029: the optimum is 300 + 400 + 1 + 120 = 821.
    // The plan found pays the renewal (850): it must not say optimal, and its bound must be 821.
    const withLab = parseCatalog({
      ...catalog,
      credentials: [
        ...catalog.credentials.filter((c) => c.id !== 'cysa'),
        { id: 'lab', name: 'Lab', kind: 'course', cost: 1, durationWeeks: 20 },
        {
          id: 'cysa',
          name: 'CySA+',
          kind: 'certification',
          cost: 120,
          durationWeeks: 8,
          requires: { all: ['secplus', 'lab'] },
        },
      ],
    });
    const labPlanner = createPlanner(withLab);
    const query: PlanQuery = { target: 'secplus', keepFor: 72, asOf };
    expect(labPlanner.plan(query).totalCost).toBe(821);
    const p = labPlanner.plan({ ...query, maxWeeks: 12 });
    expect(validatePlan(labPlanner.index, { ...query, maxWeeks: 12 }, p)).toEqual([]);
    expect(p.feasible).toBe(true);
    if (p.totalCost > 821) expect([p.optimal, p.bound]).toEqual([false, 821]);
    else expect([p.totalCost, p.optimal]).toEqual([821, true]);
  });

  it('renews by earning CySA+ on the day Security+ would lapse, then pays', () => {
    const p = plan({ target: 'secplus', keepFor: 108 });
    // Security+ is earned in week 10 (2026-03-16); it lapses 36 and 72 months later.
    expect(p.totalWeeks).toBe(10);
    expect(p.renewals).toEqual([
      {
        credential: 'secplus',
        dueDate: '2029-03-16',
        dueWeek: expect.any(Number),
        cost: 0,
        by: 'cysa',
      },
      {
        credential: 'secplus',
        dueDate: '2032-03-16',
        dueWeek: expect.any(Number),
        cost: 150,
        effortHours: 50,
      },
    ]);
    const cysa = p.steps.find((s) => s.credential === 'cysa')!;
    expect([cysa.endDate, cysa.cost, cysa.endWeek - cysa.startWeek]).toEqual([
      '2029-03-16',
      120,
      8,
    ]);
    expect(p.totalCost).toBe(300 + 400 + 120 + 150);
    expect(p.optimal).toBe(true);
  });

  it('pays when CySA+ is dearer than the fee, and needs no renewal within validity', () => {
    const dear = createPlanner({
      ...catalog,
      credentials: catalog.credentials.map((c) => (c.id === 'cysa' ? { ...c, cost: 400 } : c)),
    });
    const q = { target: 'secplus', keepFor: 72, asOf };
    const p = dear.plan(q);
    expect(validatePlan(dear.index, q, p)).toEqual([]);
    expect(p.renewals!.map((r) => [r.cost, r.by])).toEqual([[150, undefined]]);
    expect(plan({ target: 'secplus', keepFor: 36 }).renewals).toEqual([]);
  });

  it('fastest keeps its weeks and adds the cheapest upkeep', () => {
    const p = plan({ target: 'secplus', keepFor: 72, objective: 'fastest' });
    expect([p.totalWeeks, p.totalCost, p.renewals![0]!.by]).toEqual([10, 820, 'cysa']);
  });

  it('has no plan for a target that lapses and has no renewal', () => {
    const p = plan({ target: 'badge', keepFor: 24 });
    expect(p.feasible).toBe(false);
    expect(p.reason).toMatch(/"badge" lapses 12 months .* no renewal/);
  });

  it('renews a held target from its earnedOn', () => {
    const p = plan({
      target: 'secplus',
      keepFor: 48,
      have: [{ id: 'secplus', earnedOn: '2024-05-01' }],
    });
    expect(p.renewals).toEqual([
      {
        credential: 'secplus',
        dueDate: '2027-05-01',
        dueWeek: expect.any(Number),
        cost: 0,
        by: 'cysa',
      },
    ]);
    expect([p.totalWeeks, p.totalCost]).toEqual([0, 120]);
  });

  it('bounds the total with its upkeep by maxCost (what reachable under keepFor decides on)', () => {
    // Kept 72 months, Security+ needs one renewal: by CySA+ (120), so 300 + 400 + 120 = 820.
    const kept = { target: 'secplus', keepFor: 72 } as const;
    expect(plan({ ...kept, maxCost: 820 })).toMatchObject({ feasible: true, totalCost: 820 });
    expect(plan({ ...kept, maxCost: 819 })).toMatchObject({ feasible: false, optimal: true });
    // Without CySA+ the renewal is paid: 850, over 820.
    expect(plan({ ...kept, maxCost: 820, exclude: ['cysa'] })).toMatchObject({
      feasible: false,
      optimal: true,
    });
    // Without keepFor 700 fits a budget the upkeep breaks.
    expect(plan({ target: 'secplus', maxCost: 750 })).toMatchObject({ totalCost: 700 });
  });

  it('refuses a negative or non-finite keepFor, naming the field', () => {
    for (const keepFor of [-1, Infinity, NaN, '12'])
      expect(() =>
        planner.plan({ target: 'secplus', asOf, keepFor } as unknown as PlanQuery),
      ).toThrow(/keepFor must be a finite number of months >= 0/);
  });
});

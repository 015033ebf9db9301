// Planner.frontier on hand-made catalogs: the trade-off of a fast expensive route against a slow
// cheap one, a held target, a budget and a deadline cutting the frontier, and a weekly-hours budget
// or start days (the sweep over the planner's pipeline: proven points, or the gap's proven bounds).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexCatalog, type Catalog } from '@pathwise/core';
import { createPlanner, validatePlan } from '../../index.js';

const catalog: Catalog = {
  format: 'pathwise.catalog/v1',
  credentials: [
    { id: 'slow', name: 'Slow', kind: 'course', cost: 100, durationWeeks: 20, effortHours: 40 },
    { id: 'mid', name: 'Mid', kind: 'course', cost: 300, durationWeeks: 10, effortHours: 100 },
    { id: 'fast', name: 'Fast', kind: 'course', cost: 900, durationWeeks: 2, effortHours: 80 },
    { id: 'dear', name: 'Dear', kind: 'course', cost: 950, durationWeeks: 10 },
    {
      id: 't',
      name: 'T',
      kind: 'certification',
      cost: 10,
      durationWeeks: 1,
      effortHours: 10,
      requires: { any: ['slow', 'mid', 'fast', 'dear'] },
    },
  ],
};
const asOf = '2026-01-01';
const points = (f: { plans: { totalWeeks: number; totalCost: number }[] }): number[][] =>
  f.plans.map((p) => [p.totalWeeks, p.totalCost]);

describe('frontier', () => {
  const planner = createPlanner(catalog);

  it('lists the trade-offs by weeks, fastest first, dominated routes left out', () => {
    const f = planner.frontier({ target: 't', asOf });
    expect([f.feasible, f.complete, f.gap]).toEqual([true, true, undefined]);
    expect(points(f)).toEqual([
      [3, 910],
      [11, 310],
      [21, 110],
    ]);
    expect(f.plans.map((p) => p.steps.map((s) => s.credential))).toEqual([
      ['fast', 't'],
      ['mid', 't'],
      ['slow', 't'],
    ]);
    for (const p of f.plans) {
      expect(p.optimal).toBe(true);
      expect(validatePlan(indexCatalog(catalog), { target: 't', asOf }, p)).toEqual([]);
    }
  });

  it('keeps to the deadline, the budget and the exclusions', () => {
    expect(points(planner.frontier({ target: 't', asOf, maxWeeks: 12 }))).toEqual([
      [3, 910],
      [11, 310],
    ]);
    expect(points(planner.frontier({ target: 't', asOf, maxCost: 400 }))).toEqual([
      [11, 310],
      [21, 110],
    ]);
    expect(points(planner.frontier({ target: 't', asOf, exclude: ['mid'] }))).toEqual([
      [3, 910],
      [21, 110],
    ]);
    const none = planner.frontier({ target: 't', asOf, maxCost: 50 });
    expect([none.feasible, none.complete, none.plans]).toEqual([false, true, []]);
    expect(none.reason).toContain('budget');
    expect(planner.frontier({ target: 't', asOf, maxWeeks: 2 }).reason).toContain('week 3');
  });

  it('is one plan with no steps when the target is held', () => {
    const f = planner.frontier({ target: 't', asOf, have: [{ id: 't' }] });
    expect(points(f)).toEqual([[0, 0]]);
    expect(f.plans[0]!.steps).toEqual([]);
  });

  it('under a weekly-hours budget sweeps the hours planner: every point proven, valid', () => {
    const query = { target: 't', asOf, weeklyHours: 5 };
    const f = planner.frontier(query);
    // At 5 h a week: slow+t 22 weeks (110), mid+t 22 (310), fast+t 18 (910), dear+t 12 (960, no
    // effort): the stretched routes reorder the trade-offs (mid is now dominated, dear is not).
    expect(points(f)).toEqual([
      [12, 960],
      [18, 910],
      [22, 110],
    ]);
    expect([f.complete, f.gap]).toEqual([true, undefined]);
    for (const p of f.plans) {
      expect(p.optimal).toBe(true);
      expect(validatePlan(indexCatalog(catalog), query, p)).toEqual([]);
    }
  });

  it('is the complete no-hours frontier when no credential in the cone has effort hours', () => {
    const plain: Catalog = {
      ...catalog,
      credentials: catalog.credentials.map(({ effortHours: _, ...c }) => c),
    };
    const f = createPlanner(plain).frontier({ target: 't', asOf, weeklyHours: 5 });
    expect([f.complete, f.gap, points(f)]).toEqual([
      true,
      undefined,
      [
        [3, 910],
        [11, 310],
        [21, 110],
      ],
    ]);
    expect(f.plans.every((p) => p.optimal)).toBe(true);
  });

  it('is complete under an hours budget that never binds (every load fits)', () => {
    const f = planner.frontier({ target: 't', asOf, weeklyHours: 168 });
    expect([f.complete, points(f)]).toEqual([
      true,
      [
        [3, 910],
        [11, 310],
        [21, 110],
      ],
    ]);
  });
});

/** @returns the catalog of a conformance case (docs/conformance) */
const conformance = (name: string): Catalog =>
  (
    JSON.parse(
      readFileSync(
        resolve(import.meta.dirname, `../../../../../docs/conformance/${name}.json`),
        'utf8',
      ),
    ) as { catalog: Catalog }
  ).catalog;

describe('frontier with catalog v2', () => {
  it('sweeps the planner on start days: every plan valid, the frontier proven', () => {
    // Fixed-pace term courses that start only on term days.
    const catalog = conformance('fixed-term-starts');
    const query = { target: 'net-cert', asOf: '2026-06-02' };
    const f = createPlanner(catalog).frontier(query);
    for (const p of f.plans) expect(validatePlan(indexCatalog(catalog), query, p)).toEqual([]);
    // The online course (3000, 52 weeks) is dominated by the two term courses (2400, 47 weeks).
    expect(points(f)).toEqual([[47, 2400]]);
    expect([f.complete, f.plans[0]!.optimal]).toEqual([true, true]);
  });

  it('never earns a retired credential: the cheaper, faster retired exam is no point', () => {
    const catalog = conformance('retired-alternative');
    const query = { target: 'net-specialist', asOf: '2026-06-01' };
    const f = createPlanner(catalog).frontier(query);
    for (const p of f.plans) expect(validatePlan(indexCatalog(catalog), query, p)).toEqual([]);
    expect([f.complete, points(f)]).toEqual([
      true,
      [
        [5.5, 550],
        [6, 440],
      ],
    ]);
    const none = createPlanner(catalog).frontier({
      ...query,
      exclude: ['net-exam-2024', 'net-bootcamp'],
    });
    expect([none.feasible, none.plans]).toEqual([false, []]);
    expect(none.reason).toMatch(/"net-exam-2019" retired/);
  });
});

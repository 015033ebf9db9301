// Planner.frontier under keepFor on a catalog worked by hand: `t` (valid 12 months, renewed by paying
// 100 or by earning `refresh`, 50) reached fast and dear or slow and cheap. Kept 30 months it needs
// two renewals (the upkeep 150: refresh once, one payment), so each point costs 150 more than
// without keepFor and its weeks stay the weeks until `t` is held; both points proven. Also: a held
// target (one point, no steps), a deadline that leaves the slow route out, a target form refused, a
// horizon the target cannot be kept for (no plan, with the reason), and each point's explanation
// with its renewals.
import { describe, expect, it } from 'vitest';
import { parseCatalog, type Catalog } from '@pathwise/core';
import { frontierKeepCatalog } from '@pathwise/test-support';
import { createPlanner, validatePlan, type Frontier, type PlanQuery } from '../../index.js';

const catalog: Catalog = parseCatalog(frontierKeepCatalog());
const asOf = '2026-06-01';
const planner = createPlanner(catalog);
const points = (f: Frontier) => f.plans.map((p) => [p.totalWeeks, p.totalCost, p.optimal]);

describe('frontier under keepFor', () => {
  it('prices each point with its upkeep; the weeks are those until the target is held', () => {
    const query: PlanQuery = { target: 't', asOf, keepFor: 30 };
    const f = planner.frontier(query);
    expect(f.complete).toBe(true);
    expect(points(f)).toEqual([
      [2, 660, true],
      [10, 260, true],
    ]);
    expect(points(planner.frontier({ target: 't', asOf }))).toEqual([
      [2, 510, true],
      [10, 110, true],
    ]);
    for (const p of f.plans) {
      expect(p.objective).toBe('cheapest');
      expect(p.renewals!.map((r) => [r.cost, r.by])).toEqual([
        [0, 'refresh'],
        [100, undefined],
      ]);
      expect(validatePlan(planner.index, { ...query, objective: 'cheapest' }, p)).toEqual([]);
      // Each point is what plan answers for cheapest by its weeks.
      const by = planner.plan({ ...query, maxWeeks: p.totalWeeks });
      expect([by.totalCost, by.totalWeeks, by.optimal]).toEqual([p.totalCost, p.totalWeeks, true]);
    }
    // keepFor within one validity period needs no renewal: the plain frontier, with `renewals: []`.
    const short = planner.frontier({ ...query, keepFor: 12 });
    expect(points(short)).toEqual(points(planner.frontier({ target: 't', asOf })));
    expect(short.plans.every((p) => p.renewals!.length === 0)).toBe(true);
  });

  it('keeps to the deadline and budget, and a held target is one point', () => {
    expect(points(planner.frontier({ target: 't', asOf, keepFor: 30, maxWeeks: 5 }))).toEqual([
      [2, 660, true],
    ]);
    expect(points(planner.frontier({ target: 't', asOf, keepFor: 30, maxCost: 300 }))).toEqual([
      [10, 260, true],
    ]);
    const held = planner.frontier({
      target: 't',
      asOf,
      keepFor: 30,
      have: [{ id: 't', earnedOn: '2026-01-10' }],
    });
    expect(points(held)).toEqual([[0, 150, true]]); // refresh once (50), one payment (100)
    expect(held.plans[0]!.renewals!.map((r) => r.dueDate)).toEqual(['2027-01-10', '2028-01-10']);
  });

  it('has no plan for a target that cannot be kept, and refuses a target form', () => {
    const none = planner.frontier({ target: 'once', asOf, keepFor: 30 });
    expect([none.feasible, none.complete, none.plans]).toEqual([false, true, []]);
    expect(none.reason).toContain('has no renewal');
    expect(() => planner.frontier({ target: { anyOf: ['t'] }, asOf, keepFor: 30 })).toThrow(
      /keepFor.*credential target only/,
    );
  });

  it('explains each point, its renewal step and each renewal', () => {
    const f = planner.frontier({ target: 't', asOf, keepFor: 30, explain: true });
    const [fast, slow] = f.plans.map((p) => p.explanation!);
    expect(fast!.renewals!.map((r) => r.text)).toEqual([
      'Earning Course refresh (refresh) renews Target (t), due 2027-06-15.',
      'Renew Target (t) by paying 100 USD, due 2028-06-15.',
    ]);
    expect(slow!.renewals!.map((r) => [r.dueDate, r.cost, r.by])).toEqual([
      ['2027-08-10', 0, 'refresh'],
      ['2028-08-10', 100, undefined],
    ]);
    const step = fast!.steps.find((s) => s.credential === 'refresh')!;
    expect(step.renews).toEqual({ credential: 't', dueDate: '2027-06-15' });
    expect(step.text).toBe('Earn Course refresh (refresh): it renews Target (t), due 2027-06-15.');
    expect(fast!.steps.find((s) => s.credential === 'fast')!.text).toContain('any(fast, slow)');
    // Options passed over are not priced under keepFor, and say why.
    const passed = fast!.choices[0]!.passedOver[0]!;
    expect([passed.option, passed.outcome]).toEqual(['slow', 'not-compared']);
    expect(passed.text).toContain('not priced with upkeep');
    // Without keepFor an explanation has no renewals.
    const plain = planner.plan({ target: 't', asOf, explain: true });
    expect(plain.explanation!.renewals).toBeUndefined();
  });
});

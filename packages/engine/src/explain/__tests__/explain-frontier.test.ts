// The frontier's explanations: each point explained as the cheapest plan by its own weeks (the
// same explanation a plan query with that deadline gets, options priced by that week), none unless
// asked, and the sweep's time counted against the budget the explanations share.
import { describe, expect, it } from 'vitest';
import { betweenCatalog } from '@pathwise/test-support';
import { createPlanner } from '../../index.js';

const catalog = betweenCatalog();
const asOf = '2026-06-01';

describe('frontier explanations', () => {
  it('explains each point as the cheapest plan by its own weeks', () => {
    const planner = createPlanner(catalog);
    const f = planner.frontier({ target: 'cert', asOf, explain: true });
    expect(f.plans.length).toBeGreaterThan(1);
    for (const point of f.plans) {
      const e = point.explanation!;
      expect(e.steps.map((s) => s.credential)).toEqual(point.steps.map((s) => s.credential));
      const alone = planner.plan({
        target: 'cert',
        asOf,
        objective: 'cheapest',
        maxWeeks: point.totalWeeks,
        explain: true,
      });
      expect(alone.steps).toEqual(point.steps);
      expect(e).toEqual(alone.explanation);
    }
    // The fastest point passed over the slower options: by its week, none of them is in time.
    const fastest = f.plans[0]!.explanation!.choices[0]!;
    expect(fastest.passedOver.map((p) => p.outcome)).toEqual(['infeasible', 'infeasible']);
    // The cheapest point's options would have added cost and saved weeks.
    const cheapest = f.plans.at(-1)!.explanation!.choices[0]!;
    expect(cheapest.passedOver.every((p) => p.outcome === 'compared' && p.addedCost! > 0)).toBe(
      true,
    );
  });

  it('explains nothing unless asked', () => {
    const f = createPlanner(catalog).frontier({ target: 'cert', asOf });
    expect(f.plans.every((p) => p.explanation === undefined)).toBe(true);
  });

  it('shares the query’s time budget with the sweep: past it, options are not compared', () => {
    // A clock that moves 1 s at each reading: the sweep alone spends the 5 ms budget.
    let now = 0;
    const frozen = createPlanner(catalog, { clock: () => now });
    const inTime = frozen.frontier({ target: 'cert', asOf, explain: true, timeBudgetMs: 5 });
    const outcomes = inTime.plans.flatMap((p) =>
      p.explanation!.choices.flatMap((c) => c.passedOver.map((o) => o.outcome)),
    );
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes).not.toContain('not-compared');
    const planner = createPlanner(catalog, { clock: () => (now += 1000) });
    const f = planner.frontier({ target: 'cert', asOf, explain: true, timeBudgetMs: 5 });
    expect(f.plans.length).toBeGreaterThan(0);
    for (const point of f.plans) {
      const e = point.explanation!;
      expect(e.steps).toHaveLength(point.steps.length);
      for (const c of e.choices)
        expect(c.passedOver.every((p) => p.outcome === 'not-compared')).toBe(true);
    }
  });
});

// Sets of the same step cost that bill different periods (plan-with-offers.ts `shortcut`, free-shortcuts.ts). A $100
// monthly subscription pays the course `a` ($500, 2 weeks) and the badge `b` ($300, 1 week), and
// makes the project `f` free ($50, 1 week). `b` asks for a project after `a`: `f`, or the free
// 10-week `x`. Under the subscription both projects cost nothing, so the cheapest search may take
// either; with `x`, `a` and `b` are 11 weeks apart and the subscription bills 3 months (300, the
// cheapest pricing of that set: paying `a` at its own $500 costs more). With `f` they all fit in
// 4 weeks, one month: 100 + the target's 20 = 120. The exhaustive oracle agrees.
import { describe, expect, it } from 'vitest';
import { parseCatalog, type Catalog } from '@pathwise/core';
import { createPlanner } from '../../index.js';
import { expectExact } from '../../__tests__/support/expect-offers.js';

/** @param projects - the order `b`'s requirement names the projects in (the search's tie) */
const catalog = (projects: readonly string[]): Catalog => {
  const c = (id: string, cost: number, durationWeeks: number, requires?: unknown) => ({
    id,
    name: id,
    kind: 'course' as const,
    provider: 'learnco',
    cost,
    durationWeeks,
    ...(requires === undefined ? {} : { requires }),
  });
  return parseCatalog({
    format: 'pathwise.catalog/v2',
    providers: [{ id: 'learnco', name: 'LearnCo' }],
    credentials: [
      c('a', 500, 2),
      c('x', 0, 10, 'a'),
      c('f', 50, 1, 'a'),
      c('b', 300, 1, { any: projects }),
      c('t', 20, 0, 'b'),
    ],
    offers: [
      {
        id: 'monthly',
        name: 'Monthly',
        price: 100,
        periodMonths: 1,
        prices: { a: 0, b: 0, f: 0 },
      },
    ],
  });
};

describe('sets of the same step cost billing different periods', () => {
  for (const projects of [
    ['x', 'f'],
    ['f', 'x'],
  ]) {
    it(`takes the free shortcut whatever the tie (${projects.join(', ')})`, () => {
      const cat = catalog(projects);
      const query = { target: 't', have: [], asOf: '2026-06-01' };
      const plan = createPlanner(cat).plan({ ...query, objective: 'cheapest' });
      expect(plan.totalCost).toBe(120);
      expect(plan.steps.map((s) => s.credential).sort()).toEqual(['a', 'b', 'f', 't']);
      expect(plan.offers?.map((o) => [o.offer, o.periods])).toEqual([['monthly', 1]]);
      expect(expectExact(cat, query, plan, 'cheapest')).toBe(true);
    });
  }
});

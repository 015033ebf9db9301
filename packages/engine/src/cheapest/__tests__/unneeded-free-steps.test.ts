// Free steps a least-cost set does not need are dropped. c8 requires any(c6, c3) and c3 is held, so c8
// needs nothing; c6 (after c2) is free too, so a set with c2 and c6 costs the same, and the search
// returned it, with c6 scheduled after the target. target-forms.property.test.ts failed on it (seed
// 158997708): with a target form, the virtual goal step came before c6.
import { expect, it } from 'vitest';
import { parseCatalog } from '@pathwise/core';
import { createPlanner, validatePlan, type PlanQuery } from '../../index.js';
import { course } from '../../__tests__/support/course.js';

const planner = createPlanner(
  parseCatalog({
    format: 'pathwise.catalog/v1',
    credentials: [
      course('c2', 0, 1),
      course('c3', 0, 0),
      course('c6', 0, 0, { requires: { any: ['c2'] } }),
      course('c8', 0, 0, { requires: { any: [{ any: ['c6'] }, 'c3'] } }),
      course('c9', 5, 0, { requires: 'c8' }),
    ],
  }),
);

const cases: [string, PlanQuery][] = [
  ['a credential target', { target: 'c8' }],
  ['a target form', { target: { anyOf: ['c8'] } }],
  ['a deadline', { target: 'c8', maxWeeks: 3 }],
  ['a paid target above it', { target: 'c9' }],
];

it.each(cases)('with %s, cheapest earns no free step it does not need', (_, q) => {
  const query: PlanQuery = { ...q, have: [{ id: 'c3' }], asOf: '2026-06-01' };
  const p = planner.plan(query);
  expect(validatePlan(planner.index, query, p)).toEqual([]);
  const target = q.target === 'c9' ? ['c8', 'c9'] : ['c8'];
  expect(p.steps.map((s) => s.credential)).toEqual(target);
  expect([p.totalCost, p.totalWeeks, p.optimal]).toEqual([q.target === 'c9' ? 5 : 0, 0, true]);
});

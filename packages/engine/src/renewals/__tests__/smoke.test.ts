import { describe, expect, it } from 'vitest';
import { parseCatalog } from '@pathwise/core';
import { createPlanner, validatePlan } from '../../index.js';

const catalog = {
  format: 'pathwise.catalog/v2',
  credentials: [
    { id: 'netplus', name: 'Net+', kind: 'certification', cost: 300, durationWeeks: 4 },
    { id: 'secplus', name: 'Sec+', kind: 'certification', cost: 400, durationWeeks: 6, validityMonths: 36, requires: 'netplus', renewal: { cost: 150, effortHours: 50, by: ['cysa'] } },
    { id: 'cysa', name: 'CySA+', kind: 'certification', cost: 120, durationWeeks: 8, requires: 'secplus' },
  ],
};
describe('smoke', () => {
  it('plans', () => {
    const c = parseCatalog(catalog);
    const p = createPlanner(c, { today: () => '2026-01-05' });
    for (const keepFor of [0, 36, 72, 108]) {
      for (const objective of ['cheapest', 'fastest'] as const) {
        const q = { target: 'secplus', keepFor, objective, asOf: '2026-01-05' };
        const plan = p.plan(q);
        console.log(JSON.stringify(plan, null, 1));
        expect(validatePlan(p.index, q, plan)).toEqual([]);
      }
    }
  });
});

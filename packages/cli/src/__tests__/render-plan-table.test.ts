// The readable plan: steps in week order with names, costs and what they count toward, then totals.
import { describe, expect, it } from 'vitest';
import { indexCatalog } from '@pathwise/core';
import type { Catalog } from '@pathwise/core';
import type { Plan } from '@pathwise/engine';
import { renderPlanTable } from '../plan/render-plan-table.js';

const catalog: Catalog = {
  format: 'pathwise.catalog/v1',
  currency: 'USD',
  credentials: [
    {
      id: 'py',
      name: 'Python Basics',
      kind: 'badge',
      cost: 49,
      durationWeeks: 3,
      validityMonths: 12,
    },
    { id: 'sql', name: 'SQL', kind: 'badge', cost: 20, durationWeeks: 2 },
    {
      id: 'da',
      name: 'Data Analyst',
      kind: 'certificate',
      cost: 39,
      durationWeeks: 2,
      requires: { all: ['py', 'sql'] },
    },
  ],
};
const index = indexCatalog(catalog);
const plan: Plan = {
  feasible: true,
  optimal: true,
  objective: 'cheapest',
  target: 'da',
  totalCost: 108,
  totalWeeks: 5,
  steps: [
    { credential: 'py', cost: 49, startWeek: 0, endWeek: 3, satisfies: ['da'] },
    { credential: 'sql', cost: 20, startWeek: 0, endWeek: 2, satisfies: ['da'] },
    { credential: 'da', cost: 39, startWeek: 3, endWeek: 5, satisfies: [] },
  ],
  lapsed: [{ id: 'py', earnedOn: '2024-01-01', validUntil: '2025-01-01' }],
};

describe('renderPlanTable', () => {
  it('shows steps, lapsed holdings and totals', () => {
    expect(renderPlanTable(plan, index)).toMatchInlineSnapshot(`
      "cheapest plan for Data Analyst (da)
      lapsed, not counted: Python Basics (py), earned 2024-01-01, valid until
      2025-01-01

      #  weeks  h/wk  credential          cost USD  counts toward
      -  -----  ----  ------------------  --------  -------------
      1  0-3       -  Python Basics (py)        49  Data Analyst
      2  0-2       -  SQL (sql)                 20  Data Analyst
      3  3-5       -  Data Analyst (da)         39  (target)

      total: 108 USD, 5 weeks, 3 steps
      "
    `);
  });
  it('says when the target is held, when there is no plan, and when optimality is unproven', () => {
    const held = renderPlanTable(
      { ...plan, steps: [], totalCost: 0, totalWeeks: 0, lapsed: [] },
      index,
    );
    expect(held).toContain('already held');
    const none = renderPlanTable(
      { ...plan, feasible: false, steps: [], reason: 'budget below 108' },
      index,
    );
    expect(none).toContain('no plan: budget below 108');
    const unproven = renderPlanTable({ ...plan, optimal: false, bound: 100 }, index);
    expect(unproven).toContain('lower bound 100');
  });
});

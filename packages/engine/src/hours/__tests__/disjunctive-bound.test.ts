// The disjunctive bound of fastest under weekly hours (disjunctive-bound.ts): fixed courses each
// over half the budget cannot overlap, so a plan needing two of them after a 16-week prerequisite
// takes 16 + 16 + 16 weeks, and that is proven (the energy bounds alone say 32).
import { describe, expect, it } from 'vitest';
import { indexCatalog, parseCatalog, type Catalog, type Credential } from '@pathwise/core';
import { createPlanner, validatePlan, type PlanQuery } from '../../index.js';
import { planViolations } from '../../__tests__/support/check-plan.js';

const fixed = (id: string, effortHours: number, extra: Partial<Credential> = {}): Credential =>
  ({
    id,
    name: id,
    kind: 'course',
    cost: 100,
    durationWeeks: 16,
    effortHours,
    pace: 'fixed',
    ...extra,
  }) as Credential;

/** The shape of the example catalog's NOVA sequence: ITN-260, then two of three 11.25-hour courses. */
const sequence: Catalog = parseCatalog({
  format: 'pathwise.catalog/v2',
  providers: [],
  credentials: [
    fixed('itn-100', 135),
    fixed('itn-260', 135, { requires: 'itn-100' }),
    ...['itn-261', 'itn-262', 'itn-263'].map((id) => fixed(id, 180, { requires: 'itn-260' })),
    {
      id: 'sequence',
      name: 'sequence',
      kind: 'certificate',
      cost: 0,
      durationWeeks: 0,
      requires: { atLeast: 2, of: ['itn-261', 'itn-262', 'itn-263'] },
    },
  ],
} as unknown as Catalog);

describe('the disjunctive bound under weekly hours', () => {
  const query = (weeklyHours: number): PlanQuery & { target: string } => ({
    target: 'sequence',
    asOf: '2026-11-22',
    objective: 'fastest',
    weeklyHours,
  });
  const plan = (weeklyHours: number) => {
    const q = query(weeklyHours);
    const p = createPlanner(sequence).plan(q);
    expect(validatePlan(indexCatalog(sequence), q, p)).toEqual([]);
    expect(
      planViolations(sequence, { ...q, have: [], asOf: q.asOf!, objective: 'fastest' }, p),
    ).toEqual([]);
    return p;
  };

  it('proves two 11.25-hour courses run one after the other under 20 hours a week', () => {
    const p = plan(20);
    expect(p.totalWeeks).toBe(64);
    expect(p.optimal).toBe(true);
  });

  it('lets them overlap when the budget holds both (22.5 hours): no bound from them', () => {
    const p = plan(22.5);
    expect(p.totalWeeks).toBe(48);
    expect(p.optimal).toBe(true);
  });
});

// A plan's `used` (plan-v2): the holdings it relies on, from the requirement fold's choices, with
// implied holdings (catalog-v2's `all` closure) marked implied, and holdings given by alias resolved.
import { describe, expect, it } from 'vitest';
import type { Catalog, Credential } from '@pathwise/core';
import { indexCatalog, parseCatalog } from '@pathwise/core';
import { createPlanner } from '../plan/create-planner.js';
import { validatePlan } from '../validate/validate-plan.js';
import type { Plan, PlanQuery } from '../plan-types.js';

const asOf = '2026-06-01';
const c = (id: string, extra: Partial<Credential> = {}): Credential => ({
  id,
  name: id,
  kind: 'course',
  cost: 10,
  durationWeeks: 1,
  ...extra,
});

/** cert = all(a, b); a, b, x, y; t needs any(a, x) and atLeast 1 of (b, y); u needs 4 credits of (a, b, y). */
function catalog(format: 'pathwise.catalog/v1' | 'pathwise.catalog/v2'): Catalog {
  return parseCatalog({
    format,
    credentials: [
      c('a', { credits: 2, ...(format.endsWith('v2') ? { aliases: ['A-100'] } : {}) }),
      c('b', { credits: 2, validityMonths: 12 }),
      c('x'),
      c('y', { credits: 2 }),
      c('cert', { kind: 'certificate', requires: { all: ['a', 'b'] } }),
      c('t', { requires: { all: [{ any: ['a', 'x'] }, { atLeast: 1, of: ['b', 'y'] }] } }),
      c('u', { requires: { credits: 4, of: ['a', 'b', 'y'] } }),
    ],
  });
}

function plan(cat: Catalog, query: Omit<PlanQuery, 'asOf'>): Plan {
  const q = { asOf, ...query };
  const p = createPlanner(cat).plan(q);
  expect(validatePlan(indexCatalog(cat), q, p)).toEqual([]);
  return p;
}

describe('used', () => {
  it('lists the holdings the steps stand on, preferring a holding to a step at any choice', () => {
    const p = plan(catalog('pathwise.catalog/v2'), { target: 't', have: [{ id: 'a' }] });
    expect(p.steps.map((s) => s.credential)).toEqual(['b', 't']);
    expect(p.used).toEqual([{ credential: 'a', implied: false }]);
    // Holding a and y, the plan for u needs both (2 + 2 credits), in order of first use.
    const u = plan(catalog('pathwise.catalog/v2'), {
      target: 'u',
      have: [{ id: 'y' }, { id: 'a' }, { id: 'x' }],
    });
    expect(u.used).toEqual([
      { credential: 'a', implied: false },
      { credential: 'y', implied: false },
    ]);
  });

  it('marks holdings implied by an all requirement (v2), and resolves an alias', () => {
    const cat = catalog('pathwise.catalog/v2');
    const p = plan(cat, { target: 't', have: [{ id: 'cert', earnedOn: '2026-01-10' }] });
    expect(p.steps.map((s) => s.credential)).toEqual(['t']);
    expect(p.used).toEqual([
      { credential: 'a', implied: true },
      { credential: 'b', implied: true },
    ]);
    const alias = plan(cat, { target: 't', have: [{ id: 'A-100' }, { id: 'y' }] });
    expect(alias.used).toEqual([
      { credential: 'a', implied: false },
      { credential: 'y', implied: false },
    ]);
  });

  it('implies nothing in a v1 catalog, never uses a lapsed holding, and uses a held target', () => {
    const v1 = plan(catalog('pathwise.catalog/v1'), { target: 't', have: [{ id: 'cert' }] });
    expect(v1.used).toEqual([]);
    expect(v1.totalCost).toBe(30);
    const lapsed = plan(catalog('pathwise.catalog/v2'), {
      target: 't',
      have: [{ id: 'a' }, { id: 'b', earnedOn: '2024-01-01' }],
    });
    expect(lapsed.lapsed?.map((l) => l.id)).toEqual(['b']);
    expect(lapsed.used).toEqual([{ credential: 'a', implied: false }]);
    const held = plan(catalog('pathwise.catalog/v2'), { target: 'a', have: [{ id: 'cert' }] });
    expect(held).toMatchObject({ steps: [], used: [{ credential: 'a', implied: true }] });
  });

  it('is empty for an infeasible plan', () => {
    const p = plan(catalog('pathwise.catalog/v2'), {
      target: 't',
      have: [{ id: 'a' }],
      exclude: ['b', 'y'],
    });
    expect(p).toMatchObject({ feasible: false, used: [] });
  });
});

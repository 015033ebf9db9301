// The dominance rule of offer-table.ts at its edge: an offer is left out only when its price is at
// least what it saves over the target's cone. Here an offer saves 50 on a course that only one
// branch of an `any` group uses, so it pays for itself by one unit at price 49 (149 against 150 for
// the plan without it) and must be kept; a rule one unit more aggressive (price ≥ savings − 1), or
// one that counted only the credentials every plan earns, would leave it out and plan 150. At price
// 50 it is left out and the plan without it, at 150, is as cheap as any.
import { describe, expect, it } from 'vitest';
import { indexCatalog, parseCatalog, type Catalog } from '@pathwise/core';
import { createPlanner, validatePlan, type PlanQuery } from '../../index.js';

const course = (id: string, cost: number, extra: object = {}) => ({
  id,
  name: id,
  kind: 'course' as const,
  provider: 'learnco',
  cost,
  durationWeeks: 4,
  ...extra,
});

/** cert (100) needs a (50) or b (55); the offer prices a at 0. */
const withOffer = (price: number, periodMonths?: number): Catalog =>
  parseCatalog({
    format: 'pathwise.catalog/v2',
    providers: [{ id: 'learnco', name: 'LearnCo' }],
    credentials: [
      course('a', 50),
      course('b', 55),
      course('cert', 100, { requires: { any: ['a', 'b'] } }),
    ],
    offers: [
      { id: 'deal', name: 'Deal', price, prices: { a: 0 }, ...(periodMonths && { periodMonths }) },
    ],
  });

const query: PlanQuery = { target: 'cert', have: [], asOf: '2026-06-01', objective: 'cheapest' };

function plan(c: Catalog, q: PlanQuery = query) {
  const p = createPlanner(c).plan(q);
  expect(validatePlan(indexCatalog(c), q, p)).toEqual([]);
  return p;
}

describe('offers that cannot pay for themselves', () => {
  it('keeps a one-off offer that saves one unit more than its price', () => {
    const p = plan(withOffer(49));
    expect([p.totalCost, p.optimal, p.offers?.map((o) => o.offer)]).toEqual([149, true, ['deal']]);
  });

  it('keeps a periodic offer that saves one unit more than one period', () => {
    const p = plan(withOffer(49, 1));
    expect([p.totalCost, p.optimal, p.offers?.map((o) => o.offer)]).toEqual([149, true, ['deal']]);
  });

  it('leaves out an offer that saves no more than its price, losing nothing', () => {
    const p = plan(withOffer(50));
    expect([p.totalCost, p.optimal, p.offers]).toEqual([150, true, []]);
  });
});

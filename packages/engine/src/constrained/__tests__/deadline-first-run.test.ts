// Cheapest by a deadline (plan-constrained.ts): the unconstrained search gives up at its first set
// when that misses the deadline, and its plan is kept only when it meets the deadline too. Each
// path gives the exact answer.
import { describe, expect, it } from 'vitest';
import type { Catalog, Credential } from '@pathwise/core';
import { createPlanner } from '../../index.js';

const course = (
  id: string,
  cost: number,
  durationWeeks: number,
  requires?: Credential['requires'],
) =>
  ({
    id,
    name: id,
    kind: 'course',
    cost,
    durationWeeks,
    ...(requires ? { requires } : {}),
  }) as Credential;

// The cheapest plan shares s (10 weeks) between x and y; paying p and q instead is dearer and faster,
// and is what the first set takes (each requirement alone prefers p or q to s).
const shared: Catalog = {
  format: 'pathwise.catalog/v1',
  credentials: [
    course('s', 6, 10),
    course('p', 4, 1),
    course('q', 4, 1),
    course('x', 1, 1, { any: ['s', 'p'] }),
    course('y', 1, 1, { any: ['s', 'q'] }),
    course('t', 1, 1, { all: ['x', 'y'] }),
  ],
};

// The cheap route to t (a then b) is slow, and the first set takes it.
const slow: Catalog = {
  format: 'pathwise.catalog/v1',
  credentials: [
    course('a', 1, 3),
    course('b', 1, 5, 'a'),
    course('c', 5, 1),
    course('t', 1, 2, { any: ['b', 'c'] }),
  ],
};

const plan = (catalog: Catalog, maxWeeks: number) => {
  const p = createPlanner(catalog).plan({ target: 't', asOf: '2026-01-01', maxWeeks });
  return [p.optimal, p.totalCost, p.totalWeeks];
};

describe('cheapest by a deadline', () => {
  it('is the unconstrained plan when that meets the deadline', () => {
    expect(plan(shared, 12)).toEqual([true, 9, 12]);
  });

  it('searches by the deadline when the first set meets it and the cheapest plan does not', () => {
    expect(plan(shared, 5)).toEqual([true, 11, 3]);
  });

  it('searches by the deadline at once when the first set misses it', () => {
    expect(plan(slow, 10)).toEqual([true, 3, 10]);
    expect(plan(slow, 9.5)).toEqual([true, 6, 3]);
  });
});

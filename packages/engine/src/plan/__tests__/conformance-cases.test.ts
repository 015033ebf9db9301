// The repository's conformance cases (docs/conformance) through createPlanner: exact totals for
// both objectives (and what the learner pays under a sponsor), valid plans.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexCatalog, type Catalog, type Holding } from '@pathwise/core';
import { createPlanner } from '../create-planner.js';
import type { Sponsor } from '../../plan-types.js';
import { validatePlan } from '../../validate/validate-plan.js';

interface Case {
  name: string;
  catalog: Catalog;
  queries: {
    target: string;
    have: Holding[];
    asOf: string;
    weeklyHours?: number;
    sponsor?: Sponsor;
    keepFor?: number;
    expect: {
      cheapest: { totalCost: number; outOfPocket?: number };
      fastest: { totalWeeks: number };
    };
  }[];
}

const dir =
  process.env.PATHWISE_CONFORMANCE_DIR ??
  resolve(import.meta.dirname, '../../../../../docs/conformance');
const cases: Case[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Case);

describe('conformance cases', () => {
  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });
  for (const c of cases) {
    const planner = createPlanner(c.catalog);
    const index = indexCatalog(c.catalog);
    c.queries.forEach((q, i) => {
      it(`${c.name} #${i}: cheapest ${q.expect.cheapest.totalCost}`, () => {
        const query = {
          target: q.target,
          have: q.have,
          asOf: q.asOf,
          ...(q.weeklyHours === undefined ? {} : { weeklyHours: q.weeklyHours }),
          ...(q.sponsor === undefined ? {} : { sponsor: q.sponsor }),
          ...(q.keepFor === undefined ? {} : { keepFor: q.keepFor }),
          objective: 'cheapest' as const,
        };
        const plan = planner.plan(query);
        expect(plan.totalCost).toBe(q.expect.cheapest.totalCost);
        expect(plan.outOfPocket).toBe(q.expect.cheapest.outOfPocket);
        expect(plan.optimal).toBe(true);
        expect(validatePlan(index, query, plan)).toEqual([]);
      });
      it(`${c.name} #${i}: fastest ${q.expect.fastest.totalWeeks}`, () => {
        const query = {
          target: q.target,
          have: q.have,
          asOf: q.asOf,
          ...(q.weeklyHours === undefined ? {} : { weeklyHours: q.weeklyHours }),
          ...(q.sponsor === undefined ? {} : { sponsor: q.sponsor }),
          ...(q.keepFor === undefined ? {} : { keepFor: q.keepFor }),
          objective: 'fastest' as const,
        };
        const plan = planner.plan(query);
        expect(plan.totalWeeks).toBe(q.expect.fastest.totalWeeks);
        expect(validatePlan(index, query, plan)).toEqual([]);
      });
    });
  }
});

// Property tests of the planner against the independent oracles of ./support on random catalogs:
// every plan valid; cheapest equals the HiGHS optimum; fastest equals the min/max recursion; no
// randomly sampled feasible plan beats the returned one. 1,650 random cases per run (1,000 + 150
// larger + 100 under a 1 ms time budget + 300 + 100), over 3,500 plans.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnknownCredentialError, InvalidInputError } from '@pathwise/core';
import { createPlanner } from '../index.js';
import { planViolations } from './support/check-plan.js';
import { fastestWeeks } from './support/fastest-recursion.js';
import { highsCheapest } from './support/highs-oracle.js';
import { randomCase, prng, generateCatalog, generateQueries } from '@pathwise/test-support';
import { sampleFeasiblePlan } from './support/random-plan.js';

describe('planner on random catalogs', () => {
  it('gives valid plans: cheapest = HiGHS optimum, fastest = min/max recursion, both optimal', async () => {
    await fc.assert(
      fc.asyncProperty(randomCase(), async (c) => {
        const before = structuredClone(c.catalog);
        const planner = createPlanner(c.catalog);
        // A budget no loaded machine runs out of: the property is the proof, not its speed.
        const query = { target: c.target, have: c.have, asOf: c.asOf, timeBudgetMs: 60_000 };
        const cheapest = planner.plan({ ...query, objective: 'cheapest' });
        const fastest = planner.plan({ ...query, objective: 'fastest' });
        expect(planViolations(c.catalog, { ...query, objective: 'cheapest' }, cheapest)).toEqual(
          [],
        );
        expect(planViolations(c.catalog, { ...query, objective: 'fastest' }, fastest)).toEqual([]);
        expect(cheapest.optimal).toBe(true);
        expect(fastest.optimal).toBe(true);
        expect(cheapest.totalCost).toBe((await highsCheapest(c.catalog, query)).totalCost);
        expect(fastest.totalWeeks).toBe(fastestWeeks(c.catalog, query));
        expect(c.catalog).toEqual(before);
      }),
      { numRuns: 1000 },
    );
  });

  it('matches the oracles on larger catalogs (25-60 credentials)', async () => {
    await fc.assert(
      fc.asyncProperty(randomCase(25, 60), async (c) => {
        const planner = createPlanner(c.catalog);
        const query = { target: c.target, have: c.have, asOf: c.asOf };
        const cheapest = planner.plan({ ...query, objective: 'cheapest' });
        const fastest = planner.plan({ ...query, objective: 'fastest' });
        expect(planViolations(c.catalog, { ...query, objective: 'cheapest' }, cheapest)).toEqual(
          [],
        );
        expect(planViolations(c.catalog, { ...query, objective: 'fastest' }, fastest)).toEqual([]);
        expect(cheapest.totalCost).toBe((await highsCheapest(c.catalog, query)).totalCost);
        expect(fastest.totalWeeks).toBe(fastestWeeks(c.catalog, query));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps plans valid under a 1 ms time budget, with bound ≤ optimum ≤ cost when not proven', async () => {
    await fc.assert(
      fc.asyncProperty(randomCase(25, 60), async (c) => {
        const planner = createPlanner(c.catalog);
        const query = { target: c.target, have: c.have, asOf: c.asOf };
        const optimum = (await highsCheapest(c.catalog, query)).totalCost;
        const plan = planner.plan({ ...query, objective: 'cheapest', timeBudgetMs: 1 });
        expect(planViolations(c.catalog, { ...query, objective: 'cheapest' }, plan)).toEqual([]);
        if (plan.optimal) expect(plan.totalCost).toBe(optimum);
        else {
          expect(plan.bound).toBeLessThanOrEqual(optimum);
          expect(plan.totalCost).toBeGreaterThanOrEqual(optimum);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('keeps bound ≤ optimum ≤ cost under a 1 ms budget on layered catalogs (bench generator, 3,000 credentials)', async () => {
    const bench = generateCatalog(3000, 'mixed', 99);
    const planner = createPlanner(bench.catalog);
    for (const query of generateQueries(bench, 60, 3)) {
      const optimum = (await highsCheapest(bench.catalog, query)).totalCost;
      const plan = planner.plan({ ...query, objective: 'cheapest', timeBudgetMs: 1 });
      expect(planViolations(bench.catalog, { ...query, objective: 'cheapest' }, plan)).toEqual([]);
      if (plan.optimal) expect(plan.totalCost).toBe(optimum);
      else expect([plan.bound! <= optimum, plan.totalCost >= optimum]).toEqual([true, true]);
      const exact = planner.plan({ ...query, objective: 'cheapest' });
      expect([exact.optimal, exact.totalCost]).toEqual([true, optimum]);
    }
  });

  it('lists a zero-week prerequisite before the step it enables (same startWeek)', () => {
    const catalog = {
      format: 'pathwise.catalog/v1' as const,
      credentials: [
        { id: 'c2', name: 'Two', kind: 'course' as const, cost: 0, durationWeeks: 0 },
        {
          id: 'c10',
          name: 'Ten',
          kind: 'course' as const,
          cost: 0,
          durationWeeks: 0,
          requires: 'c2',
        },
      ],
    };
    for (const objective of ['cheapest', 'fastest'] as const) {
      const query = { target: 'c10', have: [], asOf: '2026-06-01', objective };
      expect(planViolations(catalog, query, createPlanner(catalog).plan(query))).toEqual([]);
    }
  });

  it('is never beaten by a randomly sampled feasible plan', () => {
    fc.assert(
      fc.property(randomCase(), fc.integer(), (c, seed) => {
        const planner = createPlanner(c.catalog);
        const query = { target: c.target, have: c.have, asOf: c.asOf };
        const cheapest = planner.plan({ ...query, objective: 'cheapest' });
        const fastest = planner.plan({ ...query, objective: 'fastest' });
        const random = prng(seed);
        for (let i = 0; i < 20; i++) {
          const sample = sampleFeasiblePlan(c.catalog, query, random);
          expect(cheapest.totalCost).toBeLessThanOrEqual(sample.totalCost);
          expect(fastest.totalWeeks).toBeLessThanOrEqual(sample.totalWeeks);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers many queries from one planner the same as from fresh ones', () => {
    fc.assert(
      fc.property(randomCase(8, 22), (c) => {
        const shared = createPlanner(c.catalog);
        for (const credential of c.catalog.credentials.slice(-4)) {
          for (const objective of ['cheapest', 'fastest'] as const) {
            const query = { target: credential.id, have: c.have, asOf: c.asOf, objective };
            const again = shared.plan(query);
            expect(planViolations(c.catalog, query, again)).toEqual([]);
            const fresh = createPlanner(c.catalog).plan(query);
            expect([again.totalCost, again.totalWeeks]).toEqual([
              fresh.totalCost,
              fresh.totalWeeks,
            ]);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('planner input errors', () => {
  const catalog = {
    format: 'pathwise.catalog/v1' as const,
    credentials: [{ id: 'a', name: 'A', kind: 'course' as const, cost: 1, durationWeeks: 1 }],
  };
  it('refuses an unknown target or holding with UNKNOWN_CREDENTIAL', () => {
    const planner = createPlanner(catalog);
    const error = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const unknownTarget = error(() => planner.plan({ target: 'nope', asOf: '2026-06-01' }));
    const unknownHolding = error(() =>
      planner.plan({ target: 'a', have: [{ id: 'nope' }], asOf: '2026-06-01' }),
    );
    for (const e of [unknownTarget, unknownHolding]) {
      expect(e).toBeInstanceOf(UnknownCredentialError);
      expect((e as UnknownCredentialError).code).toBe('UNKNOWN_CREDENTIAL');
    }
    const badDate = error(() => planner.plan({ target: 'a', asOf: '2026-02-30' }));
    expect(badDate).toBeInstanceOf(InvalidInputError);
    expect((badDate as InvalidInputError).code).toBe('INVALID_INPUT');
  });
});

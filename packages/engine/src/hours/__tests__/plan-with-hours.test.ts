// Unit tests of planning under a weekly-hours budget: staggering parallel courses, stretching a
// credential heavier than the budget, fastest's bound, the deadline, and bad input.
import { describe, expect, it } from 'vitest';
import {
  indexCatalog,
  InvalidInputError,
  parseCatalog,
  type Catalog,
  type Credential,
} from '@pathwise/core';
import { generateCatalog, generateQueries, withBenchHours } from '@pathwise/test-support';
import { createPlanner, validatePlan, type PlanQuery } from '../../index.js';
import { planViolations } from '../../__tests__/support/check-plan.js';

const course = (id: string, extra: Partial<Credential> = {}): Credential => ({
  id,
  name: id,
  kind: 'course',
  cost: 10,
  durationWeeks: 1,
  effortHours: 5,
  ...extra,
});

/** Eight one-week, 5-hour courses, all required by a zero-effort certificate. */
const eight: Catalog = {
  format: 'pathwise-catalog-v1',
  providers: [],
  credentials: [
    ...Array.from({ length: 8 }, (_, i) => course(`c${i}`)),
    course('cert', {
      kind: 'certificate',
      durationWeeks: 0,
      effortHours: 0,
      requires: { all: Array.from({ length: 8 }, (_, i) => `c${i}`) },
    }),
  ],
} as unknown as Catalog;

function planAndCheck(catalog: Catalog, query: PlanQuery & { target: string }) {
  const plan = createPlanner(catalog).plan(query);
  expect(validatePlan(indexCatalog(catalog), query, plan)).toEqual([]);
  expect(
    planViolations(
      catalog,
      { ...query, have: query.have ?? [], asOf: query.asOf!, objective: query.objective! },
      plan,
    ),
  ).toEqual([]);
  return plan;
}

describe('planning with weeklyHours', () => {
  const base = { target: 'cert', asOf: '2026-11-22' };

  it('staggers eight 5-hour courses two at a time at 10 hours a week', () => {
    const free = createPlanner(eight).plan({ ...base, objective: 'cheapest' });
    expect(free.steps.filter((s) => s.startWeek === 0)).toHaveLength(8);
    for (const objective of ['cheapest', 'fastest'] as const) {
      const plan = planAndCheck(eight, { ...base, objective, weeklyHours: 10 });
      const starts = plan.steps.filter((s) => s.credential !== 'cert').map((s) => s.startWeek);
      expect(starts.sort()).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
      expect(plan.totalWeeks).toBe(4);
      expect(plan.totalCost).toBe(free.totalCost);
      expect(plan.optimal).toBe(true);
    }
  });

  it('rejects a schedule that overloads the week (validatePlan and the checker)', () => {
    const query = { ...base, objective: 'cheapest' as const, weeklyHours: 10 };
    const free = createPlanner(eight).plan({ ...base, objective: 'cheapest' });
    const codes = validatePlan(indexCatalog(eight), query, free).map((f) => f.code);
    expect(codes).toContain('OVER_WEEKLY_HOURS');
    expect(planViolations(eight, { ...query, have: [] }, free).length).toBeGreaterThan(0);
  });

  it('stretches a credential heavier than the budget to effort / hours weeks', () => {
    const catalog = {
      format: 'pathwise-catalog-v1',
      providers: [],
      credentials: [
        course('heavy', { durationWeeks: 2, effortHours: 40 }),
        course('next', { durationWeeks: 1, effortHours: 5, requires: 'heavy' }),
      ],
    } as unknown as Catalog;
    const plan = planAndCheck(catalog, {
      target: 'next',
      asOf: '2026-11-22',
      objective: 'cheapest',
      weeklyHours: 8,
    });
    expect(plan.steps.map((s) => [s.credential, s.startWeek, s.endWeek])).toEqual([
      ['heavy', 0, 5],
      ['next', 5, 6],
    ]);
    const codes = validatePlan(
      indexCatalog(catalog),
      { target: 'next', asOf: '2026-11-22', weeklyHours: 8 },
      createPlanner(catalog).plan({ target: 'next', asOf: '2026-11-22' }),
    ).map((f) => f.code);
    expect(codes).toContain('WRONG_DURATION');
  });

  it('names a fixed course too heavy for the hours as such, and what the query excluded as excluded', () => {
    // "lab" runs exactly 2 weeks at 8 hours a week: not under 5. The query excludes "alt" itself.
    const catalog = {
      format: 'pathwise.catalog/v2',
      providers: [],
      credentials: [
        course('lab', { pace: 'fixed', durationWeeks: 2, effortHours: 16 }),
        course('alt'),
        course('next', { requires: { any: ['lab', 'alt'] } }),
      ],
    } as unknown as Catalog;
    const planner = createPlanner(catalog);
    const query: PlanQuery = {
      target: 'next',
      asOf: '2026-11-22',
      objective: 'fastest',
      weeklyHours: 5,
      exclude: ['alt'],
    };
    const plan = planner.plan(query);
    expect([plan.feasible, plan.optimal]).toEqual([false, true]);
    expect(plan.reason).toBe(
      '"next" needs "any" of ["lab", "alt"]: "lab" too heavy for 5 hours a week (fixed pace), "alt" excluded',
    );
    expect(planner.plan({ ...query, weeklyHours: 8 }).feasible).toBe(true);
  });

  it('fastest picks a route that fits the hours and proves it against the bound', () => {
    // Two routes to "goal": a fast heavy one (2 weeks, 60 h) and a slow light one (4 weeks, 4 h).
    const catalog = {
      format: 'pathwise-catalog-v1',
      providers: [],
      credentials: [
        course('fast', { durationWeeks: 2, effortHours: 60, cost: 50 }),
        course('slow', { durationWeeks: 4, effortHours: 4, cost: 5 }),
        course('goal', { durationWeeks: 0, effortHours: 0, requires: { any: ['fast', 'slow'] } }),
      ],
    } as unknown as Catalog;
    const plan = planAndCheck(catalog, {
      target: 'goal',
      asOf: '2026-11-22',
      objective: 'fastest',
      weeklyHours: 10,
    });
    expect(plan.totalWeeks).toBe(4);
    expect(plan.optimal).toBe(true);
  });

  it('proves fastest optimal by the least effort of any route (not just mandatory credentials)', () => {
    // goal needs any of p, q; each needs all of four one-week 5-hour courses: 20 h either way.
    const four = (r: string) => Array.from({ length: 4 }, (_, i) => course(`${r}${i}`));
    const gate = (id: string, requires: unknown) =>
      course(id, {
        durationWeeks: 0,
        effortHours: 0,
        requires: requires as Credential['requires'],
      });
    const catalog = {
      format: 'pathwise-catalog-v1',
      providers: [],
      credentials: [
        ...four('a'),
        ...four('b'),
        gate('p', { all: ['a0', 'a1', 'a2', 'a3'] }),
        gate('q', { all: ['b0', 'b1', 'b2', 'b3'] }),
        gate('goal', { any: ['p', 'q'] }),
      ],
    } as unknown as Catalog;
    const query = { target: 'goal', asOf: '2026-11-22', objective: 'fastest' as const };
    const plan = planAndCheck(catalog, { ...query, weeklyHours: 10 });
    expect([plan.totalWeeks, plan.optimal, plan.steps.length]).toEqual([2, true, 6]);
    const tightQuery = { ...query, weeklyHours: 10, maxWeeks: 1.5 };
    const tight = createPlanner(catalog).plan(tightQuery);
    expect(validatePlan(indexCatalog(catalog), tightQuery, tight)).toEqual([]);
    expect([tight.feasible, tight.optimal]).toEqual([false, true]);
  });

  it('cheapest decides a deadline its own schedule misses: none in time is proven', () => {
    // 40 hours at 10 a week take 4 weeks whatever the set: no plan holds cert by week 2.
    const query = { ...base, objective: 'cheapest' as const, weeklyHours: 10, maxWeeks: 2 };
    const plan = createPlanner(eight).plan(query);
    expect([plan.feasible, plan.optimal]).toEqual([false, true]);
    expect(plan.reason).toMatch(/"cert"/);
    expect(validatePlan(indexCatalog(eight), query, plan)).toEqual([]);
    const fast = createPlanner(eight).plan({ ...query, objective: 'fastest' });
    expect(fast).toMatchObject({ feasible: false, optimal: true });
  });

  it('cheapest with a deadline takes the dearer route that fits the hours, proven', () => {
    // Without hours "light" (cost 5) is the cheapest by week 2; at 10 hours a week its 30 hours take
    // 3 weeks, so only "quick" (cost 20, 10 hours) holds goal by week 2.
    const catalog = {
      format: 'pathwise-catalog-v1',
      providers: [],
      credentials: [
        course('light', { cost: 5, effortHours: 30 }),
        course('quick', { cost: 20, effortHours: 10 }),
        course('goal', {
          cost: 0,
          durationWeeks: 0,
          effortHours: 0,
          requires: { any: ['light', 'quick'] },
        }),
      ],
    } as unknown as Catalog;
    const query = {
      target: 'goal',
      asOf: '2026-11-22',
      objective: 'cheapest' as const,
      maxWeeks: 2,
    };
    expect(createPlanner(catalog).plan(query).totalCost).toBe(5);
    const plan = planAndCheck(catalog, { ...query, weeklyHours: 10 });
    expect(plan).toMatchObject({ feasible: true, optimal: true, totalCost: 20, totalWeeks: 1 });
    expect(plan.steps.map((s) => s.credential)).toEqual(['quick', 'goal']);
  });

  it('cheapest with a deadline proves the dearer route when a bundle fits side by side but not in the hours', () => {
    // Three 40-hour courses ($30 each) make a bundle; side by side each takes its 4 weeks at 10 hours
    // a week, so the stretched relaxation fits them before goal's 2 weeks by week 8 ($100). But 120
    // hours do not fit the 6 weeks before goal starts at 10 a week (60 hours): only "quick" ($200) does.
    const courses = ['a', 'b', 'c'].map((id) =>
      course(id, { cost: 30, durationWeeks: 4, effortHours: 40 }),
    );
    const catalog = {
      format: 'pathwise-catalog-v1',
      providers: [],
      credentials: [
        ...courses,
        course('bundle', {
          cost: 0,
          durationWeeks: 0,
          effortHours: 0,
          requires: { all: ['a', 'b', 'c'] },
        }),
        course('quick', { cost: 200, durationWeeks: 2, effortHours: 10 }),
        course('goal', {
          cost: 10,
          durationWeeks: 2,
          effortHours: 20,
          requires: { any: ['bundle', 'quick'] },
        }),
      ],
    } as unknown as Catalog;
    const query = {
      target: 'goal',
      asOf: '2026-11-22',
      objective: 'cheapest' as const,
      maxWeeks: 8,
      weeklyHours: 10,
    };
    const plan = planAndCheck(catalog, query);
    expect(plan).toMatchObject({ feasible: true, optimal: true, totalCost: 210 });
    expect(plan.steps.map((s) => s.credential)).toEqual(['quick', 'goal']);
    // By week 14 the bundle fits (120 + 20 hours in 14 weeks, one course after another): $100.
    expect(planAndCheck(catalog, { ...query, maxWeeks: 14 })).toMatchObject({
      optimal: true,
      totalCost: 100,
    });
  });

  it('rejects a weeklyHours that is not a positive number', () => {
    for (const weeklyHours of [0, -1, Number.NaN, '10' as unknown as number]) {
      expect(() => createPlanner(eight).plan({ ...base, weeklyHours })).toThrow(InvalidInputError);
    }
  });

  it('schedules a generated catalog whose term days fall a hair off the load breakpoints', () => {
    // Query 0 of the generated 10^3 catalog at 20 hours a week: moving steps (justify-schedule.ts)
    // put a breakpoint within the tolerance after a term day, and the search for a start that fits
    // stepped back onto the same clash for ever before load-profile.ts's segmentFrom.
    const bench = withBenchHours(generateCatalog(1000));
    const catalog = parseCatalog(bench.catalog);
    const query = {
      ...generateQueries(bench, 1)[0]!,
      objective: 'fastest' as const,
      weeklyHours: 20,
      timeBudgetMs: 300,
    };
    const plan = createPlanner(catalog).plan(query);
    expect(plan.feasible).toBe(true);
    expect(validatePlan(indexCatalog(catalog), query, plan)).toEqual([]);
  }, 120_000);
});

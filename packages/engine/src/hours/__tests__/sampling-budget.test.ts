// Sampling more schedules (sampled-schedules.ts) spends at most SAMPLE_SHARE of a query's time budget:
// an unproven fastest query under weekly hours answers with its gap instead of sampling on. Measured on
// a virtual clock that advances only while sampledSchedule reads it, so no wall-clock time is asserted.
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '@pathwise/core';
import { generateCatalog, generateQueries, withBenchHours } from '@pathwise/test-support';
import { createPlanner } from '../../index.js';
import { SAMPLE_SHARE } from '../plan-with-hours.js';

/** Virtual milliseconds one read of the clock from inside sampledSchedule costs. */
const TICK = 10;

describe('sampling under weekly hours', () => {
  it('spends at most its share of the time budget on an unproven query', () => {
    const bench = withBenchHours(generateCatalog(1_000));
    const queries = generateQueries(bench, 4);
    let t = 0;
    let sampling = 0;
    const clock = (): number => {
      if (new Error().stack?.includes('sampledSchedule')) {
        t += TICK;
        sampling += TICK;
      }
      return t;
    };
    const planner = createPlanner(parseCatalog(bench.catalog), { clock });
    const timeBudgetMs = 2_000;
    let unproven = 0;
    for (const q of queries) {
      sampling = 0;
      const plan = planner.plan({ ...q, objective: 'fastest', weeklyHours: 10, timeBudgetMs });
      expect(plan.feasible).toBe(true);
      if (plan.optimal) continue;
      unproven++;
      expect(plan.bound).toBeLessThan(plan.totalWeeks);
      // The share, plus the one read that finds it spent.
      expect(sampling).toBeLessThanOrEqual(SAMPLE_SHARE * timeBudgetMs + TICK);
    }
    expect(unproven).toBeGreaterThan(0);
  });
});

// `pathwise frontier` passes plan-v2's weekly hours, offers and sponsor through to the engine (issue
// 11 item 2), through the real built binary: on a catalog where each input changes the frontier
// (test/helpers/frontier-inputs.ts), the JSON frontier equals the engine's own for the same query
// and differs from the one without that input; every plan is valid under the independent checker.
import { beforeAll, describe, expect, it } from 'vitest';
import { createPlanner, type Frontier, type PlanQuery } from '@pathwise/engine';
import { parseCatalog } from '@pathwise/core';
import { requireBuiltCli, runCli, tempDir, writeTemp } from './run-cli.js';
import { planViolations } from '../../packages/engine/src/__tests__/support/check-plan.js';
import {
  FRONTIER_INPUTS,
  frontierInputsCatalog,
  frontierPoints,
} from '../helpers/frontier-inputs.js';

const catalog = parseCatalog(frontierInputsCatalog());
const asOf = '2026-06-01';
const catalogFile = writeTemp(tempDir(), 'catalog.json', catalog);
const base = ['frontier', '--catalog', catalogFile, '--target', 't', '--as-of', asOf, '--json'];
const flags: Record<keyof typeof FRONTIER_INPUTS, string[]> = {
  none: [],
  hours: ['--weekly-hours', '5'],
  sponsor: ['--sponsor-amount', '300', '--sponsor-providers', 'p1'],
};

beforeAll(() => requireBuiltCli());

describe('pathwise frontier with hours, offers and a sponsor', () => {
  it('gives the engine each input: the same frontier as the engine, not the one without it', async () => {
    const planner = createPlanner(catalog);
    const got: Record<string, Frontier> = {};
    for (const [name, input] of Object.entries(FRONTIER_INPUTS)) {
      const run = await runCli([...base, ...flags[name as keyof typeof flags]]);
      expect([run.status, run.stderr]).toEqual([0, '']);
      const frontier = JSON.parse(run.stdout) as Frontier;
      const query: PlanQuery = { target: 't', asOf, ...input };
      const engine = planner.frontier(query);
      expect(frontierPoints(frontier)).toEqual(frontierPoints(engine));
      expect(frontier.complete).toBe(engine.complete);
      const checked = { target: 't', asOf, ...input, have: [], objective: 'cheapest' as const };
      for (const plan of frontier.plans) expect(planViolations(catalog, checked, plan)).toEqual([]);
      got[name] = frontier;
    }
    // Offers: the fast route is the bundle's.
    expect(got.none!.plans[0]!.offers!.map((o) => o.offer)).toEqual(['fast-bundle']);
    expect(got.none!.complete).toBe(true);
    // Hours: the routes stretch (at 5 h a week dear, without effort, is fastest: week 12).
    expect(frontierPoints(got.hours!)).not.toEqual(frontierPoints(got.none!));
    expect(got.hours!.plans.map((p) => [p.totalWeeks, p.totalCost])).toEqual([
      [12, 960],
      [18, 500],
      [22, 110],
    ]);
    expect(got.hours!.complete).toBe(true);
    // Sponsor: what the learner pays ranks the routes (slow is no longer a point), proven.
    expect(got.sponsor!.plans.map((p) => [p.totalWeeks, p.outOfPocket])).toEqual([
      [3, 200],
      [11, 10],
    ]);
    expect(got.sponsor!.complete).toBe(true);
  });
});

// Large neighbourhood search (neighbourhood-search.ts) on a wide dense cone (C = 200, about 140
// undecided shared credentials): from the search's first set it finds cheaper sets, each valid
// under the independent plan checker and priced at what it earns; the searches it runs keep the
// shared decisions they are given; and cheapest with it on stays between its bound and the HiGHS
// optimum (the dense property tests' cones are too small to reach it).
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '@pathwise/core';
import { DENSE_TARGET, denseConeCatalog } from '@pathwise/test-support';
import { compileIndex } from '../../compile/compact-index.js';
import { Workspace } from '../../compile/workspace.js';
import { cheapestSet } from '../branch-and-bound.js';
import { CheapestState } from '../cheapest-state.js';
import { NeighbourhoodSearch } from '../neighbourhood-search.js';
import { IN, OUT, UNDECIDED } from '../../search/decision-search.js';
import { createPlanner } from '../../index.js';
import { planFromSet } from '../../__tests__/support/plan-from-set.js';
import { planViolations } from '../../__tests__/support/check-plan.js';
import { highsCheapest } from '../../__tests__/support/highs-oracle.js';

const now = (): number => performance.now();
const query = {
  target: DENSE_TARGET,
  have: [],
  asOf: '2026-06-01',
  objective: 'cheapest' as const,
};

function wideCone(seed: number) {
  const catalog = denseConeCatalog(200, seed);
  const ws = new Workspace(compileIndex(parseCatalog(catalog)));
  ws.setHeld([]);
  const order = ws.cone(ws.index.ids.indexOf(DENSE_TARGET));
  return { catalog, ws, order };
}

/** Checks a set of credential ints as a plan: valid, and costing `cost`. */
function expectValidSet(
  catalog: ReturnType<typeof denseConeCatalog>,
  ws: Workspace,
  set: readonly number[],
  cost: number,
): void {
  const ids = new Set(set.map((c) => ws.index.ids[c]!));
  const plan = planFromSet(catalog, query, ids);
  expect(planViolations(catalog, query, plan)).toEqual([]);
  expect(plan.totalCost).toBeCloseTo(cost, 6);
}

describe('neighbourhood search on a wide cone', () => {
  it('finds cheaper valid sets than the search first finds', () => {
    for (const seed of [1, 2]) {
      const { catalog, ws, order } = wideCone(seed);
      // No time to search: the realised DP choices, improved by free rides.
      const first = cheapestSet(ws, order, 0, now);
      const state = new CheapestState(ws, order);
      const lns = new NeighbourhoodSearch(state, (p, below, ms) =>
        cheapestSet(ws, order, ms, now, below, undefined, p),
      );
      const found = lns.improve({ set: first.set, cost: first.cost }, now() + 500, now);
      expect(found).toBeDefined();
      expect(found!.cost).toBeLessThan(first.cost);
      expect(lns.wins).toBeGreaterThan(0);
      expectValidSet(catalog, ws, found!.set, found!.cost);
    }
  });

  it('runs the search inside the shared decisions it presets', () => {
    const { catalog, ws, order } = wideCone(3);
    const state = new CheapestState(ws, order);
    const first = cheapestSet(ws, order, 0, now);
    const inFirst = new Set(first.set.map((c) => ws.local(c)));
    // Every undecided shared credential preset as the first set has it but the first ten.
    const preset = new Uint8Array(order.length);
    let freed = 0;
    for (let l = 0; l < order.length - 1; l++) {
      if (!state.isShared(l) || state.decision[l] !== UNDECIDED) continue;
      if (freed++ < 10) continue;
      preset[l] = inFirst.has(l) ? IN : OUT;
    }
    const r = cheapestSet(ws, order, 200, now, Infinity, undefined, preset);
    for (const c of r.set) expect(preset[ws.local(c)]).not.toBe(OUT);
    expect(r.cost).toBeLessThanOrEqual(first.cost);
    expectValidSet(catalog, ws, r.set, r.cost);
  });

  it('keeps bound ≤ optimum ≤ cost with it on', async () => {
    for (const seed of [4, 5]) {
      const catalog = denseConeCatalog(200, seed);
      const plan = createPlanner(catalog).plan({ ...query, timeBudgetMs: 400 });
      expect(planViolations(catalog, query, plan)).toEqual([]);
      const optimum = (await highsCheapest(catalog, query)).totalCost;
      if (plan.optimal) expect(plan.totalCost).toBe(optimum);
      else {
        expect(plan.bound!).toBeLessThanOrEqual(optimum + 1e-6);
        expect(plan.totalCost).toBeGreaterThanOrEqual(optimum);
      }
    }
  }, 120_000);
});

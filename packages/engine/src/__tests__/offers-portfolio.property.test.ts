// The portfolio (offers/mip-proof.ts): a planner given HiGHS as its MIP solver, on random tiny
// catalogs with one-off and periodic offers, against the exhaustive oracle of support/offers-oracle.ts
// (no code shared with the engine, HiGHS's programme included: the oracle enumerates). Every plan is
// valid and cost-optimal where it says so; every cheapest plan is proven, the solver running on
// every query (mipAlways: the engine's search proves these tiny cases itself, and the solver's plans
// are what is tested here), and proving each. 600 cases per run.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MipSolver } from '../index.js';
import { createPlanner, loadHighsSolver } from '../index.js';
import { offersCase } from './support/offers-case.js';
import { expectExact } from './support/expect-offers.js';

let highs: MipSolver;
beforeAll(async () => {
  highs = await loadHighsSolver();
});

describe('the portfolio: the engine with a MIP solver', () => {
  it('proves every cheapest plan with offers, each valid and optimal by the exhaustive oracle', () => {
    let calls = 0;
    let solved = 0;
    const mip: MipSolver = {
      solve(model, seconds) {
        calls++;
        const result = highs.solve(model, seconds);
        if (result.status === 'optimal') solved++;
        return result;
      },
    };
    fc.assert(
      fc.property(offersCase(), (c) => {
        const planner = createPlanner(c.catalog, { mip, mipAlways: true });
        const query = { target: c.target, have: c.have, asOf: c.asOf };
        const plan = planner.plan({ ...query, objective: 'cheapest' });
        expectExact(c.catalog, query, plan, 'cheapest');
        expect(plan.optimal).toBe(true);
        const fastest = planner.plan({ ...query, objective: 'fastest' });
        expectExact(c.catalog, query, fastest, 'fastest');
      }),
      { numRuns: 600 },
    );
    console.info(`the MIP solver ran on ${calls} queries and proved ${solved}`);
    expect(calls).toBeGreaterThan(0);
    expect(solved).toBe(calls);
  });
});

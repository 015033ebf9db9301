// The Lagrangian bound re-evaluates only the credentials its prices can move: after any sequence of
// multiplier steps, decisions and evaluations under other policies (as the incumbent's moves make),
// its DP values must equal a full evaluation under the same prices.
import { describe, expect, it } from 'vitest';
import { prng } from '@pathwise/test-support';
import { IN, OUT, UNDECIDED } from '../../search/decision-search.js';
import { LagrangianBound } from '../lagrangian-bound.js';
import { randomState } from './random-state.js';
import type { CheapestState } from '../cheapest-state.js';

/** Each of 300 random cones (those whose target is not held) with a bound at its starting shares. */
function* startedBounds(): Generator<{
  seed: number;
  state: CheapestState;
  lagrange: LagrangianBound;
  r: () => number;
  isOut: (l: number) => boolean;
}> {
  for (let seed = 1; seed <= 300; seed++) {
    const state = randomState(seed);
    if (state === undefined) continue;
    const lagrange = new LagrangianBound(state);
    lagrange.startShares();
    const isOut = (l: number): boolean => state.decision[l] === OUT;
    yield { seed, state, lagrange, r: prng(seed), isOut };
  }
}

describe('LagrangianBound', () => {
  it('gives the values of a full evaluation under its prices, whatever ran between (300 random cones)', () => {
    let compared = 0;
    for (const { seed, state, lagrange, r, isOut } of startedBounds()) {
      const { order, dp, decision } = state;
      for (let round = 0; round < 12; round++) {
        const lb = lagrange.lagrangian();
        const got = dp.full.slice();
        dp.evaluate(lagrange.priced, isOut);
        expect(got, `seed ${seed}, round ${round}`).toEqual(dp.full);
        compared++;
        // What the search does between two bounds: a step, a decision taken or undone (on
        // backtracking), another policy's values (the incumbent's moves).
        if (lb < Infinity) lagrange.step(lb, 1, lb + 1 + 50 * r());
        const shared = [...order.keys()].filter((l) => state.isShared(l));
        if (shared.length > 0 && r() < 0.3)
          decision[shared[Math.floor(r() * shared.length)]!] = [UNDECIDED, IN, IN, OUT][
            Math.floor(4 * r())
          ]!;
        dp.evaluate(() => 1 + Math.floor(10 * r()));
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });

  it('gives the same bound and values after restoring a snapshot, whatever ran between (300 random cones)', () => {
    let compared = 0;
    for (const { seed, state, lagrange, r, isOut } of startedBounds()) {
      const { dp } = state;
      for (let i = 0; i < 3; i++) {
        const lb = lagrange.lagrangian();
        if (lb < Infinity) lagrange.step(lb, 1, lb + 1 + 50 * r());
      }
      const saved = lagrange.snapshot();
      const before = lagrange.lagrangian();
      const values = dp.full.slice();
      // Other steps and another policy's values, as other nodes of the search make.
      for (let i = 0; i < 4; i++) {
        const lb = lagrange.lagrangian();
        if (lb < Infinity) lagrange.step(lb, 1, lb + 1 + 50 * r());
        dp.evaluate(() => 1 + Math.floor(10 * r()));
      }
      lagrange.restore(saved);
      expect(lagrange.lagrangian(), `seed ${seed}`).toBe(before);
      expect(dp.full, `seed ${seed}`).toEqual(values);
      dp.evaluate(lagrange.priced, isOut);
      expect(dp.full, `seed ${seed}`).toEqual(values);
      compared++;
    }
    expect(compared).toBeGreaterThan(150);
  });
});

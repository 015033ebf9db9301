// The choices a ChoiceMemo replays are the ones dp.choose walks, for the DP's last evaluation only;
// for the Lagrangian bound's policy, which it keeps across evaluations, after any sequence of
// steps, decisions and other policies' evaluations.
import { describe, expect, it } from 'vitest';
import { prng } from '@pathwise/test-support';
import type { ChildValue } from '../cone-dp.js';
import { IN, OUT, UNDECIDED } from '../../search/decision-search.js';
import { LagrangianBound } from '../lagrangian-bound.js';
import { randomState } from './random-state.js';

describe('ChoiceMemo', () => {
  it('replays dp.choose under the last evaluation, and forgets it at the next (200 random cones)', () => {
    let walks = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const state = randomState(seed);
      if (state === undefined) continue;
      const { ws, order, dp, choices } = state;
      const r = prng(seed);
      // A policy with its own prices per slot, drawn anew for each evaluation.
      const policyOf = (): ChildValue => {
        const price = new Map<number, number>();
        return (_c, slot) => {
          if (!price.has(slot)) price.set(slot, r() < 0.1 ? Infinity : Math.floor(20 * r()));
          return price.get(slot)!;
        };
      };
      for (let round = 0; round < 4; round++) {
        const policy = policyOf();
        dp.evaluate(policy);
        const direct = (l: number): number[] => {
          const out: number[] = [];
          const c = order[l]!;
          dp.choose(ws.index.req[c]!, policy, (x, slot) => out.push(x, slot), dp.rootSlot(c));
          return out;
        };
        const memo = (l: number, p: ChildValue = policy): number[] => {
          const out: number[] = [];
          choices.chooseFor(l, p, (x, slot) => out.push(x, slot));
          return out;
        };
        for (let pass = 0; pass < 2; pass++) {
          for (let l = 0; l < order.length; l++) {
            expect(memo(l), `seed ${seed}, round ${round}, local ${l}`).toEqual(direct(l));
            walks++;
          }
        }
        // Another policy than the evaluation's walks its own choices, recorded or not.
        const other: ChildValue = () => 1;
        const l = Math.floor(r() * order.length);
        const c = order[l]!;
        const expected: number[] = [];
        dp.choose(ws.index.req[c]!, other, (x, slot) => expected.push(x, slot), dp.rootSlot(c));
        expect(memo(l, other)).toEqual(expected);
      }
    }
    expect(walks).toBeGreaterThan(5000);
  });

  it('replays the choices of the Lagrangian bound as dp.choose walks them, evaluation after evaluation (300 random cones)', () => {
    let walks = 0;
    let replayed = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const state = randomState(seed);
      if (state === undefined) continue;
      const { ws, order, dp, decision, choices } = state;
      const lagrange = new LagrangianBound(state);
      const { priced } = lagrange;
      const r = prng(seed);
      lagrange.startShares();
      // Counts the folds the memo makes (dp.choose calls it records with).
      const choose = dp.choose.bind(dp);
      let folds = 0;
      dp.choose = (...args) => {
        folds++;
        choose(...args);
      };
      for (let round = 0; round < 12; round++) {
        const lb = lagrange.lagrangian();
        for (let l = 0; l < order.length; l++) {
          const c = order[l]!;
          const expected: number[] = [];
          choose(ws.index.req[c]!, priced, (x, slot) => expected.push(x, slot), dp.rootSlot(c));
          const got: number[] = [];
          const before = folds;
          choices.chooseFor(l, priced, (x, slot) => got.push(x, slot));
          if (folds === before) replayed++;
          expect(got, `seed ${seed}, round ${round}, local ${l}`).toEqual(expected);
          walks++;
        }
        if (lb < Infinity) {
          if (r() < 0.5) lagrange.ascend();
          lagrange.step(lb, 1, lb + 1 + 50 * r());
        }
        const shared = [...order.keys()].filter((l) => state.isShared(l));
        if (shared.length > 0 && r() < 0.3)
          decision[shared[Math.floor(r() * shared.length)]!] = [UNDECIDED, IN, IN, OUT][
            Math.floor(4 * r())
          ]!;
        if (r() < 0.5) dp.evaluate(() => 1 + Math.floor(10 * r()));
      }
    }
    expect(walks).toBeGreaterThan(15000);
    // Kept across evaluations: most walks replay what an earlier evaluation recorded.
    expect(replayed).toBeGreaterThan(walks / 4);
  });
});

// The decision search hands each child what its parent's visit handed on, whichever nodes the
// search visits in between (best bound first), and visits every node of an unpruned tree once.
import { describe, expect, it } from 'vitest';
import { decisionSearch, UNDECIDED } from '../decision-search.js';
import type { NodeVisit } from '../decision-search.js';

describe('decisionSearch', () => {
  it('gives both children of a node what that node handed on', () => {
    const n = 4;
    const decision = new Uint8Array(n);
    const received = new Map<string, number>();
    let visits = 0;
    const visit = (
      parentBound: number,
      root: boolean,
      carry: string | undefined,
    ): NodeVisit<string> => {
      visits++;
      const state = [...decision].join(',');
      if (root) expect(carry).toBeUndefined();
      else {
        // The parent's state is this one with exactly one decision undone.
        const parent = carry!.split(',').map(Number);
        const differ = parent.filter((d, i) => d !== decision[i]);
        expect(differ, `${carry} -> ${state}`).toEqual([UNDECIDED]);
        received.set(carry!, (received.get(carry!) ?? 0) + 1);
      }
      const pick = decision.indexOf(UNDECIDED);
      // Bounds that rise with each OUT decision, so the best-bound search leaves a dive's OUT
      // children for later and visits other nodes in between.
      const lb = parentBound + decision.filter((d) => d === 2).length;
      return { pick, lb, carry: pick >= 0 ? state : undefined };
    };
    const end = decisionSearch({ decision, floor: 0, stopAt: Infinity, now: () => 0, visit });
    expect(end.aborted).toBe(false);
    expect(visits).toBe(2 ** (n + 1) - 1);
    expect(received.size).toBe(2 ** n - 1);
    for (const [state, count] of received) expect(count, state).toBe(2);
    expect([...decision]).toEqual([0, 0, 0, 0]);
  });
});

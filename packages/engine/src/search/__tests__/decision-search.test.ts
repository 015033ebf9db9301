// The decision search hands each child what its parent's visit handed on, whichever nodes the
// search visits in between (best bound first), visits every node of an unpruned tree once, and
// tells each visit the bound proven so far.
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

  it('tells each visit the least bound among the open nodes, its own included', () => {
    const n = 5;
    const decision = new Uint8Array(n);
    // What the search has left open, kept here independently: node states with their floors.
    const open = new Map<string, number>();
    const provenSeen: number[] = [];
    const visit = (
      parentBound: number,
      root: boolean,
      _carry: undefined,
      proven: number,
    ): NodeVisit => {
      const state = [...decision].join(',');
      if (root) expect(proven).toBe(parentBound);
      else {
        expect(open.get(state)).toBe(parentBound);
        expect(proven).toBe(Math.min(...open.values()));
        open.delete(state);
      }
      provenSeen.push(proven);
      const pick = decision.indexOf(UNDECIDED);
      // Bounds that vary by branch: OUT decisions at even indices cost 3, at odd ones 1.
      const lb = parentBound + decision.reduce((s, d, i) => s + (d === 2 ? (i % 2 ? 1 : 3) : 0), 0);
      if (pick >= 0) {
        for (const value of [1, 2]) {
          const child = [...decision];
          child[pick] = value;
          open.set(child.join(','), lb);
        }
      }
      return { pick, lb };
    };
    decisionSearch({ decision, floor: 0, stopAt: Infinity, now: () => 0, visit });
    expect(open.size).toBe(0);
    // Best bound first: the proven bound never falls, and it rises above the root's.
    for (let i = 1; i < provenSeen.length; i++)
      expect(provenSeen[i]).toBeGreaterThanOrEqual(provenSeen[i - 1]!);
    expect(provenSeen[provenSeen.length - 1]).toBeGreaterThan(0);
  });
});

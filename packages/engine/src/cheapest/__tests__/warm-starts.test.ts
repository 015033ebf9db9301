// WarmStarts, on the real Lagrangian bound of random cones: a child starts from exactly the
// multipliers its parent handed on, whatever steps ran between; what is handed on is let go after
// the second child; no more is kept than the memory cap allows at once.
import { describe, expect, it } from 'vitest';
import { LagrangianBound } from '../lagrangian-bound.js';
import { WarmStarts } from '../warm-starts.js';
import { randomState } from './random-state.js';

/** The bound of the first random cone (of 300) whose ascent steps still move its multipliers. */
function steppedBound(): { lagrange: LagrangianBound; occurrences: number; step: () => void } {
  for (let seed = 1; seed <= 300; seed++) {
    const state = randomState(seed);
    if (state === undefined || state.occ.count === 0) continue;
    const lagrange = new LagrangianBound(state);
    lagrange.startShares();
    const step = (): void => {
      const lb = lagrange.lagrangian();
      lagrange.step(lb, 1, lb + 10);
    };
    step();
    const before = lagrange.snapshot();
    step();
    const after = lagrange.snapshot();
    step();
    const moved = (a: Float64Array, b: Float64Array): boolean => a.some((x, i) => x !== b[i]);
    if (moved(before, after) && moved(after, lagrange.snapshot()))
      return { lagrange, occurrences: state.occ.count, step };
  }
  throw new Error('no random cone of 300 has multipliers that its ascent steps move');
}

describe('WarmStarts', () => {
  it('starts both children from what their parent handed on, and then lets it go', () => {
    const { lagrange, occurrences, step } = steppedBound();
    const warm = new WarmStarts(lagrange, occurrences);
    const handed = lagrange.snapshot();
    const saved = warm.handOn()!;
    expect(saved).toEqual(handed);
    expect(warm.keptCount).toBe(1);
    step();
    expect(lagrange.snapshot()).not.toEqual(handed);
    warm.startFrom(saved);
    expect(lagrange.snapshot()).toEqual(handed);
    expect(warm.keptCount).toBe(1);
    step();
    warm.startFrom(saved);
    expect(lagrange.snapshot()).toEqual(handed);
    expect(warm.keptCount).toBe(0);
  });

  it('hands nothing on past its memory cap, and again once some is let go', () => {
    const { lagrange, occurrences } = steppedBound();
    // Room for two sets of multipliers (8 bytes each).
    const warm = new WarmStarts(lagrange, occurrences, 2 * 8 * occurrences);
    const a = warm.handOn()!;
    expect(warm.handOn()).toBeDefined();
    expect(warm.handOn()).toBeUndefined();
    warm.startFrom(a);
    warm.startFrom(a);
    expect(warm.handOn()).toBeDefined();
  });
});

// WarmStarts keeps a node's multipliers until both its children have started from them, and keeps
// no more than its memory cap allows at once.
import { describe, expect, it } from 'vitest';
import type { LagrangianBound } from '../lagrangian-bound.js';
import { WarmStarts } from '../warm-starts.js';

/** A stand-in with the two calls WarmStarts makes: multipliers as one number. */
function fakeBound(): { bound: LagrangianBound; current: () => number; set: (x: number) => void } {
  let lambda = 0;
  const bound = {
    snapshot: () => Float64Array.of(lambda),
    restore: (saved: Float64Array) => {
      lambda = saved[0]!;
    },
  } as unknown as LagrangianBound;
  return { bound, current: () => lambda, set: (x) => (lambda = x) };
}

describe('WarmStarts', () => {
  it('restores what was handed on, and lets it go after the second child', () => {
    const { bound, current, set } = fakeBound();
    const warm = new WarmStarts(bound, 1);
    set(5);
    const saved = warm.handOn()!;
    expect(warm.keptCount).toBe(1);
    set(9);
    warm.startFrom(saved);
    expect(current()).toBe(5);
    expect(warm.keptCount).toBe(1);
    set(7);
    warm.startFrom(saved);
    expect(current()).toBe(5);
    expect(warm.keptCount).toBe(0);
  });

  it('hands nothing on past its memory cap, and again once some is let go', () => {
    const { bound } = fakeBound();
    // Room for two sets of 4 multipliers (8 bytes each).
    const warm = new WarmStarts(bound, 4, 64);
    const a = warm.handOn()!;
    expect(warm.handOn()).toBeDefined();
    expect(warm.handOn()).toBeUndefined();
    warm.startFrom(a);
    warm.startFrom(a);
    expect(warm.handOn()).toBeDefined();
  });
});

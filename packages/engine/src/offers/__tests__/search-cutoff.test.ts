// The cheapest search's cutoff (branch-and-bound.ts), the hook the planner with offers uses to stop an
// offer set's run once that set cannot beat the best plan found: on random catalogs against brute
// force, a cutoff above the optimum changes nothing, and one below it returns a real set, not
// optimal, with a proven bound at least the cutoff and at most the optimum.
import { describe, expect, it } from 'vitest';
import { randomCatalog } from '@pathwise/test-support';
import { compileIndex } from '../../compile/compact-index.js';
import { Workspace } from '../../compile/workspace.js';
import { cheapestSet } from '../../cheapest/branch-and-bound.js';
import { bruteCheapest } from '../../cheapest/__tests__/brute-force.js';

describe('cheapestSet with a cutoff', () => {
  it('is the plain search above the optimum and a proven bound below it', () => {
    let below = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const catalog = randomCatalog(seed, 14);
      const target = 'c13';
      const optimum = bruteCheapest(catalog, new Set(), target);
      if (!(optimum > 0 && optimum < Infinity)) continue;
      const ws = new Workspace(compileIndex(catalog));
      ws.setHeld([]);
      const order = ws.cone(ws.index.idOf.get(target)!);
      const run = (cutoff: number) => cheapestSet(ws, order, 5000, undefined, cutoff);
      const above = run(optimum + 1);
      expect(above.optimal).toBe(true);
      expect(above.cost).toBeCloseTo(optimum, 9);
      const cut = run(optimum / 2);
      below++;
      expect(cut.optimal).toBe(false);
      expect(cut.bound).toBeGreaterThanOrEqual(optimum / 2 - 1e-9);
      expect(cut.bound).toBeLessThanOrEqual(optimum + 1e-9);
      const cost = cut.set.reduce((s, c) => s + ws.index.cost[c]!, 0);
      expect(cost).toBeCloseTo(cut.cost, 9);
      expect(cut.cost).toBeGreaterThanOrEqual(optimum - 1e-9);
    }
    expect(below).toBeGreaterThan(10);
  });
});

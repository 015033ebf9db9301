// cheapestSet directly: greedy-trap catalogs, the time budget (optimal: false with a proven bound).
import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../compile/compact-index.js';
import { Workspace } from '../../compile/workspace.js';
import { cheapestSet } from '../branch-and-bound.js';
import { makeCatalog } from '../../compile/__tests__/make-catalog.js';
import { randomCatalog } from '@pathwise/test-support';
import { bruteCheapest } from './brute-force.js';
import type { Catalog } from '@pathwise/core';

function solve(catalog: Catalog, target: string, budgetMs = 1000, now?: () => number) {
  const ws = new Workspace(compileIndex(catalog));
  ws.setHeld([]);
  const order = ws.cone(ws.index.idOf.get(target)!);
  const r = cheapestSet(ws, order, budgetMs, now);
  return { ...r, ids: r.set.map((c) => ws.index.ids[c]).sort() };
}

// Greedy per branch picks e1, e2 (20 each) for 40; sharing "hub" (30) gives e3 + e4 at 1 each: 32.
const hubCatalog = makeCatalog(
  ['hub', 30, 1],
  ['e1', 20, 1],
  ['e2', 20, 1],
  ['e3', 1, 1, 'hub'],
  ['e4', 1, 1, 'hub'],
  ['t', 0, 1, { all: [{ any: ['e1', 'e3'] }, { any: ['e2', 'e4'] }] }],
);

describe('cheapestSet', () => {
  it('shares a prerequisite under atLeast across branches', () => {
    const r = solve(hubCatalog, 't');
    expect(r.cost).toBe(32);
    expect(r.ids).toEqual(['e3', 'e4', 'hub', 't']);
    expect(r.optimal).toBe(true);
  });
  it('gives up at its first set when asked, and otherwise searches on', () => {
    // The first set pays e1 and e2 (each requirement alone prefers them to hub); the optimum shares hub.
    const ws = new Workspace(compileIndex(hubCatalog));
    ws.setHeld([]);
    const order = ws.cone(ws.index.idOf.get('t')!);
    const seen: string[][] = [];
    const ask = (answer: boolean) => (first: number[]) => {
      seen.push(first.map((c) => ws.index.ids[c]!).sort());
      return answer;
    };
    const stopped = cheapestSet(ws, order, 1000, undefined, Infinity, ask(true));
    expect([stopped.gaveUp, stopped.optimal, stopped.cost, stopped.bound]).toEqual([
      true,
      false,
      40,
      0,
    ]);
    const searched = cheapestSet(ws, order, 1000, undefined, Infinity, ask(false));
    expect([searched.gaveUp, searched.optimal, searched.cost]).toEqual([undefined, true, 32]);
    expect(seen).toEqual([
      ['e1', 'e2', 't'],
      ['e1', 'e2', 't'],
    ]);
  });
  it('counts a credential named twice in one atLeast once', () => {
    const catalog = makeCatalog(
      ['a', 10, 1],
      ['b', 3, 1],
      ['t', 0, 1, { atLeast: 2, of: ['a', { any: ['a', 'b'] }] }],
    );
    expect(solve(catalog, 't').cost).toBe(10);
  });
  it('covers credits whose modules share a prerequisite', () => {
    const catalog = makeCatalog(
      ['p', 40, 1],
      ['m1', 5, 1, 'p', { credits: 2 }],
      ['m2', 5, 1, 'p', { credits: 2 }],
      ['m3', 30, 1, undefined, { credits: 2 }],
      ['m4', 30, 1, undefined, { credits: 2 }],
      ['t', 0, 1, { credits: 4, of: ['m1', 'm2', 'm3', 'm4'] }],
    );
    // Without sharing each of m1/m2 "costs" 45; shared, m1 + m2 + p = 50 < m3 + m4 = 60.
    expect(solve(catalog, 't').cost).toBe(50);
  });
  it('returns a valid best-so-far set with optimal: false and a bound below it when the clock runs out', () => {
    // A catalog that needs branching: find one among random ones, then run it with a clock that
    // jumps past the deadline after the first node.
    let checked = 0;
    let cut = 0;
    for (let seed = 1; seed < 400 && checked < 3; seed++) {
      const catalog = randomCatalog(seed, 16);
      const target = 'c15';
      const full = solve(catalog, target);
      if (full.nodes < 3) continue;
      checked++;
      let calls = 0;
      const r = solve(catalog, target, 10, () => (calls++ < 2 ? 0 : 1e9));
      expect(r.nodes).toBeGreaterThanOrEqual(1);
      expect(r.cost).toBeGreaterThanOrEqual(full.cost);
      expect(r.bound).toBeLessThanOrEqual(full.cost);
      if (!r.optimal) {
        cut++;
        expect(r.bound).toBeLessThan(r.cost);
      } else expect(r.cost).toBe(full.cost);
      expect(full.cost).toBe(bruteCheapest(catalog, new Set(), target));
    }
    expect(checked).toBe(3);
    expect(cut).toBeGreaterThan(0);
  });
  it('proves the optimum with prices in cents and in no grain at all, and bounds it when stopped early', () => {
    // Whole prices are the other tests' (grain 1: bounds round up to whole units); here the same
    // catalogs priced in cents (grain 0.01) and in thirds (no grain: bounds are not rounded). That a
    // rounding is the least multiple at or above the bound is numeric/cost-grain.test.ts's: on these
    // tiny cones the incumbent is optimal too early for an over-rounding to show here.
    const repriced = (catalog: Catalog, price: (cost: number) => number): Catalog => ({
      ...catalog,
      credentials: catalog.credentials.map((c) => ({ ...c, cost: price(c.cost) })),
    });
    let cut = 0;
    for (let seed = 1; seed <= 60; seed++) {
      for (const price of [(c: number) => c + 0.49, (c: number) => c / 3]) {
        const catalog = repriced(randomCatalog(seed, 16), price);
        const best = bruteCheapest(catalog, new Set(), 'c15');
        const r = solve(catalog, 'c15', 60_000);
        expect(r.optimal, `seed ${seed}`).toBe(true);
        expect(r.cost).toBeCloseTo(best, 6);
        // Stopped after its first node, the bound it proves is the root's: never above the optimum.
        let calls = 0;
        const early = solve(catalog, 'c15', 10, () => (calls++ < 2 ? 0 : 1e9));
        expect(early.bound, `seed ${seed}`).toBeLessThanOrEqual(best + 1e-9);
        if (!early.optimal) cut++;
      }
    }
    expect(cut).toBeGreaterThan(0);
  });
});

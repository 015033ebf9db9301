// The OR-chain fast path of fastest (or-chain.ts, chain-schedule.ts) on small random OR catalogs
// with ties (zero weeks, equal costs, nested `any`s, holdings): its plan is the lexicographic
// optimum (weeks, then cost) found by enumerating every chain, it is valid, and its steps are
// exactly what the general scheduler (scheduleSteps) makes of the same set.
import { describe, expect, it } from 'vitest';
import type { Requirement } from '@pathwise/core';
import { prng } from '@pathwise/test-support';
import { createPlanner } from '../../plan/create-planner.js';
import { validatePlan } from '../../validate/validate-plan.js';
import { Workspace } from '../../compile/workspace.js';
import { orChain, orCone, orReady } from '../or-chain.js';
import { chainSchedule, takeFreshSchedule } from '../chain-schedule.js';
import { scheduleSteps } from '../../schedule/schedule-steps.js';
import { makeCatalog, type Spec } from '../../compile/__tests__/make-catalog.js';

const asOf = '2026-06-01';

/** A random OR catalog: c0..c{n-1}, each requiring nothing, an earlier id, or `any` of them (maybe nested). */
function orCatalog(seed: number, n: number): Spec[] {
  const random = prng(seed);
  const pick = (below: number): string => `c${Math.floor(random() * below)}`;
  const specs: Spec[] = [];
  for (let i = 0; i < n; i++) {
    const cost = Math.floor(random() * 3);
    const weeks = Math.floor(random() * 3);
    let requires: Requirement | undefined;
    if (i > 0 && random() < 0.85) {
      const ids = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(i));
      const any: Requirement[] = [...new Set(ids)];
      if (i > 2 && random() < 0.3) any.push({ any: [pick(i), pick(i)] });
      requires = any.length === 1 && random() < 0.5 ? any[0]! : { any };
    }
    specs.push([`c${i}`, cost, weeks, requires]);
  }
  return specs;
}

/** Every chain to `id` (a path down to a credential requiring nothing, or a held one): the least (weeks, cost). */
function bruteForce(specs: Spec[], held: Set<string>, id: string): [number, number] {
  const byId = new Map(specs.map((s) => [s[0], s]));
  const ids = (r: Requirement): string[] =>
    typeof r === 'string' ? [r] : 'any' in r ? r.any.flatMap(ids) : [];
  const best = (x: string): [number, number] => {
    if (held.has(x)) return [0, 0];
    const [, cost, weeks, requires] = byId.get(x)!;
    const below: [number, number][] = requires === undefined ? [[0, 0]] : ids(requires).map(best);
    below.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return [below[0]![0] + weeks, below[0]![1] + cost];
  };
  return best(id);
}

describe('fastest on OR cones (one pass, steps for the chain only)', () => {
  it('is the least (weeks, cost) over every chain, valid, and scheduled as scheduleSteps would', () => {
    let checked = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const specs = orCatalog(seed * 101, 14);
      const catalog = makeCatalog(...specs);
      const planner = createPlanner(catalog);
      const random = prng(seed);
      const have = specs.filter(() => random() < 0.15).map(([id]) => ({ id }));
      const held = new Set(have.map((h) => h.id));
      for (const [target] of specs.slice(4)) {
        if (held.has(target)) continue;
        const query = { target, have, asOf, objective: 'fastest' as const };
        const plan = planner.plan(query);
        expect(validatePlan(planner.index, query, plan)).toEqual([]);
        expect([plan.totalWeeks, plan.totalCost]).toEqual(bruteForce(specs, held, target));
        // The same steps as the general scheduler gives the chain's set.
        const ws = new Workspace(planner.compact);
        ws.setHeld([...held].map((id) => planner.compact.idOf.get(id)!));
        const t = planner.compact.idOf.get(target)!;
        const chain: number[] = [];
        const m = orChain(ws, t, chain);
        // The walk's cone is the workspace's, in the same post-order.
        const order = orCone().slice(0, m);
        expect(order).toEqual(ws.cone(t));
        const set = chain.map((l) => order[l]!);
        expect(orChain(ws, t, chain)).toBe(m);
        const direct = chainSchedule(ws, orCone(), m, chain, orReady());
        expect(direct).toEqual(scheduleSteps(ws, order, set));
        expect(direct.steps.map((s) => s.credential)).toEqual(plan.steps.map((s) => s.credential));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('walks a cone larger than the scratch it starts with', () => {
    // c0 <- c1 <- ... <- c2999, each also naming c0: the stack and the arrays by local index grow.
    const specs: Spec[] = Array.from({ length: 3000 }, (_, i): Spec => {
      if (i === 0) return ['c0', 1, 1];
      return [`c${i}`, 1, 1, i === 1 ? 'c0' : { any: [`c${i - 1}`, 'c0'] }];
    });
    const planner = createPlanner(makeCatalog(...specs));
    const ws = new Workspace(planner.compact);
    ws.setHeld([]);
    const chain: number[] = [];
    expect(orChain(ws, 2999, chain)).toBe(3000);
    expect(orCone().slice(0, 3000)).toEqual(ws.cone(2999));
    // The fastest chain takes c0 straight: two steps.
    expect(chain).toEqual([2999, 0]);
    const plan = planner.plan({ target: 'c2999', have: [], asOf, objective: 'fastest' });
    expect(plan.steps.map((s) => s.credential)).toEqual(['c0', 'c2999']);
    expect(plan.totalWeeks).toBe(2);
  });

  it('hands its schedule over for completion in place once, and no other', () => {
    const planner = createPlanner(makeCatalog(['a', 1, 1], ['t', 1, 1, { any: ['a'] }]));
    const ws = new Workspace(planner.compact);
    ws.setHeld([]);
    const chain: number[] = [];
    const m = orChain(ws, 1, chain);
    const schedule = chainSchedule(ws, orCone(), m, chain, orReady());
    expect(takeFreshSchedule({ ...schedule })).toBe(false);
    expect(takeFreshSchedule(schedule)).toBe(true);
    expect(takeFreshSchedule(schedule)).toBe(false);
  });

  it('leaves a cone that is not pure OR to the general planner', () => {
    const catalog = makeCatalog(['a', 1, 1], ['b', 1, 2], ['t', 1, 1, { all: ['a', 'b'] }]);
    const ws = new Workspace(createPlanner(catalog).compact);
    ws.setHeld([]);
    expect(orChain(ws, 2, [])).toBe(-1);
  });
});

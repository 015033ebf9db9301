// The cases of plans (mandatory-leaves.ts) and the plan they prove, on subscription-route.ts's
// catalog: three one-month courses at $49 each, 40 hours each (9.2 hours a week, so two never run
// together under 10), which a $49 monthly subscription pays, make a certificate; the target asks
// for a $5 badge and the certificate or a $400 exam. Under 10 hours a week the courses take three
// months, so the subscription saves nothing and the cheapest plan costs 147 + 100 + 5. The
// periodic bound over the `all` closure sees no course (the exam is a way round), and the rent
// bound charges the subscription by the hour, 49 × 120 / (10 × 52/12) = 135.7, so neither proves
// 252. Per case, the certificate's case earns the courses, and the knapsack over whole courses bills
// three months: 252, proven. The exhaustive oracle (no code shared with the engine) confirms it.
import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../compile/compact-index.js';
import { Workspace } from '../../compile/workspace.js';
import { createPlanner } from '../../index.js';
import { mandatoryLeaves } from '../mandatory-leaves.js';
import { expectExact } from '../../__tests__/support/expect-offers.js';
import { subscriptionRoute } from '../../__tests__/support/subscription-route.js';
import { GRID } from '../../__tests__/support/month-grid.js';

const catalog = subscriptionRoute(49, 40, ['badge']);

describe('mandatoryLeaves', () => {
  const ws = new Workspace(compileIndex(catalog));
  const id = (c: number): string => ws.index.ids[c]!;
  const leaves = (held: string[], most = 32): string[][] => {
    ws.setHeld(held.map((h) => ws.index.idOf.get(h)!));
    const t = ws.index.idOf.get('t')!;
    return mandatoryLeaves(ws, t, most).map((leaf) => leaf.map(id).sort());
  };

  it('splits an `any` into one case per child, each with what meeting it earns', () => {
    expect(leaves([]).sort()).toEqual([
      ['badge', 'c1', 'c2', 'c3', 'cert', 't'],
      ['badge', 'exam', 't'],
    ]);
  });

  it('leaves out what is held, and does not split an `any` that holdings meet', () => {
    expect(leaves(['badge', 'c2']).sort()).toEqual([
      ['c1', 'c3', 'cert', 't'],
      ['exam', 't'],
    ]);
    expect(leaves(['exam'])).toEqual([['badge', 't']]);
  });

  it('does not split past the most cases asked for: one case, the `all` closure', () => {
    expect(leaves([], 1)).toEqual([['t', 'badge'].sort()]);
  });
});

describe('a subscription behind an `any`, proven by its case', () => {
  const query = { target: 't', have: [], asOf: '2026-06-01', weeklyHours: 10 };

  it('is proven cheapest at 252 under 10 hours a week, as the oracle finds', () => {
    const plan = createPlanner(catalog).plan({ ...query, objective: 'cheapest' });
    expect(plan.feasible).toBe(true);
    expect(plan.totalCost).toBe(147 + 100 + 5);
    expect(plan.optimal).toBe(true);
    expect(expectExact(catalog, { ...query, gridWeeks: GRID }, plan, 'cheapest')).toBe(true);
  });
});

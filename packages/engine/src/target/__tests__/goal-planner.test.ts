// Target forms on a hand-made catalog: a skills goal met by one credential covering two skills, what
// `reached` says, a goal already met by holdings, limits and hours applied through the virtual
// credential (the reason speaks of "the goal", never of its internal id), and the frontier to a form.
import { describe, expect, it } from 'vitest';
import { indexCatalog } from '@pathwise/core';
import { goalsCatalog } from '@pathwise/test-support';
import { createPlanner, validatePlan } from '../../index.js';

const catalog = goalsCatalog();
const asOf = '2026-01-01';
const planner = createPlanner(catalog);
const index = indexCatalog(catalog);

describe('target forms', () => {
  it('a skills goal: the cheapest covers each skill once, fastest takes the one that has both', () => {
    const target = { skills: ['python', 'sql'] };
    const cheap = planner.plan({ target, asOf });
    expect([cheap.totalCost, cheap.totalWeeks]).toEqual([90, 4]);
    expect(cheap.reached).toEqual({
      credentials: ['sql', 'py'],
      skills: [
        { skill: 'python', credential: 'py' },
        { skill: 'sql', credential: 'sql' },
      ],
    });
    const fast = planner.plan({ target, asOf, objective: 'fastest' });
    expect([fast.totalCost, fast.totalWeeks, fast.reached?.credentials]).toEqual([
      120,
      2,
      ['both'],
    ]);
    for (const p of [cheap, fast])
      expect(validatePlan(index, { target, asOf, objective: p.objective }, p)).toEqual([]);
    expect(cheap.steps.every((s) => !s.credential.startsWith('('))).toBe(true);
  });

  it('a recognizedBy goal with kinds, a held goal, limits and hours', () => {
    const acme = { recognizedBy: ['employer:acme'] };
    expect(planner.plan({ target: acme, asOf }).reached?.credentials).toEqual(['cert2']);
    expect(planner.plan({ target: { ...acme, kinds: ['certification'] }, asOf }).totalCost).toBe(
      250,
    );
    const held = planner.plan({ target: acme, asOf, have: [{ id: 'cert' }] });
    expect([held.steps, held.totalWeeks, held.reached?.credentials]).toEqual([[], 0, ['cert']]);
    const none = planner.plan({ target: acme, asOf, maxWeeks: 4 });
    expect(none.feasible).toBe(false);
    expect(none.reason).toContain('the goal');
    expect(none.reason).not.toContain('(goal)');
    const hours = {
      target: acme,
      asOf,
      objective: 'fastest' as const,
      weeklyHours: 5,
      exclude: ['cert2'],
    };
    const slow = planner.plan(hours);
    expect(validatePlan(index, hours, slow)).toEqual([]);
    expect(slow.totalWeeks).toBe(9); // py stretched to 40 / 5 = 8 weeks, then cert
  });

  it('gives the frontier to a form', () => {
    const f = planner.frontier({ target: { anyOf: ['cert', 'cert2'] }, asOf });
    expect(f.plans.map((p) => [p.totalWeeks, p.totalCost, p.reached?.credentials])).toEqual([
      [5, 250, ['cert']],
      [10, 90, ['cert2']],
    ]);
    expect(f.target).toEqual({ anyOf: ['cert', 'cert2'] });
  });

  it('refuses the internal id in holdings and exclusions', () => {
    expect(() => planner.plan({ target: { anyOf: ['cert'] }, have: [{ id: '(goal)' }] })).toThrow(
      /\(goal\)/,
    );
  });
});

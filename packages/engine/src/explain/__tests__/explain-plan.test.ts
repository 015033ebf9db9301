// The explanation of a small plan, sentence by sentence: why each step is there, the choice the
// target's `any` made and what the two options passed over would have added (re-planned), the
// holding used, the lapsed one; and the bound on re-plans.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { betweenCatalog } from '@pathwise/test-support';
import { createPlanner } from '../../index.js';

describe('explainPlan', () => {
  it('says why each step is there and what each option passed over would add', () => {
    const catalog = betweenCatalog();
    const plan = createPlanner(catalog).plan({ target: 'cert', asOf: '2026-06-01', explain: true });
    const e = plan.explanation!;
    expect(plan.steps.map((s) => s.credential)).toEqual(['slow', 'cert']);
    expect(e.steps.map((s) => s.target)).toEqual([false, true]);
    expect(e.steps[0]!.meets).toEqual([{ credential: 'cert', rule: 'any(slow, mid, fast)' }]);
    expect(e.choices).toHaveLength(1);
    expect(e.choices[0]!.chosen).toEqual(['slow']);
    expect(
      e.choices[0]!.passedOver.map((p) => [
        p.option,
        p.outcome,
        p.addedCost,
        p.addedWeeks,
        p.proven,
      ]),
    ).toEqual([
      ['mid', 'compared', 200, -10, true],
      ['fast', 'compared', 900, -19, true],
    ]);
    expect(e.choices[0]!.passedOver[0]!.text).toMatch(/would have added 200.* and -10 weeks\./);
  });

  it('lists the holding used and the lapsed one, and stops re-planning at its budget', () => {
    const catalog: Catalog = {
      format: 'pathwise.catalog/v1',
      credentials: [
        { id: 'a', name: 'A', kind: 'course', cost: 1, durationWeeks: 1, validityMonths: 6 },
        { id: 'h', name: 'H', kind: 'course', cost: 1, durationWeeks: 1 },
        ...Array.from({ length: 30 }, (_, i) => ({
          id: `o${i}`,
          name: `O${i}`,
          kind: 'course' as const,
          cost: 10 + i,
          durationWeeks: 1,
        })),
        {
          id: 't',
          name: 'T',
          kind: 'certification',
          cost: 5,
          durationWeeks: 1,
          requires: {
            all: ['h', { any: ['a', ...Array.from({ length: 30 }, (_, i) => `o${i}`)] }],
          },
        },
      ],
    };
    const plan = createPlanner(catalog).plan({
      target: 't',
      asOf: '2026-06-01',
      have: [{ id: 'h' }, { id: 'a', earnedOn: '2020-01-01' }],
      explain: true,
    });
    const e = plan.explanation!;
    expect(e.held.map((h) => [h.credential, h.countsToward])).toEqual([['h', ['t']]]);
    expect(e.held[0]!.text).toBe('You hold H (h): it counts toward T (t).');
    expect(e.lapsed.map((l) => l.credential)).toEqual(['a']);
    const outcomes = e.choices[0]!.passedOver.map((p) => p.outcome);
    expect(outcomes.filter((o) => o === 'compared')).toHaveLength(24);
    expect(outcomes.filter((o) => o === 'not-compared')).toHaveLength(6);
  });
});

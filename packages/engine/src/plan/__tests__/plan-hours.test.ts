// withHoursAndDates writes a plain step as one literal and any other step with Object.assign, and
// completes a plan's own plain steps in place: all must give exactly the object `{ ...step,
// hoursPerWeek, startDate, endDate }` gives, keys in order, since plans are compared byte for byte
// as JSON.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { withHoursAndDates } from '../plan-hours.js';
import type { PlanStep } from '../../plan-types.js';

const step = fc
  .record({
    credential: fc.constantFrom('a', 'b', 'c'),
    cost: fc.nat(1000),
    startWeek: fc.nat(50),
    length: fc.nat(20),
    satisfies: fc.array(fc.constantFrom('x', 'y')),
    offer: fc.option(fc.constantFrom('o1', 'o2'), { nil: undefined }),
    effort: fc.nat(100),
  })
  .map(({ credential, cost, startWeek, length, satisfies, offer, effort }) => {
    // The key order every step builder uses (schedule-steps.ts, chain-schedule.ts).
    const out: PlanStep = { credential, cost, startWeek, endWeek: startWeek + length, satisfies };
    if (offer !== undefined) out.offer = offer;
    return { step: out, effort };
  });

describe('withHoursAndDates', () => {
  it('gives each step the keys and values of a spread, in the spread order', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 6 }), (drawn) => {
        const steps = drawn.map((d) => d.step);
        const effort = new Map(drawn.map((d) => [d.step.credential, d.effort]));
        const { steps: out } = withHoursAndDates(steps, (id) => effort.get(id)!, '2026-06-01');
        out.forEach((s, i) => {
          const { hoursPerWeek, startDate, endDate } = s;
          const spread = { ...steps[i]!, hoursPerWeek, startDate, endDate };
          expect(JSON.stringify(s)).toBe(JSON.stringify(spread));
          expect(s).not.toBe(steps[i]);
        });
        if (steps.some((s) => s.offer !== undefined))
          expect(out.some((s) => Object.keys(s).indexOf('offer') === 5)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('completes its own plain steps in place, as the copy would write them', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 6 }), (drawn) => {
        const plain = drawn.filter((d) => d.step.offer === undefined);
        const effort = new Map(plain.map((d) => [d.step.credential, d.effort]));
        const effortOf = (id: string): number => effort.get(id)!;
        const copied = withHoursAndDates(
          plain.map((d) => ({ ...d.step })),
          effortOf,
          '2026-06-01',
        );
        const own = plain.map((d) => d.step);
        const completed = withHoursAndDates(own, effortOf, '2026-06-01', true);
        expect(completed.steps).toBe(own);
        expect(JSON.stringify(completed)).toBe(JSON.stringify(copied));
      }),
      { numRuns: 300 },
    );
  });
});

// Explanations on random catalogs, against the brute-force oracle (support/pareto-oracle.ts, no
// engine code): for cheapest and fastest plans with `explain: true`, every option passed over that
// was compared adds exactly what the oracle's best plan that also holds the option adds (cost for
// cheapest, weeks for fastest); every step's reasons name a step (or the target) whose requirement
// names it; every holding listed as used is held and named by a step's requirement; and no more than
// MAX_ALTERNATIVES options are re-planned.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requirementIds, type Catalog, type Requirement } from '@pathwise/core';
import { randomCase } from '@pathwise/test-support';
import { createPlanner, MAX_ALTERNATIVES } from '../../index.js';
import { oracleWidth, plansToRule } from '../../__tests__/support/pareto-oracle.js';
import { credentialMap } from '../../__tests__/support/requirement-met-at.js';

const small = randomCase(4, 12).filter(
  (c) => oracleWidth(c.catalog, { target: c.target, have: c.have, asOf: c.asOf }) <= 10,
);

/** The oracle's plans to "the target and this option". */
const forcedPlans = (
  c: { catalog: Catalog; target: string; have: { id: string }[]; asOf: string },
  option: Requirement,
) => plansToRule(c.catalog, { all: [c.target, option] }, { have: c.have, asOf: c.asOf });

/** Every any / atLeast option of the catalog's rules, by its text. */
function optionsByText(catalog: Catalog): Map<string, Requirement> {
  const out = new Map<string, Requirement>();
  const text = (r: Requirement): string =>
    typeof r === 'string'
      ? r
      : 'all' in r
        ? `all(${r.all.map(text).join(', ')})`
        : 'any' in r
          ? `any(${r.any.map(text).join(', ')})`
          : 'atLeast' in r
            ? `${r.atLeast} of (${r.of.map(text).join(', ')})`
            : `credits ${r.credits} of (${r.of.join(', ')})`;
  const walk = (r: Requirement): void => {
    out.set(text(r), r);
    if (typeof r === 'string' || 'credits' in r) return;
    ('all' in r ? r.all : 'any' in r ? r.any : r.of).forEach(walk);
  };
  for (const c of catalog.credentials) if (c.requires) walk(c.requires);
  return out;
}

describe('explanations on random catalogs', () => {
  it('price every compared option as the oracle does, and name real reasons (200 cases)', () => {
    fc.assert(
      fc.property(
        small,
        fc.constantFrom('cheapest' as const, 'fastest' as const),
        (c, objective) => {
          const query = { target: c.target, have: c.have, asOf: c.asOf, objective, explain: true };
          const plan = createPlanner(c.catalog).plan(query);
          const e = plan.explanation!;
          expect(e).toBeDefined();
          const byId = credentialMap(c.catalog);
          const stepIds = new Set(plan.steps.map((s) => s.credential));
          for (const s of e.steps) {
            expect(stepIds.has(s.credential)).toBe(true);
            expect(s.text.length).toBeGreaterThan(0);
            for (const m of s.meets) {
              expect(stepIds.has(m.credential!)).toBe(true);
              expect(requirementIds(byId.get(m.credential!)!.requires)).toContain(s.credential);
            }
          }
          const options = optionsByText(c.catalog);
          let compared = 0;
          for (const choice of e.choices)
            for (const p of choice.passedOver) {
              expect(p.text.length).toBeGreaterThan(0);
              if (p.outcome !== 'compared') continue;
              compared++;
              const plans = forcedPlans(c, options.get(p.option)!);
              const best = Math.min(
                ...plans.map((x) => (objective === 'cheapest' ? x.cost : x.weeks)),
              );
              const base = objective === 'cheapest' ? plan.totalCost : plan.totalWeeks;
              const added = objective === 'cheapest' ? p.addedCost! : p.addedWeeks!;
              // Proven figures are exact; one past its re-plan's time budget is a plan found,
              // never better than the best.
              if (p.proven) expect(added).toBe(best - base);
              else expect(added).toBeGreaterThanOrEqual(best - base);
            }
          expect(compared).toBeLessThanOrEqual(MAX_ALTERNATIVES);
          const held = new Set(c.have.map((h) => h.id));
          for (const h of e.held) {
            expect(held.has(h.credential)).toBe(true);
            for (const t of h.countsToward)
              expect(requirementIds(byId.get(t)!.requires)).toContain(h.credential);
          }
          expect(e.lapsed.map((l) => l.credential)).toEqual((plan.lapsed ?? []).map((l) => l.id));
        },
      ),
      { numRuns: 200 },
    );
  });
});

// Query.reachable under keepFor (boards fund groups that must stay certified), through the real
// engine: a reach's cost includes the cheapest upkeep over the horizon, maxCost bounds that cost, a
// credential that lapses with no renewal is ruled out, a held credential stays out whatever its
// upkeep, and, as a cross-check over random limits and holdings, every reach is exactly Query.plan's
// cheapest plan under the same keepFor (and a candidate is left out exactly when that plan fails).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { engineContext } from './engine-context.js';
import { reachableResolver, type ReachableArgs } from '../query-reachable.js';
import { planResolver } from '../query-plan.js';
import type { HoldingInput } from '../inputs.js';

/**
 * `paid-cert` lapses yearly and renews for 80; `base` renews for 200 or by earning `higher` (60, which
 * needs `base`); `no-renewal` lapses and cannot be renewed; `never-lapses` does not lapse.
 */
const catalog: Catalog = {
  format: 'pathwise.catalog/v2',
  currency: 'USD',
  providers: [{ id: 'certco', name: 'CertCo', kind: 'industry' }],
  credentials: [
    {
      id: 'paid-cert',
      name: 'Paid renewal',
      kind: 'certification',
      provider: 'certco',
      cost: 100,
      durationWeeks: 2,
      validityMonths: 12,
      renewal: { cost: 80 },
    },
    {
      id: 'never-lapses',
      name: 'Never lapses',
      kind: 'certification',
      provider: 'certco',
      cost: 150,
      durationWeeks: 3,
    },
    {
      id: 'no-renewal',
      name: 'No renewal',
      kind: 'certification',
      provider: 'certco',
      cost: 120,
      durationWeeks: 2,
      validityMonths: 12,
    },
    {
      id: 'base',
      name: 'Base',
      kind: 'certification',
      provider: 'certco',
      cost: 90,
      durationWeeks: 2,
      validityMonths: 12,
      renewal: { cost: 200, by: ['higher'] },
    },
    {
      id: 'higher',
      name: 'Higher',
      kind: 'certification',
      provider: 'certco',
      cost: 60,
      durationWeeks: 4,
      requires: 'base',
    },
  ],
} as Catalog;

const ASOF = '2026-06-01';
const reach = async (args: Omit<ReachableArgs, 'asOf'>) =>
  (await reachableResolver(undefined, { asOf: ASOF, ...args }, engineContext(catalog))).map(
    (r) => [r.credential.credential.id, r.totalCost, r.optimal] as const,
  );

describe('reachable under keepFor', () => {
  it('prices each reach with its upkeep, so maxCost leaves out what upkeep makes too dear', async () => {
    // Without upkeep every credential fits 200.
    expect(await reach({ from: [], maxCost: 200 })).toEqual([
      ['base', 90, true],
      ['paid-cert', 100, true],
      ['no-renewal', 120, true],
      ['never-lapses', 150, true],
      ['higher', 150, true],
    ]);
    // Kept 24 months (one renewal): paid-cert 100 + 80; base renews by earning higher (90 + 60);
    // no-renewal is ruled out.
    expect(await reach({ from: [], maxCost: 200, keepFor: 24 })).toEqual([
      ['base', 150, true],
      ['never-lapses', 150, true],
      ['higher', 150, true],
      ['paid-cert', 180, true],
    ]);
    // Kept 36 months (two renewals): paid-cert 260 and base 90 + 60 + 200 = 350 exceed 200.
    expect(await reach({ from: [], maxCost: 200, keepFor: 36 })).toEqual([
      ['never-lapses', 150, true],
      ['higher', 150, true],
    ]);
    expect(await reach({ from: [], maxCost: 400, keepFor: 36 })).toContainEqual([
      'base',
      350,
      true,
    ]);
  });

  it('keepFor 0 is no keepFor', async () => {
    expect(await reach({ from: [], maxCost: 130, keepFor: 0 })).toEqual(
      await reach({ from: [], maxCost: 130 }),
    );
  });

  it('leaves a held credential out even when its upkeep earns another credential', async () => {
    const from = [{ id: 'base', earnedOn: '2026-01-15' }];
    const got = await reach({ from, maxCost: 1000, keepFor: 24 });
    expect(got.map(([id]) => id)).not.toContain('base');
    expect(got).toContainEqual(['higher', 60, true]);
  });

  it('refuses a bad keepFor before planning, naming it', async () => {
    await expect(reach({ from: [], keepFor: -1 })).rejects.toThrow(/keepFor/);
    await expect(reach({ from: [], keepFor: -1, kinds: ['none'] })).rejects.toThrow(/keepFor/);
  });

  it("equals Query.plan's cheapest plan under the same keepFor, for each candidate", async () => {
    const ids = catalog.credentials.map((c) => c.id);
    const holding = fc.record({
      id: fc.constantFrom(...ids),
      earnedOn: fc.constantFrom('2025-03-01', '2026-01-15', '2026-05-20'),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        fc.uniqueArray(holding, { maxLength: 2, selector: (h) => h.id }),
        async (keepFor, maxCost, maxWeeks, from: HoldingInput[]) => {
          const ctx = engineContext(catalog);
          const limits = { keepFor, maxCost, maxWeeks };
          const reaches = await reachableResolver(undefined, { from, asOf: ASOF, ...limits }, ctx);
          const byId = new Map(reaches.map((r) => [r.credential.credential.id, r]));
          for (const id of ids) {
            const input = { target: id, have: from, asOf: ASOF, objective: 'CHEAPEST', ...limits };
            const { plan } = await planResolver(
              undefined,
              { input } as never,
              engineContext(catalog),
            );
            const earns = plan.feasible && plan.steps.some((s) => s.credential === id);
            const got = byId.get(id);
            expect(got !== undefined, `${id} listed iff plan earns it`).toBe(earns);
            if (got) {
              expect(got.totalCost).toBe(plan.totalCost);
              expect(got.totalWeeks).toBe(plan.totalWeeks);
              expect(got.optimal).toBe(plan.optimal);
              expect(got.stepCount).toBe(plan.steps.length);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

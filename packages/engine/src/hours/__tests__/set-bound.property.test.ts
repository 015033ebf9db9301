// The set bound of fastest under weekly hours (set-bound-search.ts: deadline searches on the effort
// view, with H as their energy rate) is never above the optimum: on 500 random small v2 catalogs whose
// every step with effort is fixed pace (so the time-indexed HiGHS programme of highs-hours.ts, which
// shares no code with the engine, is exact), one in four credentials with term start days, the bound
// searched from nothing (no floor, no real schedule to stop at) is at most the programme's optimal week.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalog, type Catalog } from '@pathwise/core';
import { compileIndex } from '../../compile/compact-index.js';
import { Workspace } from '../../compile/workspace.js';
import { effortViews } from '../effort-view.js';
import { HoursModel, hoursTablesOf } from '../hours-model.js';
import { setBound } from '../set-bound-search.js';
import { credentialMap } from '../../__tests__/support/requirement-met-at.js';
import { heldSet } from '../../__tests__/support/held-set.js';
import { gridExact, highsHours } from '../../__tests__/support/highs-hours.js';
import { hoursCase, type HoursCase } from '../../__tests__/support/hours-case.js';

const TOL = 1e-6;

/**
 * A week no case's optimum reaches (at most 6 steps of at most 16 weeks, each waiting at most 4 for
 * a term): the best schedule the search starts from, so only its proofs bring the bound down to one.
 */
const NO_SCHEDULE_BEFORE = 1000;

/** hoursCase with every step that has effort made fixed (at least one week long) and a budget. */
const fixedCase: fc.Arbitrary<HoursCase & { weeklyHours: number }> = hoursCase().map((c) => ({
  ...c,
  weeklyHours: c.weeklyHours ?? 8,
  catalog: {
    ...c.catalog,
    credentials: c.catalog.credentials.map((x) =>
      (x.effortHours ?? 0) > 0
        ? { ...x, pace: 'fixed', durationWeeks: Math.max(1, x.durationWeeks) }
        : x,
    ),
  } as Catalog,
}));

/** @returns the set bound of the case's target, searched from 0 with no real schedule to stop at */
function searchedBound(c: HoursCase & { weeklyHours: number }): number | undefined {
  const catalog = parseCatalog(c.catalog);
  const index = compileIndex(catalog);
  const tables = hoursTablesOf(index);
  const target = index.idOf.get(c.target)!;
  const held = [...heldSet(credentialMap(catalog), c.have, c.asOf, true)].map((id) =>
    index.idOf.get(id)!,
  );
  if (held.includes(target)) return undefined;
  const model = new HoursModel(index, tables, c.weeklyHours, c.asOf);
  const view = effortViews(index, tables)(c.weeklyHours);
  view.setHeld(held);
  const ws = new Workspace(index);
  ws.setHeld(held);
  const banned = new Set([...ws.cone(target)].filter((x) => !model.usable(x)));
  const now = (): number => performance.now();
  return setBound({
    view,
    target,
    banned,
    model,
    floor: 0,
    best: () => NO_SCHEDULE_BEFORE,
    offer: () => undefined,
    stopAt: now() + 60_000,
    now,
  });
}

describe('the set bound under weekly hours and start days', () => {
  it('is never above the exact optimum of the time-indexed programme (500 cases)', async () => {
    let positive = 0;
    await fc.assert(
      fc.asyncProperty(fixedCase, async (c) => {
        expect(gridExact(c.catalog, c.weeklyHours)).toBe(true);
        const bound = searchedBound(c);
        if (bound === undefined) return;
        const grid = await highsHours(c.catalog, c, 'weeks');
        if (grid === undefined) return;
        if (bound > 0) positive++;
        expect(bound).toBeLessThanOrEqual(grid.weeks + TOL);
      }),
      { numRuns: 500 },
    );
    // The property bites: most bounds are not the trivial 0.
    expect(positive).toBeGreaterThan(250);
  }, 600_000);
});

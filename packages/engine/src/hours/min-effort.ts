/**
 * The least study effort any plan to a target needs: the cheapest-plan search run on a copy of the
 * catalog whose cost is each credential's effortHours (0 when it loads nothing: no effort or no
 * duration). Every plan earns a set of credentials closed under the requirements, so its effort is
 * at least this; at H hours a week it takes at least (least effort) / H weeks. The search's proven
 * lower bound is used, so a proof cut short by the time budget still gives a valid (weaker) bound.
 */
import type { Catalog } from '@pathwise/core';
import { compileIndex } from '../compile/compact-index.js';
import { Workspace } from '../compile/workspace.js';
import { cheapestSet } from '../cheapest/branch-and-bound.js';

/** The least effort found: a proven lower bound, and the set found (a plan's credentials). */
export interface LeastEffort {
  /** Proven lower bound on the effort (hours) of any plan to the target. */
  bound: number;
  /** Credential ints of the least-effort set found (empty when the target is held). */
  set: number[];
}

/** Answers "least effort to this target from these holdings" for one catalog version. */
export type MinEffort = (
  target: number,
  held: readonly number[],
  timeBudgetMs: number,
  now: () => number,
) => LeastEffort;

/**
 * @param catalog - the valid catalog the planner was built from (credential ints are its order)
 * @returns a function giving a proven lower bound on the effort (hours) of any plan to the target,
 *   and the least-effort set it found (a good candidate for fastest under a weekly-hours budget)
 */
export function createMinEffort(catalog: Catalog): MinEffort {
  const byEffort: Catalog = {
    ...catalog,
    credentials: catalog.credentials.map((c) => ({
      ...c,
      cost: c.durationWeeks > 0 ? (c.effortHours ?? 0) : 0,
    })),
  };
  const ws = new Workspace(compileIndex(byEffort));
  return (target, held, timeBudgetMs, now) => {
    ws.setHeld(held);
    if (ws.isHeld(target)) return { bound: 0, set: [] };
    const result = cheapestSet(ws, ws.cone(target), timeBudgetMs, now);
    return { bound: result.optimal ? result.cost : result.bound, set: [...result.set] };
  };
}

/**
 * createPlanner: compiles a catalog once (compact index, reusable scratch) and answers plan queries,
 * cheapest by branch and bound, fastest by the exact min/max recursion, both scheduled earliest-start.
 */
import type { Catalog, CatalogIndex } from '@pathwise/core';
import { compileIndex, type CompactIndex } from '../compile/compact-index.js';
import { Workspace } from '../compile/workspace.js';
import { catalogIndexView } from '../compile/catalog-index-view.js';
import { cheapestSet } from '../cheapest/branch-and-bound.js';
import { earliestTimes } from '../fastest/earliest-times.js';
import { fastestSet } from '../fastest/fastest-set.js';
import { scheduleSteps } from '../schedule/schedule-steps.js';
import { resolveQuery } from '../query/resolve-query.js';
import { todayIso } from '../query/today.js';
import type { Plan, PlanQuery } from '../plan-types.js';
import type { Planner } from '../planner.js';

/** Options of `createPlanner`. */
export interface PlannerOptions {
  /** The clock for a query without `asOf` (default: today's UTC date). */
  today?: () => string;
}

/** A planner with its compiled index exposed (for benchmarks and the graph). */
export interface CompiledPlanner extends Planner {
  /** The typed-array index the planners run on. */
  readonly compact: CompactIndex;
}

/**
 * Compiles a valid catalog for planning. `index` (core's lookups) is a view over the compiled index.
 * @param catalog - a catalog that passed validation (acyclic, no dangling ids)
 * @param options - optional clock
 * @returns the planner; reuse it for every query on this catalog version
 */
export function createPlanner(catalog: Catalog, options: PlannerOptions = {}): CompiledPlanner {
  const compact = compileIndex(catalog);
  const ws = new Workspace(compact);
  const today = options.today ?? todayIso;
  const index: CatalogIndex = catalogIndexView(catalog, compact);

  const plan = (query: PlanQuery): Plan => {
    const q = resolveQuery(compact, index, query, query?.asOf ?? today());
    const base = { feasible: true, objective: q.objective, target: query.target, lapsed: q.lapsed };
    ws.setHeld(q.held);
    if (ws.isHeld(q.target)) {
      return { ...base, optimal: true, totalCost: 0, totalWeeks: 0, steps: [] };
    }
    const order = ws.cone(q.target);
    if (q.objective === 'fastest') {
      const times = earliestTimes(ws, order);
      const schedule = scheduleSteps(ws, order, fastestSet(ws, order, times));
      return { ...base, optimal: true, ...schedule };
    }
    const result = cheapestSet(ws, order, q.timeBudgetMs);
    const schedule = scheduleSteps(ws, order, result.set);
    return result.optimal
      ? { ...base, optimal: true, ...schedule }
      : { ...base, optimal: false, bound: result.bound, ...schedule };
  };

  return {
    compact,
    index,
    plan,
  };
}

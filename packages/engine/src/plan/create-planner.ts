/**
 * createPlanner: compiles a catalog once (compact index, reusable scratch) and answers plan queries,
 * cheapest by branch and bound, fastest by the exact min/max recursion, both scheduled earliest-start;
 * queries with a deadline, budget or exclusions go to the constrained planner; a weekly-hours budget
 * then reschedules (cheapest) or re-plans (fastest) the plan found without it.
 */
import type { Catalog, CatalogIndex } from '@pathwise/core';
import { compileIndex, type CompactIndex } from '../compile/compact-index.js';
import { Workspace } from '../compile/workspace.js';
import { catalogIndexView } from '../compile/catalog-index-view.js';
import { cheapestSet } from '../cheapest/branch-and-bound.js';
import { earliestTimes } from '../fastest/earliest-times.js';
import { fastestSet } from '../fastest/fastest-set.js';
import { orChainSet } from '../fastest/or-chain.js';
import { scheduleSteps, type Schedule } from '../schedule/schedule-steps.js';
import { resolveQuery } from '../query/resolve-query.js';
import { planConstrained } from '../constrained/plan-constrained.js';
import { todayIso } from '../query/today.js';
import { planWithHours } from '../hours/plan-with-hours.js';
import { createMinEffort, type MinEffort } from '../hours/min-effort.js';
import type { Plan, PlanQuery } from '../plan-types.js';
import type { Planner } from '../planner.js';

/** Options of `createPlanner`. */
export interface PlannerOptions {
  /** The clock for a query without `asOf` (default: today's UTC date). */
  today?: () => string;
  /** The clock (ms) that `timeBudgetMs` is measured on (default: performance.now). */
  clock?: () => number;
}

/** A planner with its compiled index exposed (for benchmarks and the graph). */
export interface CompiledPlanner extends Planner {
  /** The typed-array index the planners run on. */
  readonly compact: CompactIndex;
}

/**
 * Compiles a valid catalog for planning. `index` (core's lookups) is a view over the compiled index.
 * @param catalog - a catalog that passed validation (acyclic, no dangling ids)
 * @param options - optional clocks (today's date; milliseconds for time budgets)
 * @returns the planner; reuse it for every query on this catalog version
 */
export function createPlanner(catalog: Catalog, options: PlannerOptions = {}): CompiledPlanner {
  const compact = compileIndex(catalog);
  const ws = new Workspace(compact);
  const today = options.today ?? todayIso;
  const clock = options.clock ?? (() => performance.now());
  const index: CatalogIndex = catalogIndexView(catalog, compact);
  let effort: Float64Array | undefined;
  const effortHours = (): Float64Array =>
    (effort ??= Float64Array.from(catalog.credentials, (c) => c.effortHours ?? 0));
  let minEffort: MinEffort | undefined;

  const plan = (query: PlanQuery): Plan => {
    const q = resolveQuery(compact, index, query, query?.asOf ?? today());
    ws.setHeld(q.held);
    let optimal = true;
    let bound: number | undefined;
    let schedule: Schedule = { steps: [], totalCost: 0, totalWeeks: 0 };
    let feasible = true;
    let reason: string | undefined;
    if (q.constrained && !ws.isHeld(q.target)) {
      const outcome = planConstrained(ws, q, clock);
      ({ feasible, optimal, schedule, bound, reason } = outcome);
    } else if (!ws.isHeld(q.target)) {
      const order = ws.cone(q.target);
      if (q.objective === 'fastest') {
        const times = earliestTimes(ws, order);
        schedule = scheduleSteps(ws, order, orChainSet(ws, order) ?? fastestSet(ws, order, times));
      } else {
        const result = cheapestSet(ws, order, q.timeBudgetMs, clock);
        schedule = scheduleSteps(ws, order, result.set);
        optimal = result.optimal;
        if (!optimal) bound = result.bound;
      }
    }
    if (q.weeklyHours < Infinity && !ws.isHeld(q.target)) {
      const base = { feasible, optimal, schedule, ...(bound !== undefined ? { bound } : {}) };
      ({ feasible, optimal, schedule, bound, reason } = planWithHours(
        ws,
        q,
        reason === undefined ? base : { ...base, reason },
        effortHours(),
        clock,
        (ms) => (minEffort ??= createMinEffort(catalog))(q.target, q.held, ms, clock),
      ));
    }
    const out: Plan = {
      feasible,
      optimal,
      objective: q.objective,
      target: query.target,
      totalCost: schedule.totalCost,
      totalWeeks: schedule.totalWeeks,
      steps: schedule.steps,
      lapsed: q.lapsed,
    };
    if (bound !== undefined) out.bound = bound;
    if (reason !== undefined) out.reason = reason;
    return out;
  };

  return {
    compact,
    index,
    plan,
  };
}

/**
 * A cheapest set with free shortcuts, for plans with periodic offers (plan-with-offers.ts). A
 * periodic offer bills the span of the steps it pays, so when it makes credentials free, two sets of
 * the same least step cost can bill different periods: one whose covered steps wait on a long chain,
 * and one that meets the same requirements sooner through credentials the offer makes free. The
 * cheapest search sees only the step cost, and drops a free step that does not make the target
 * sooner (unneeded-free-steps.ts). So the plan with offers also prices, for a set S it ran, the
 * set that reaches the target soonest using only S's steps and the credentials free under its offers
 * (fastest-set.ts, cheaper children first among those as soon): its step cost is at most S's (each
 * of its steps is one of S's or free). A heuristic for the plan; no proof rests on it.
 */
import type { Workspace } from '../compile/workspace.js';
import { earliestPass } from '../schedule/earliest-pass.js';
import { fastestSet } from '../fastest/fastest-set.js';
import { scheduleSteps } from '../schedule/schedule-steps.js';
import { planned, type PlanOutcome } from '../plan/plan-outcome.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import type { CompiledOffer } from './offer-table.js';
import type { PricedView } from './priced-view.js';

/**
 * A run's set with free shortcuts, scheduled earliest-start over the priced view. For a caller whose
 * steps may start at any week their requirement allows (no constraint, weekly-hours budget or start
 * days: a schedule the earliest-start one then stands for).
 * @param view - the planner's priced view (priced here under `taken`, restored after)
 * @param so - a run's outcome under `taken`
 * @param taken - the offers it ran under
 * @param query - the query
 * @returns the plan of the set with shortcuts (unproven); undefined when `taken` has no periodic
 *   offer, the run found no plan, or the shortcuts change nothing
 */
export function shortcutPlan(
  view: PricedView,
  so: PlanOutcome,
  taken: readonly CompiledOffer[],
  query: ResolvedQuery,
): PlanOutcome | undefined {
  if (!so.feasible || !taken.some((o) => o.periodWeeks !== undefined)) return undefined;
  view.price(taken);
  try {
    const { ws } = view;
    const order = ws.cone(query.target);
    const set = so.schedule.steps.map((s) => ws.index.idOf.get(s.credential)!);
    const other = withFreeShortcuts(ws, order, set, new Set(query.exclude));
    if (other === undefined || sameMembers(other, set)) return undefined;
    return planned(scheduleSteps(ws, order, other), false);
  } finally {
    view.reset(taken);
  }
}

/**
 * @param ws - workspace over the priced view, with the query's held set (its `at` scratch is
 *   overwritten)
 * @param order - the cone in post-order (target last)
 * @param set - credential ints of a cheapest set, all in the cone, target included
 * @param barred - credential ints the query may not earn
 * @returns the set with free shortcuts; undefined when no free credential is left to add (or, which
 *   a set that holds the target never gives, when the target cannot be held)
 */
export function withFreeShortcuts(
  ws: Workspace,
  order: Int32Array,
  set: readonly number[],
  barred: ReadonlySet<number>,
): number[] | undefined {
  const m = order.length;
  const allowed = new Uint8Array(m);
  for (const c of set) allowed[ws.local(c)] = 1;
  let added = false;
  for (let l = 0; l < m; l++) {
    const c = order[l]!;
    if (allowed[l] || ws.index.cost[c] !== 0 || barred.has(c) || ws.isHeld(c)) continue;
    allowed[l] = 1;
    added = true;
  }
  if (!added) return undefined;
  const weeks = earliestPass(ws, order, new Float64Array(m), (l) => !allowed[l]);
  if (weeks[m - 1] === Infinity) return undefined;
  return fastestSet(ws, order, weeks);
}

/** @returns whether two sets of credential ints have the same members */
function sameMembers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  const inA = new Set(a);
  return b.every((c) => inA.has(c));
}

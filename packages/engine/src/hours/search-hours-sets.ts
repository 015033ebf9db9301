/**
 * The set search under a weekly-hours budget and start days, shared by fastest and by cheapest with a
 * deadline (plan-with-hours.ts): resource-constrained scheduling is NP-hard, so the week is proven by
 * bounds. Candidate sets (the given start set, the fastest set at fewest weeks, the cheapest and the
 * least-effort sets, and the sets the set-bound search finds) are each scheduled by the portfolio of
 * set-schedules.ts; the earliest-ending schedule is optimal exactly when it meets a lower bound that
 * holds over every set and every schedule (hours-bound.ts, disjunctive-bound.ts, set-bound-search.ts). While the best one
 * misses the bound, more list schedules of its set are sampled (sampled-schedules.ts) within
 * SAMPLE_SHARE of the time budget, so an unproven query answers soon with its gap. Every schedule
 * found that ends by the deadline is kept too, the least-cost one apart: cheapest with a deadline
 * takes it when its own set's schedule misses the deadline.
 */
import type { Workspace } from '../compile/workspace.js';
import { cheapestSet } from '../cheapest/branch-and-bound.js';
import { fastestSet } from '../fastest/fastest-set.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import type { Schedule } from '../schedule/schedule-steps.js';
import { before, within } from '../numeric/tolerance.js';
import type { HoursModel } from './hours-model.js';
import { laneSchedule, listSchedule } from './set-schedules.js';
import { hoursLowerBound, stretchedEarliest } from './hours-bound.js';
import { setBound } from './set-bound-search.js';
import { disjunctiveBound } from './disjunctive-bound.js';
import { sampledSchedule } from './sampled-schedules.js';

/** Share of the time budget the least-effort and cheapest searches may take (the rest: the bound). */
const CANDIDATE_SHARE = 0.25;

/**
 * Share of the query's time budget that sampling more schedules (sampled-schedules.ts) may spend in
 * all, over both its turns: 2% (40 ms of the default 2 s). Sampling only shortens a schedule, it
 * never proves a bound, so an unproven query answers with its gap instead of sampling until the whole
 * budget is spent.
 */
export const SAMPLE_SHARE = 0.02;

/** What the set search needs. */
export interface HoursSetSearch {
  /** Workspace with the query's held set (the target is not held). */
  ws: Workspace;
  q: ResolvedQuery;
  model: HoursModel;
  /** Credential ints that may not be earned (the query's and those too heavy for H). */
  banned: ReadonlySet<number>;
  /** The first candidate set (the plan found without the budget, or re-planned without `banned`). */
  startSet: readonly number[];
  /** A proven lower bound on the target's week under the budget to start from (0: none). */
  floor: number;
  now: () => number;
  /** When the search must stop (clock ms); default: the query's time budget from now. */
  stopAt?: number | undefined;
  /** Scratch over the effort view (effort-view.ts) for the query's budget. */
  view?: Workspace | undefined;
}

/** What the set search found. */
export interface HoursSetResult {
  /** The earliest-ending schedule found (ties: least cost); undefined when no set was allowed. */
  best: Schedule | undefined;
  /** The least-cost schedule found that ends by `q.maxWeeks` (undefined: none). */
  cheapestByDeadline: Schedule | undefined;
  /** A proven lower bound on the target's week over every allowed set and schedule. */
  bound: number;
}

/**
 * @param search - the query, model, bans, first set, floor and clock
 * @returns the best schedule, the least-cost one by the deadline and the proven week bound
 */
export function searchHoursSets(search: HoursSetSearch): HoursSetResult {
  const { ws, q, model, banned, now, view } = search;
  const index = ws.index;
  const order = ws.cone(q.target);
  // Candidate sets share the query's time budget, on top of the plan found without it.
  const stopAt = search.stopAt ?? now() + q.timeBudgetMs;
  const slice = (): number => Math.max(0, (stopAt - now()) * CANDIDATE_SHARE);
  const allowed = (set: readonly number[]): boolean => {
    let cost = 0;
    for (const c of set) {
      if (banned.has(c)) return false;
      cost += index.cost[c]!;
    }
    return within(cost, q.maxCost);
  };
  // The earliest list schedule, of `bestSet` (sampling starts from it), and the earliest lane one.
  let best: Schedule | undefined;
  let bestSet: readonly number[] = [];
  let lane: Schedule | undefined;
  const earlier = (s: Schedule, than: Schedule | undefined): boolean =>
    than === undefined ||
    before(s.totalWeeks, than.totalWeeks) ||
    (within(s.totalWeeks, than.totalWeeks) && s.totalCost < than.totalCost);
  const top = (): Schedule | undefined => (lane !== undefined && earlier(lane, best) ? lane : best);
  let byDeadline: Schedule | undefined;
  const keep = (s: Schedule): void => {
    if (
      within(s.totalWeeks, q.maxWeeks) &&
      (byDeadline === undefined ||
        before(s.totalCost, byDeadline.totalCost) ||
        (within(s.totalCost, byDeadline.totalCost) && before(s.totalWeeks, byDeadline.totalWeeks)))
    )
      byDeadline = s;
  };
  const offer = (set: readonly number[]): void => {
    if (!allowed(set)) return;
    const s = listSchedule(ws, order, set, model);
    keep(s);
    if (earlier(s, best)) {
      best = s;
      bestSet = set;
    }
    const l = laneSchedule(ws, order, set, model);
    if (l === undefined) return;
    keep(l);
    if (earlier(l, lane)) lane = l;
  };
  // More list schedules of the best set, sampled, until one meets the bound (sampled-schedules.ts),
  // within SAMPLE_SHARE of the budget in all: `part` of what is left of it this turn.
  let sampleLeft = q.timeBudgetMs * SAMPLE_SHARE;
  const sample = (part: number): void => {
    if (best === undefined || best.totalWeeks === Infinity || sampleLeft <= 0) return;
    const t0 = now();
    const until = Math.min(stopAt, t0 + sampleLeft * part);
    best = sampledSchedule({ ws, order, model, bound, stopAt: until, now }, bestSet, best);
    keep(best);
    sampleLeft -= now() - t0;
  };
  offer(search.startSet);
  // The fastest set when every step takes its fewest weeks and waits for its start day.
  const stretched = stretchedEarliest(ws, order, banned, model);
  if (stretched[order.length - 1]! < Infinity) offer(fastestSet(ws, order, stretched));
  // The cheap bound first (critical path, the `all` closure's effort): often it is met already.
  let bound = Math.max(search.floor, hoursLowerBound(ws, order, q.target, stretched, model, 0));
  const open = (): boolean => {
    const t = top();
    return t !== undefined && before(bound, t.totalWeeks);
  };
  if (open() && model.hours < Infinity) {
    const args = [q.held, banned, stretched, model, slice(), now] as const;
    bound = Math.max(bound, disjunctiveBound(ws, order, q.target, ...args));
  }
  if (open() && banned.size === 0) offer(cheapestSet(ws, order, slice(), now).set);
  if (open() && view !== undefined) {
    // The least-effort set does the least work: the natural candidate when the hours bind.
    view.setHeld(q.held);
    const least = cheapestSet(view, view.cone(q.target), slice(), now);
    offer(least.set);
    const effort = least.optimal ? least.cost : least.bound;
    bound = Math.max(bound, hoursLowerBound(ws, order, q.target, stretched, model, effort));
  }
  if (open()) sample(0.5);
  if (view !== undefined && open()) {
    bound = setBound({
      view,
      target: q.target,
      banned,
      model,
      floor: bound,
      best: () => top()!.totalWeeks,
      offer,
      stopAt,
      now,
    });
  }
  if (open()) sample(1);
  return { best: top(), cheapestByDeadline: byDeadline, bound };
}

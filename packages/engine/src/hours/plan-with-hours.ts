/**
 * Planning under a weekly-hours budget (PlanQuery.weeklyHours), on top of the plan found without it.
 * - cheapest: the set, and so totalCost, is exactly the cheapest plan's (or the cheapest by the
 *   deadline, within the budget); only when steps run changes: list scheduling in dependency order,
 *   each step at the earliest week its requirement and the hours allow. With a deadline that this
 *   schedule misses, no other set is searched: the answer is `feasible: false, optimal: false`
 *   (undecided) with a reason, never a false claim of infeasibility.
 * - fastest: resource-constrained scheduling is NP-hard, so this is a heuristic with a proven bound:
 *   list scheduling of the fastest set and (without exclusions, within maxCost) the cheapest and the
 *   least-effort sets under every priority rule, keeping the earliest finish (ties: the cheaper).
 *   The bound is the largest of (a) the earliest week over ALL sets with every credential stretched
 *   to max(d, e/H) and no hours limit (a relaxation: any valid plan runs each step at least that
 *   long), (b) the fastest week without the hours budget (or its proven bound), and (c) the least
 *   effort of any plan (min-effort.ts; at least that of the credentials every plan must earn)
 *   divided by H: that much work fits in no fewer weeks at H hours a week. `optimal` only when the
 *   schedule's week equals the bound. With a deadline the best schedule misses: infeasible and
 *   proven (`optimal: true`) when the bound is past the deadline, else undecided (`optimal: false`).
 */
import type { Workspace } from '../compile/workspace.js';
import { GROUP_ALL } from '../compile/compact-index.js';
import { cheapestSet } from '../cheapest/branch-and-bound.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import { noPlan, planned, type PlanOutcome } from '../plan/plan-outcome.js';
import type { Schedule } from '../schedule/schedule-steps.js';
import { hoursSchedule, PRIORITY_RULES } from './hours-schedule.js';
import { stretchedWeeks } from './weekly-load.js';
import { before, show, within } from '../numeric/tolerance.js';
import { earliestPass } from '../schedule/earliest-pass.js';
import type { LeastEffort } from './min-effort.js';

/**
 * @param ws - workspace with the query's held set (the target is not held)
 * @param q - the resolved query; `q.weeklyHours` is finite
 * @param base - the plan found without the hours budget
 * @param effort - effortHours per credential int (0: none)
 * @param now - the clock (ms) for the cheapest set's time budget
 * @param minEffort - the least effort of any plan to the target and a set with it, searched within
 *   the given milliseconds (for fastest)
 * @returns the plan's outcome under the hours budget
 */
export function planWithHours(
  ws: Workspace,
  q: ResolvedQuery,
  base: PlanOutcome,
  effort: Float64Array,
  now: () => number,
  minEffort: (timeBudgetMs: number) => LeastEffort = () => ({ bound: 0, set: [] }),
): PlanOutcome {
  if (!base.feasible) return base;
  const index = ws.index;
  const hours = q.weeklyHours;
  const order = ws.cone(q.target);
  const baseSet = base.schedule.steps.map((s) => index.idOf.get(s.credential)!);
  const name = `"${index.ids[q.target]}"`;
  const undecided = (weeks: number, bound?: number): PlanOutcome =>
    noPlan(
      `the plan found for ${name} within ${show(hours)} hours a week ends at week ${show(weeks)} > ${show(q.maxWeeks)}; no other plan was searched under the hours budget`,
      false,
      bound,
    );

  if (q.objective === 'cheapest') {
    const schedule = hoursSchedule(ws, order, baseSet, effort, hours, 'order');
    if (!within(schedule.totalWeeks, q.maxWeeks)) return undecided(schedule.totalWeeks, base.bound);
    return planned(schedule, base.optimal, base.bound);
  }

  // The two searches below share one time budget (the query's), on top of the base plan's.
  const stopAt = now() + q.timeBudgetMs;
  const left = (): number => Math.max(0, stopAt - now());
  const sets: (readonly number[])[] = [baseSet];
  if (q.exclude.length === 0) {
    // The cheapest set loads the learner least; a candidate when it fits the budget (it may not
    // when its proof ran out of time).
    const cheap = cheapestSet(ws, order, left(), now);
    if (within(cheap.cost, q.maxCost)) sets.push(cheap.set);
  }
  const least = minEffort(left());
  if (q.exclude.length === 0 && least.set.length > 0) {
    // The least-effort set does the least work: the natural candidate when the hours bind.
    let cost = 0;
    for (const c of least.set) cost += index.cost[c]!;
    if (within(cost, q.maxCost)) sets.push(least.set);
  }
  let best: Schedule | undefined;
  for (const set of sets) {
    for (const rule of PRIORITY_RULES) {
      const s = hoursSchedule(ws, order, set, effort, hours, rule);
      if (
        best === undefined ||
        before(s.totalWeeks, best.totalWeeks) ||
        (within(s.totalWeeks, best.totalWeeks) && s.totalCost < best.totalCost)
      )
        best = s;
    }
  }
  best = best!;
  const unlimited = base.optimal ? base.schedule.totalWeeks : (base.bound ?? 0);
  const bound = Math.max(
    unlimited,
    stretchedEarliest(ws, order, q.exclude, effort, hours),
    Math.max(mandatoryEffort(ws, q.target, effort), least.bound) / hours,
  );
  if (!within(best.totalWeeks, q.maxWeeks)) {
    if (!within(bound, q.maxWeeks)) {
      return noPlan(
        `${name} cannot be held before week ${show(bound)} > ${show(q.maxWeeks)} within ${show(hours)} hours a week`,
      );
    }
    return undecided(best.totalWeeks, bound);
  }
  const optimal = within(best.totalWeeks, bound);
  return planned(best, optimal, bound);
}

/**
 * The earliest week the target can be held over all sets when every credential takes its stretched
 * weeks and the hours limit is otherwise dropped: a lower bound on any plan under the budget.
 */
function stretchedEarliest(
  ws: Workspace,
  order: Int32Array,
  exclude: readonly number[],
  effort: Float64Array,
  hours: number,
): number {
  const index = ws.index;
  const banned = new Set(exclude);
  const weeks = earliestPass(
    ws,
    order,
    undefined,
    (l) => banned.has(order[l]!),
    (c) => stretchedWeeks(index.duration[c]!, effort[c]!, hours),
  );
  return weeks[order.length - 1]!;
}

/**
 * The summed effort of the credentials every plan earns: the target, and (recursively) the non-held
 * credentials its requirement names through `all` groups only. Zero-duration credentials load nothing.
 */
function mandatoryEffort(ws: Workspace, target: number, effort: Float64Array): number {
  const index = ws.index;
  const { n } = index;
  const seen = new Set<number>();
  const refs: number[] = [target];
  let sum = 0;
  while (refs.length > 0) {
    const ref = refs.pop()!;
    if (ref < 0) continue;
    if (ref < n) {
      if (seen.has(ref) || ws.isHeld(ref)) continue;
      seen.add(ref);
      if (index.duration[ref]! > 0) sum += effort[ref]!;
      refs.push(index.req[ref]!);
      continue;
    }
    const g = ref - n;
    if (index.groupKind[g] !== GROUP_ALL) continue;
    for (let j = index.groupStart[g]!; j < index.groupStart[g + 1]!; j++)
      refs.push(index.groupChildren[j]!);
  }
  return sum;
}

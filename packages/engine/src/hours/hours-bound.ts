/**
 * Lower bounds on the week the target can be held under a weekly-hours budget and start days, over
 * every set of credentials and every schedule (what the fastest planner's optimality claims rest on):
 * - the stretched critical path: the earliest-week pass over all allowed sets with each credential
 *   taking its fewest weeks under H (d, or max(d, e / H) self-paced) and waiting for its first start
 *   day; dropping the budget otherwise is a relaxation, and waiting for a start day is monotone, so
 *   the pass stays exact for that relaxation;
 * - the effort bound: in an optimal plan every step but the target is one the target's requirement
 *   relies on (others can be dropped), so all of them end by the target's start; together they spend
 *   at least (least effort of any plan − the target's effort) hours at no more than H a week. So the
 *   target starts no earlier than that many hours / H (then on a start day of its own) and ends its
 *   fewest weeks later. The least effort is min-effort.ts's proven bound, or the effort of the
 *   credentials every plan must earn (the `all` closure), whichever is larger.
 */
import type { Workspace } from '../compile/workspace.js';
import { earliestPass } from '../schedule/earliest-pass.js';
import { foldRequirement } from '../requirement/requirement-fold.js';
import { mandatoryLeaves } from '../requirement/mandatory-leaves.js';
import type { HoursModel } from './hours-model.js';

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param banned - credential ints that may not be earned
 * @param model - the query's hours model
 * @returns per local index, the earliest week it can be held with fewest weeks and start days
 *   (also left in `ws.at`)
 */
export function stretchedEarliest(
  ws: Workspace,
  order: Int32Array,
  banned: ReadonlySet<number>,
  model: HoursModel,
): Float64Array {
  return earliestPass(
    ws,
    order,
    undefined,
    banned.size > 0 ? (l) => banned.has(order[l]!) : undefined,
    (c) => model.shortest(c),
    (c, ready) => model.next(c, ready),
  );
}

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param target - the target's credential int (not held)
 * @param stretched - `stretchedEarliest` of this cone
 * @param model - the query's hours model
 * @param leastEffort - a proven lower bound on the effort of any plan to the target
 * @returns a lower bound on the target's week in any valid plan
 */
export function hoursLowerBound(
  ws: Workspace,
  order: Int32Array,
  target: number,
  stretched: Float64Array,
  model: HoursModel,
  leastEffort: number,
): number {
  const m = order.length;
  const path = stretched[m - 1]!;
  if (model.hours === Infinity || path === Infinity) return path;
  const index = ws.index;
  for (let l = 0; l < m; l++) ws.at[order[l]!] = stretched[l]!;
  const ready = foldRequirement(index, index.req[target]!, ws.weeks);
  const effort = Math.max(leastEffort, mandatoryEffort(ws, target, model.tables.effort));
  const before = Math.max(0, effort - model.tables.effort[target]!) / model.hours;
  const start = model.next(target, Math.max(ready, before));
  return Math.max(path, start + model.shortest(target));
}

/** The summed effort of the credentials every plan earns (`mandatorySet`). */
function mandatoryEffort(ws: Workspace, target: number, effort: Float64Array): number {
  let sum = 0;
  for (const c of mandatorySet(ws, target)) sum += effort[c]!;
  return sum;
}

/**
 * The credentials every plan earns: the target, and (recursively) the non-held credentials its
 * requirement names through `all` groups only.
 * @param ws - workspace with the query's held set
 * @param target - the target's credential int
 * @returns their ints, target first
 */
export function mandatorySet(ws: Workspace, target: number): number[] {
  return mandatoryLeaves(ws, target, 1)[0]!;
}

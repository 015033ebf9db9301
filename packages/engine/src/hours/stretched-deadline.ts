/**
 * The cost bound of cheapest with a deadline under a weekly-hours budget: the exact deadline search
 * (constrained/cheapest-by-deadline.ts) on the catalog with each credential's duration replaced by
 * its fewest weeks under H (d, or max(d, e / H) self-paced). Every schedule under the budget runs
 * each step at least that long after its requirement is met, so every plan that holds the target by
 * the deadline under H is a set this relaxation accepts: its least cost is a proven lower bound, and
 * "no set" proves that none holds it in time. Its set is a candidate to schedule under the budget.
 * Run only when the cheapest set's schedule misses the deadline, so the view (the index's arrays
 * with one new durations array, built per query) is paid for rarely.
 */
import type { Workspace } from '../compile/workspace.js';
import { Workspace as Scratch } from '../compile/workspace.js';
import { cheapestByDeadline, type DeadlineResult } from '../constrained/cheapest-by-deadline.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import type { HoursModel } from './hours-model.js';

/**
 * @param ws - workspace with the query's held set (its index is the catalog's)
 * @param q - the resolved query (its deadline `maxWeeks`)
 * @param model - the query's hours model
 * @param banned - credential ints that may not be earned
 * @param floor - a proven lower bound on the least cost
 * @param stopAt - instant (ms, on `now`) past which the search stops with its bound
 * @param now - the clock
 * @returns the least-cost set of the relaxation, whether proven, and its proven cost bound
 */
export function stretchedDeadline(
  ws: Workspace,
  q: ResolvedQuery,
  model: HoursModel,
  banned: ReadonlySet<number>,
  floor: number,
  stopAt: number,
  now: () => number,
): DeadlineResult {
  const index = ws.index;
  const duration = Float64Array.from(index.duration, (_, c) => model.shortest(c));
  const view = new Scratch({ ...index, duration });
  view.setHeld(q.held);
  const order = view.cone(q.target);
  const excluded = Uint8Array.from(order, (c) => (banned.has(c) ? 1 : 0));
  return cheapestByDeadline({
    ws: view,
    order,
    excluded,
    deadline: q.maxWeeks,
    stopAt,
    floor,
    now,
  });
}

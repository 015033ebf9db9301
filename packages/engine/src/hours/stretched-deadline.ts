/**
 * The cost bound of cheapest with a deadline under a weekly-hours budget: the exact deadline search
 * (constrained/cheapest-by-deadline.ts) on the catalog with each credential's duration replaced by
 * its fewest weeks under H (d, or max(d, e / H) self-paced). Every schedule under the budget runs
 * each step at least that long after its requirement is met, so every plan that holds the target by
 * the deadline under H is a set this relaxation accepts: its least cost is a proven lower bound, and
 * "no set" proves that none holds it in time. Its set is a candidate to schedule under the budget.
 * Run only when the cheapest set's schedule misses the deadline, so the view (the index's arrays
 * with one new durations array, built per query) is paid for rarely.
 *
 * Under a budget H it also excludes what cannot fit the hours before the target starts. Every step of
 * a cheapest plan is one the target relies on (another can be dropped: the plan stays valid, meets
 * the deadline and costs no more), so it ends by the target's start, at most L = maxWeeks − the
 * target's fewest weeks; and so does every credential it needs through `all` groups (hours-bound.ts
 * `mandatorySet`). They all run within those L weeks at no more than H hours a week, so a credential
 * whose mandatory set's effortHours sum past H × L is in no cheapest plan, and none is lost by
 * excluding it. This is what the stretched relaxation alone misses: six courses of 43 hours side by
 * side, each in its 4.3 weeks at 10 hours a week, fit a deadline that 258 hours at 10 a week do not.
 */
import type { Workspace } from '../compile/workspace.js';
import { Workspace as Scratch } from '../compile/workspace.js';
import { cheapestByDeadline, type DeadlineResult } from '../constrained/cheapest-by-deadline.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import type { HoursModel } from './hours-model.js';
import { mandatorySet } from './hours-bound.js';
import { EPS } from '../numeric/tolerance.js';

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
  const before = q.maxWeeks - model.shortest(q.target);
  if (model.hours < Infinity && before < Infinity) {
    const most = model.hours * before + EPS;
    for (let l = 0; l < order.length; l++) {
      // Each exclusion is optional (it only drops plans that are not cheapest): past the time
      // budget the rest are left in.
      if ((l & 255) === 255 && now() > stopAt) break;
      const c = order[l]!;
      if (c === q.target || excluded[l] === 1 || view.isHeld(c)) continue;
      let effort = 0;
      for (const m of mandatorySet(view, c)) effort += model.tables.effort[m]!;
      if (effort > most) excluded[l] = 1;
    }
  }
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

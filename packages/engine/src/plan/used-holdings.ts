/**
 * A plan's `used` (plan-v2): the holdings it relies on, each saying whether it is implied. They come
 * from the requirement fold's own argmin walk (`chooseRequirement`, TIME): at each step's
 * requirement, a held credential is worth week -1 (before anything is earned) and an earlier step
 * its end week, so the walk prefers holdings and picks, at every `any`, `atLeast` and `credits`,
 * exactly what the schedule leans on; the held credentials it picks are the ones used. A plan for a
 * held target uses that holding; an infeasible plan, or one for a learner holding nothing, uses nothing.
 */
import type { Workspace } from '../compile/workspace.js';
import { chooseRequirement, weeksOf } from '../requirement/requirement-fold.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import type { Schedule } from '../schedule/schedule-steps.js';
import type { UsedHolding } from '../plan-types.js';

/**
 * @param ws - the planner's workspace (its compact index)
 * @param q - the resolved query: what is held and what of it is implied
 * @param feasible - whether there is a plan
 * @param schedule - the plan's steps
 * @returns the holdings the plan relies on, in order of first use (steps in week order)
 */
export function usedHoldings(
  ws: Workspace,
  q: ResolvedQuery,
  feasible: boolean,
  schedule: Schedule,
): UsedHolding[] {
  if (!feasible || q.held.length === 0) return [];
  const index = ws.index;
  const held = new Set(q.held);
  const entry = (c: number): UsedHolding => ({
    credential: index.ids[c]!,
    implied: q.implied.has(c),
  });
  if (held.has(q.target)) return [entry(q.target)];
  const endOf = new Map<number, number>();
  for (const step of schedule.steps) endOf.set(index.idOf.get(step.credential)!, step.endWeek);
  const leaves = weeksOf((c) => (held.has(c) ? -1 : (endOf.get(c) ?? Infinity)));
  const used = new Set<number>();
  for (const c of endOf.keys()) {
    chooseRequirement(index, index.req[c]!, leaves, (x) => {
      if (held.has(x)) used.add(x);
    });
  }
  return [...used].map(entry);
}

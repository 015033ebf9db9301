/**
 * The catalog as the weekly-hours bounds see it: the compact index with each credential's cost
 * replaced by its effortHours and its duration by its fewest weeks under the budget H (d, or
 * max(d, e / H) self-paced). The cheapest and deadline searches then run unchanged on it: the least
 * effort of any plan, and the least effort of any plan whose stretched critical path meets a deadline.
 * A view shares everything else with the index, so it costs two arrays per budget, not a compile.
 */
import type { CompactIndex } from '../compile/compact-index.js';
import { Workspace } from '../compile/workspace.js';
import type { HoursTables } from './hours-model.js';
import { shortestWeeks } from './weekly-load.js';

/** How many budgets' views a planner keeps (the most recently used). */
const KEEP = 4;

/**
 * @param index - the compact index
 * @param tables - its hours tables
 * @returns a function giving the scratch workspace over the effort view for a budget H
 */
export function effortViews(
  index: CompactIndex,
  tables: HoursTables,
): (hours: number) => Workspace {
  const views = new Map<number, Workspace>();
  return (hours) => {
    let ws = views.get(hours);
    if (ws !== undefined) {
      views.delete(hours);
      views.set(hours, ws);
      return ws;
    }
    const duration = Float64Array.from(index.duration, (d, c) =>
      shortestWeeks(
        { duration: d, effort: tables.effort[c]!, fixed: tables.fixed[c] === 1 },
        hours,
      ),
    );
    ws = new Workspace({ ...index, cost: tables.effort, duration });
    views.set(hours, ws);
    if (views.size > KEEP) views.delete(views.keys().next().value!);
    return ws;
  };
}

/**
 * The latest week any plan to the target can end at, over every set of credentials that could be
 * earned. A plan is scheduled earliest (plan-v1): each step starts once the chosen credentials its
 * requirement relies on are held, so it is held no later than its duration plus the latest week any
 * credential it names can be held at. By induction over the cone, the longest path of durations
 * bounds every plan's end, so a deadline at or past it removes no plan.
 */
import type { Workspace } from '../compile/workspace.js';

/**
 * @param ws - workspace with the query's held set, whose last cone walk is `order`
 * @param order - the cone in post-order (target last)
 * @returns the cone's longest path of durations, held credentials at week 0 (0 for an empty cone)
 */
export function latestFinish(ws: Workspace, order: Int32Array): number {
  const { depStart, deps, duration } = ws.index;
  const m = order.length;
  const latest = new Float64Array(m);
  for (let l = 0; l < m; l++) {
    const c = order[l]!;
    let ready = 0;
    for (let j = depStart[c]!; j < depStart[c + 1]!; j++) {
      const d = ws.local(deps[j]!);
      if (d >= 0 && latest[d]! > ready) ready = latest[d]!;
    }
    latest[l] = ready + duration[c]!;
  }
  return m > 0 ? latest[m - 1]! : 0;
}

/**
 * Free steps a cheapest set does not need. Among the sets of least cost, the search may keep a
 * credential of cost 0 whose part is also played by a holding or another step (a requirement
 * `any(c6, c3)` with c3 held): it costs nothing, but it is a step the learner would take for no
 * reason, and the schedule may put it after the target. Only a free step can be unneeded in a least
 * cost set (dropping a paid one would make it cheaper), so only those are tried. A free step can
 * still make the target earlier (an `any` met sooner through it), so it goes only when the target's
 * earliest week stays the same: the plan keeps its cost and its weeks, so its proof and bound stand.
 */
import type { Workspace } from '../compile/workspace.js';
import { earliestPass } from '../schedule/earliest-pass.js';

/**
 * @param ws - workspace with the query's held set (its `at` scratch is overwritten: earliestPass)
 * @param order - the cone in post-order (target last)
 * @param set - credential ints to earn, all in the cone, target included
 * @returns the set without the free steps that neither another chosen step nor the target's week
 *   needs (dependents tried first, so a free chain that only fed a dropped step goes too)
 */
export function dropUnneededFree(
  ws: Workspace,
  order: Int32Array,
  set: readonly number[],
): number[] {
  const index = ws.index;
  const m = order.length;
  const target = order[m - 1]!;
  const free = set.filter((c) => c !== target && index.cost[c] === 0);
  if (free.length === 0) return [...set];
  const kept = new Uint8Array(m);
  for (const c of set) kept[ws.local(c)] = 1;
  const weeks = new Float64Array(m);
  /** @returns the target's earliest week with the kept steps (Infinity: one is never met) */
  const targetWeek = (): number => {
    earliestPass(ws, order, weeks, (l) => !kept[l]);
    for (const c of set) if (kept[ws.local(c)] && weeks[ws.local(c)] === Infinity) return Infinity;
    return weeks[m - 1]!;
  };
  const week = targetWeek();
  free.sort((a, b) => ws.local(b) - ws.local(a)); // later in post-order: nearer the target
  for (const x of free) {
    kept[ws.local(x)] = 0;
    if (targetWeek() > week) kept[ws.local(x)] = 1;
  }
  return set.filter((c) => kept[ws.local(c)]);
}

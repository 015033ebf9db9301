/**
 * Free steps a cheapest set does not need. Among the sets of least cost, the search may keep a
 * credential of cost 0 whose part is also played by a holding or another step (a requirement
 * `any(c6, c3)` with c3 held): it costs nothing, but it is a step the learner would take for no
 * reason, and the schedule may put it after the target. Only a free step can be unneeded in a least
 * cost set (dropping a paid one would make it cheaper), so only those are tried. A free step can
 * still make the target earlier (an `any` met sooner through it), so it goes only when the target's
 * earliest week stays the same: the plan keeps its cost and its weeks, so its proof and bound stand.
 *
 * Dropping a step moves the weeks of the steps that read it and of theirs only, so each try
 * recomputes those (refreshEarliest), not the cone: every plan of the cheapest search passes here.
 */
import type { Workspace } from '../compile/workspace.js';
import { earliestPass, refreshEarliest } from '../schedule/earliest-pass.js';
import { forEachCredentialRef } from './cone-shape.js';

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
  const skip = (l: number): boolean => !kept[l];
  const weeks = earliestPass(ws, order, new Float64Array(m), skip);
  const week = weeks[m - 1]!;
  const readers = readersIn(ws, set);
  const moved = new Uint8Array(m);
  const saved = new Float64Array(m);
  const reach: number[] = [];
  free.sort((a, b) => ws.local(b) - ws.local(a)); // later in post-order: nearer the target
  for (const x of free) {
    const lx = ws.local(x);
    // x and every step that reads it, transitively: the weeks that dropping x can move.
    reach.length = 0;
    reach.push(lx);
    moved[lx] = 1;
    for (let k = 0; k < reach.length; k++)
      for (const r of readers.get(reach[k]!) ?? [])
        if (!moved[r]) {
          moved[r] = 1;
          reach.push(r);
        }
    for (const l of reach) saved[l] = weeks[l]!;
    kept[lx] = 0;
    refreshEarliest(ws, order, weeks, skip, moved);
    // Needed: a kept step is then never met, or the target is later.
    let needed = weeks[m - 1]! > week;
    for (const l of reach) {
      moved[l] = 0;
      if (kept[l] && weeks[l] === Infinity) needed = true;
    }
    if (!needed) continue;
    kept[lx] = 1;
    for (const l of reach) weeks[l] = saved[l]!;
  }
  return set.filter((c) => kept[ws.local(c)]);
}

/**
 * @param ws - the workspace (the cone's local indices)
 * @param set - credential ints of a set in the cone
 * @returns per local index of a credential the set's requirements name, the local indices of the
 *   set's credentials that name it
 */
function readersIn(ws: Workspace, set: readonly number[]): Map<number, number[]> {
  const readers = new Map<number, number[]>();
  for (const c of set) {
    const lc = ws.local(c);
    forEachCredentialRef(ws.index, ws.index.req[c]!, (x) => {
      if (ws.isHeld(x)) return;
      const lx = ws.local(x);
      const list = readers.get(lx);
      if (list === undefined) readers.set(lx, [lc]);
      else if (list[list.length - 1] !== lc) list.push(lc);
    });
  }
  return readers;
}

/**
 * The one earliest-week pass over a cone: in topological (post-)order, each credential is held at
 * the week its requirement is met plus the weeks it takes. On the requires DAG this is the
 * generalised Dijkstra of the issue (an `any` settles with its first child, `all` with its last,
 * `atLeast k` with its k-th, `credits n` when enough credit has settled) without a heap: every node
 * gets exactly the value of the min/max recursion in O(cone).
 */
import type { Workspace } from '../compile/workspace.js';
import { foldRequirement } from '../requirement/requirement-fold.js';

/**
 * @param ws - workspace with the query's held set (held credentials read week 0 in `ws.at`)
 * @param order - the cone in post-order (from `ws.cone`)
 * @param into - receives, per local index, the earliest week that credential can be held
 * @param skip - optional: local indices that are never earned (their week is Infinity)
 * @param weeksOf - optional: the weeks credential int `c` takes (default: its durationWeeks)
 * @param startOf - optional: the week `c` starts when its requirement is met at `ready` (default:
 *   `ready`; later for a credential with start days; monotone in `ready`, so the pass stays exact)
 * @returns `into`; the same weeks are left in `ws.at` by credential int
 */
export function earliestPass(
  ws: Workspace,
  order: Int32Array,
  into: Float64Array = new Float64Array(order.length),
  skip?: (l: number) => boolean,
  weeksOf?: (c: number) => number,
  startOf?: (c: number, ready: number) => number,
): Float64Array {
  const index = ws.index;
  const { req, duration } = index;
  const at = ws.at;
  const leaves = ws.weeks;
  for (let l = 0; l < order.length; l++) {
    const c = order[l]!;
    let t = Infinity;
    if (skip === undefined || !skip(l)) {
      const ready = foldRequirement(index, req[c]!, leaves);
      t = (startOf ? startOf(c, ready) : ready) + (weeksOf ? weeksOf(c) : duration[c]!);
    }
    into[l] = t;
    at[c] = t;
  }
  return into;
}

/**
 * `earliestPass(ws, order, into, skip)` again after some decisions changed, walking only the
 * credentials marked in `moved` (those whose own or a prerequisite's week may differ: the changed
 * ones and their ancestors); the others keep their weeks in `into`.
 * @param ws - workspace with the query's held set
 * @param order - the cone in post-order
 * @param into - the weeks of the last pass, updated in place
 * @param skip - local indices that are never earned
 * @param moved - per local index, 1 when its week is to be recomputed
 */
export function refreshEarliest(
  ws: Workspace,
  order: Int32Array,
  into: Float64Array,
  skip: (l: number) => boolean,
  moved: Uint8Array,
): void {
  const { req, duration } = ws.index;
  const at = ws.at;
  // Others may have written `ws.at` since (a schedule check): the kept weeks are put back first.
  for (let l = 0; l < order.length; l++) at[order[l]!] = into[l]!;
  for (let l = 0; l < order.length; l++) {
    if (!moved[l]) continue;
    const c = order[l]!;
    const t = skip(l) ? Infinity : foldRequirement(ws.index, req[c]!, ws.weeks) + duration[c]!;
    into[l] = t;
    at[c] = t;
  }
}

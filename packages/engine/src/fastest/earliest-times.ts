/**
 * Fastest, exact: the earliest week each credential of the cone can be held. On the requires DAG the
 * generalised Dijkstra of the issue (an `any` settles with its first child, `all` with its last,
 * `atLeast k` with its k-th, `credits n` when enough credit has settled) settles every node at exactly
 * the value of the min/max recursion; evaluating that recursion once per node in the cone's
 * topological (post-)order gives the same times in O(cone) without a heap.
 */
import type { Workspace } from '../compile/workspace.js';
import { requirementTimeAt } from '../compile/requirement-time.js';

/**
 * @param ws - the workspace holding the query's held set and cone
 * @param order - the cone in post-order (from `ws.cone`)
 * @returns per local index, the earliest week that credential can be held (also left in `ws.at`)
 */
export function earliestTimes(ws: Workspace, order: Int32Array): Float64Array {
  const index = ws.index;
  const at = ws.at;
  const times = new Float64Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const c = order[i]!;
    const t = requirementTimeAt(index, index.req[c]!, at) + index.duration[c]!;
    times[i] = t;
    at[c] = t;
  }
  return times;
}

/**
 * The query's exclusions mapped onto a cone: per local index, 1 when that credential may not be
 * earned. Shared by the constrained planner and the frontier sweep.
 */
import type { Workspace } from '../compile/workspace.js';

/**
 * @param ws - workspace whose last `cone()` is `order`
 * @param order - the cone in post-order
 * @param exclude - credential ints that may not be earned
 * @returns per local index of `order`, 1 when excluded
 */
export function coneExclusions(
  ws: Workspace,
  order: Int32Array,
  exclude: readonly number[],
): Uint8Array {
  const excluded = new Uint8Array(order.length);
  for (const c of exclude) {
    const l = ws.local(c);
    if (l >= 0) excluded[l] = 1;
  }
  return excluded;
}

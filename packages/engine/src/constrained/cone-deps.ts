/**
 * A cone's prerequisite lists in local indices: per cone credential, the non-held credentials its
 * requirement names, by their place in the cone's post-order. The deadline search walks them at
 * every node (which decisions' ancestors to recompute, which weeks to pass down), so they are
 * mapped once per search rather than through the workspace's marks each time.
 */
import type { Workspace } from '../compile/workspace.js';

/** CSR lists: the prerequisites of local index `l` are `local[start[l]..start[l + 1])`. */
export interface ConeDeps {
  start: Int32Array;
  local: Int32Array;
}

/**
 * @param ws - workspace whose last cone walk is `order`
 * @param order - the cone in post-order
 * @returns each cone credential's non-held prerequisites as local indices
 */
export function coneDeps(ws: Workspace, order: Int32Array): ConeDeps {
  const { depStart, deps } = ws.index;
  const m = order.length;
  const start = new Int32Array(m + 1);
  let size = 0;
  for (let l = 0; l < m; l++) {
    const c = order[l]!;
    size += depStart[c + 1]! - depStart[c]!;
  }
  const local = new Int32Array(size);
  size = 0;
  for (let l = 0; l < m; l++) {
    start[l] = size;
    const c = order[l]!;
    for (let j = depStart[c]!; j < depStart[c + 1]!; j++)
      if (!ws.isHeld(deps[j]!)) local[size++] = ws.local(deps[j]!);
  }
  start[m] = size;
  return { start, local: local.subarray(0, size) };
}

/**
 * Marks, in place, every credential that has a marked prerequisite somewhere below it.
 * @param deps - the cone's prerequisite lists
 * @param marks - per local index, 1 when marked; extended to the ancestors
 */
export function markAncestors(deps: ConeDeps, marks: Uint8Array): void {
  const { start, local } = deps;
  // Post-order: every prerequisite comes before the credentials that name it.
  for (let l = marks.indexOf(1) + 1; l > 0 && l < marks.length; l++) {
    if (marks[l]) continue;
    for (let j = start[l]!; j < start[l + 1]!; j++)
      if (marks[local[j]!]) {
        marks[l] = 1;
        break;
      }
  }
}

/**
 * The one latest-week pass over a cone: the latest week each credential can be held and still lead
 * to the target by a given week. The target's is that week; a prerequisite's is the latest start of
 * any parent that names it (prerequisites come before parents in the cone's post-order).
 */
import type { Workspace } from '../compile/workspace.js';

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param into - receives, per local index, the latest useful week (-Infinity: of no use)
 * @param upTo - the week the target must be held by
 * @param skip - optional: local indices that are never earned (they lead nowhere)
 * @returns `into`
 */
export function latestPass(
  ws: Workspace,
  order: Int32Array,
  into: Float64Array,
  upTo: number,
  skip?: (l: number) => boolean,
): Float64Array {
  const index = ws.index;
  const m = order.length;
  into.fill(-Infinity);
  into[m - 1] = upTo;
  for (let l = m - 1; l >= 0; l--) {
    if (into[l] === -Infinity || (skip !== undefined && skip(l))) continue;
    const c = order[l]!;
    const t = into[l]! - index.duration[c]!;
    for (let j = index.depStart[c]!; j < index.depStart[c + 1]!; j++) {
      const x = index.deps[j]!;
      if (ws.isHeld(x)) continue;
      const lx = ws.local(x);
      if (t > into[lx]!) into[lx] = t;
    }
  }
  return into;
}

/**
 * The weeks a credential can possibly be held at, over every set of credentials that could be
 * earned: its duration plus 0 or a week some named prerequisite can be held at. A superset of the
 * finish weeks of all plans, so the least deadline meeting a budget is among them.
 */
import type { Workspace } from '../compile/workspace.js';

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param excluded - per local index, 1 when it may not be earned
 * @param upTo - weeks above this are not listed
 * @returns the target's possible finish weeks up to `upTo`, ascending and distinct
 */
export function finishWeeks(
  ws: Workspace,
  order: Int32Array,
  excluded: Uint8Array,
  upTo: number,
): number[] {
  const index = ws.index;
  const weeks: (Float64Array | undefined)[] = new Array<Float64Array | undefined>(order.length);
  for (let l = 0; l < order.length; l++) {
    if (excluded[l]) continue;
    const c = order[l]!;
    const d = index.duration[c]!;
    const met = new Set<number>([0]);
    for (let j = index.depStart[c]!; j < index.depStart[c + 1]!; j++) {
      const x = index.deps[j]!;
      if (ws.isHeld(x)) continue;
      const w = weeks[ws.local(x)];
      if (w) for (const t of w) if (t + d <= upTo) met.add(t);
    }
    const out = new Float64Array(met.size);
    let i = 0;
    for (const t of met) if (t + d <= upTo) out[i++] = t + d;
    weeks[l] = out.subarray(0, i).sort();
  }
  return Array.from(weeks[order.length - 1] ?? []);
}

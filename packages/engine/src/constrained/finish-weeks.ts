/**
 * The weeks a credential can possibly be held at, over every set of credentials that could be
 * earned: its duration plus 0 or a week some named prerequisite can be held at, kept only between
 * its earliest week and the latest week that can still lead to the target by `upTo`. A superset of
 * the target's finish weeks over all plans, so the least deadline meeting a budget is among them.
 */
import type { Workspace } from '../compile/workspace.js';
import { EPS } from '../numeric/tolerance.js';
import { latestPass } from '../schedule/latest-pass.js';

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param excluded - per local index, 1 when it may not be earned
 * @param earliest - per local index, its earliest week with the exclusions applied
 * @param upTo - weeks of the target above this are not listed
 * @returns the target's possible finish weeks up to `upTo`, ascending and distinct
 */
export function finishWeeks(
  ws: Workspace,
  order: Int32Array,
  excluded: Uint8Array,
  earliest: Float64Array,
  upTo: number,
): number[] {
  const index = ws.index;
  const m = order.length;
  const latest = latestPass(ws, order, new Float64Array(m), upTo, (l) => excluded[l] !== 0);
  const weeks: (Float64Array | undefined)[] = new Array<Float64Array | undefined>(m);
  for (let l = 0; l < m; l++) {
    if (excluded[l] || latest[l] === -Infinity) continue;
    const c = order[l]!;
    const d = index.duration[c]!;
    const lo = earliest[l]! - EPS;
    const hi = latest[l]! + EPS;
    const met = new Set<number>();
    if (d >= lo && d <= hi) met.add(d);
    for (let j = index.depStart[c]!; j < index.depStart[c + 1]!; j++) {
      const x = index.deps[j]!;
      if (ws.isHeld(x)) continue;
      const w = weeks[ws.local(x)];
      if (w) for (const t of w) if (t + d >= lo && t + d <= hi) met.add(t + d);
    }
    weeks[l] = new Float64Array(met).sort();
  }
  return Array.from(weeks[m - 1] ?? []);
}

/**
 * Fastest on an OR cone (every requirement is an id or `any` of ids/`any`s): a plan is then a chain,
 * nothing is shared, and the lexicographic optimum (weeks, then cost) is exact by one DP pass, since
 * every credential of a fastest chain is held at its own earliest week. Cheaper than the general
 * deadline tie-break, which this skips; returns undefined when the cone is not pure OR.
 */
import type { Workspace } from '../compile/workspace.js';

/**
 * @param ws - workspace with the query's held set and cone; `ws.at` holds the earliest weeks
 * @param order - the cone in post-order (target last)
 * @returns the chain's credential ints, or undefined when some requirement in the cone is not OR
 */
export function orChainSet(ws: Workspace, order: Int32Array): number[] | undefined {
  const index = ws.index;
  const { req, orOnly, duration, cost } = index;
  const m = order.length;
  for (let l = 0; l < m; l++) if (!orOnly[order[l]!]) return undefined;
  // cheapest[l]: least cost of a chain holding order[l] at its earliest week.
  const cheapest = new Float64Array(m);
  const at = ws.at;
  for (let l = 0; l < m; l++) {
    const c = order[l]!;
    cheapest[l] = cost[c]! + bestChild(ws, req[c]!, at[c]! - duration[c]!, cheapest);
  }
  const chain: number[] = [];
  let c = order[m - 1]!;
  for (;;) {
    chain.push(c);
    bestChild(ws, req[c]!, at[c]! - duration[c]!, cheapest);
    if (chosen < 0) break;
    c = chosen;
  }
  return chain;
}

/** The credential the last `bestChild` call chose (-1: none, or a held one ends the chain). */
let chosen = -1;

/**
 * Among the credentials an OR requirement names that are held by `metAt`, the cheapest chain (a
 * held one costs 0 and ends the chain). The choice is left in `chosen`, so the walk over every
 * requirement of the cone allocates nothing.
 * @returns the chain's cost (Infinity when none is held in time)
 */
function bestChild(ws: Workspace, ref: number, metAt: number, cheapest: Float64Array): number {
  const index = ws.index;
  chosen = -1;
  if (ref < 0) return 0;
  if (ref < index.n) {
    if (ws.isHeld(ref)) return 0;
    if (!(ws.at[ref]! <= metAt)) return Infinity;
    chosen = ref;
    return cheapest[ws.local(ref)]!;
  }
  const g = ref - index.n;
  let best = Infinity;
  let bestChosen = -1;
  for (let j = index.groupStart[g]!; j < index.groupStart[g + 1]!; j++) {
    const v = bestChild(ws, index.groupChildren[j]!, metAt, cheapest);
    if (v < best) {
      best = v;
      bestChosen = chosen;
    }
  }
  chosen = bestChosen;
  return best;
}

/**
 * Fastest on an OR cone (every requirement is an id or `any` of ids/`any`s): a plan is then a chain,
 * nothing is shared, and the lexicographic optimum (weeks, then cost) is exact by one DP pass, since
 * every credential of a fastest chain is held at its own earliest week. Cheaper than the general
 * deadline tie-break, which this skips; returns undefined when the cone is not pure OR.
 */
import type { Workspace } from '../compile/workspace.js';
import { foldRequirement } from '../requirement/requirement-fold.js';

/**
 * One pass over the cone in topological order: each credential's earliest week (left in `ws.at`,
 * as `earliestPass` would) and the cheapest chain holding it then, with the child that chain takes.
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @returns the chain's credential ints (target first), or undefined as soon as some requirement in
 *   the cone is not OR (`ws.at` is then partly written: run `earliestPass`)
 */
export function orChainSet(ws: Workspace, order: Int32Array): number[] | undefined {
  const index = ws.index;
  const { req, orOnly, duration, cost } = index;
  const m = order.length;
  const at = ws.at;
  if (cheapest.length < m) [cheapest, next] = [new Float64Array(2 * m), new Int32Array(2 * m)];
  for (let l = 0; l < m; l++) {
    const c = order[l]!;
    if (!orOnly[c]) return undefined;
    const ref = req[c]!;
    const t = foldRequirement(index, ref, ws.weeks) + duration[c]!;
    at[c] = t;
    // cheapest[l]: least cost of a chain holding c at its earliest week; next[l]: its child.
    cheapest[l] = cost[c]! + bestChild(ws, ref, t - duration[c]!, cheapest);
    next[l] = chosen;
  }
  const chain: number[] = [];
  for (let l = m - 1; l >= 0; l = next[l]! < 0 ? -1 : ws.local(next[l]!)) chain.push(order[l]!);
  return chain;
}

/** Scratch by local index, kept across queries (grown on demand): chain costs and chosen children. */
let cheapest = new Float64Array(1024);
let next = new Int32Array(1024);

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

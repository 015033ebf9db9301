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
  const { req } = index;
  const m = order.length;
  for (let l = 0; l < m; l++) if (!index.orOnly[order[l]!]) return undefined;
  // cheapest[l]: least cost of a chain holding order[l] at its earliest week.
  const cheapest = new Float64Array(m);
  const at = ws.at;
  for (let l = 0; l < m; l++) {
    const c = order[l]!;
    const metAt = at[c]! - index.duration[c]!;
    cheapest[l] = index.cost[c]! + bestChild(ws, req[c]!, metAt, cheapest).cost;
  }
  const chain: number[] = [];
  let c = order[m - 1]!;
  for (;;) {
    chain.push(c);
    const next = bestChild(ws, req[c]!, at[c]! - index.duration[c]!, cheapest).credential;
    if (next < 0) break;
    c = next;
  }
  return chain;
}

/** Among the credentials an OR requirement names that are held by `metAt`, the cheapest chain
 * (a held one costs 0 and ends the chain: credential -1). */
function bestChild(
  ws: Workspace,
  ref: number,
  metAt: number,
  cheapest: Float64Array,
): { cost: number; credential: number } {
  const index = ws.index;
  if (ref < 0) return { cost: 0, credential: -1 };
  if (ref < index.n) {
    if (ws.isHeld(ref)) return { cost: 0, credential: -1 };
    return ws.at[ref]! <= metAt ? { cost: cheapest[ws.local(ref)]!, credential: ref } : NONE;
  }
  const g = ref - index.n;
  let best = NONE;
  for (let j = index.groupStart[g]!; j < index.groupStart[g + 1]!; j++) {
    const option = bestChild(ws, index.groupChildren[j]!, metAt, cheapest);
    if (option.cost < best.cost) best = option;
  }
  return best;
}

const NONE = { cost: Infinity, credential: -1 };

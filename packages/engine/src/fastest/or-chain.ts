/**
 * Fastest on an OR cone (every requirement is an id or `any` of ids/`any`s): a plan is then a chain,
 * nothing is shared, and the lexicographic optimum (weeks, then cost) is exact by one DP pass, since
 * every credential of a fastest chain is held at its own earliest week. Cheaper than the general
 * deadline tie-break, which this skips; returns undefined when the cone is not pure OR. The pass
 * walks each requirement once (its earliest week and the cheapest child met then, together), and
 * only the chain it returns is turned into steps (chain-schedule.ts).
 */
import type { Workspace } from '../compile/workspace.js';
import { GROUP_REF } from '../compile/compact-index.js';

/** Scratch by local index, kept across queries (grown on demand). */
export interface OrChainScratch {
  /** The week each credential's requirement is met (its earliest start). */
  readonly ready: Float64Array;
}

/**
 * One pass over the cone in topological order: each credential's earliest week (left in `ws.at`,
 * as `earliestPass` would), the week its requirement is met (left in `scratch.ready`), and the
 * cheapest chain holding it at its earliest week, with the child that chain takes.
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last), in its first `m` entries
 * @param m - the cone's size
 * @param chain - receives the chain's local indices, target first (emptied first)
 * @returns the scratch holding `ready` by local index, or undefined as soon as some requirement in
 *   the cone is not OR (`ws.at` is then partly written: run `earliestPass`)
 */
export function orChain(
  ws: Workspace,
  order: Int32Array,
  m: number,
  chain: number[],
): OrChainScratch | undefined {
  const index = ws.index;
  const { req, orOnly, duration, cost } = index;
  const at = ws.at;
  if (cheapest.length < m) {
    cheapest = new Float64Array(2 * m);
    next = new Int32Array(2 * m);
    scratch = { ready: new Float64Array(2 * m) };
  }
  const { ready } = scratch;
  const costs = cheapest;
  const nextOf = next;
  const { n, groupStart, groupChildren } = index;
  for (let l = 0; l < m; l++) {
    const c = order[l]!;
    if (!orOnly[c]) return undefined;
    // The least (week, then chain cost) over the credentials the requirement names, in order: a
    // held one is worth (0, 0) and ends the chain; the first of the least wins, as `any`'s fold
    // and choice do. Flat `any`s of ids are walked here; nested ones through `visit`.
    let t = Infinity;
    let v = Infinity;
    let child = -1;
    const ref = req[c]!;
    if (ref < 0) t = v = 0;
    else if (ref < n) {
      if (ws.isHeld(ref)) t = v = 0;
      else {
        t = at[ref]!;
        v = costs[ws.local(ref)]!;
        child = ref;
      }
    } else {
      const g = ref - GROUP_REF;
      for (let j = groupStart[g]!; j < groupStart[g + 1]!; j++) {
        const x = groupChildren[j]!;
        if (x >= n) {
          bestT = t;
          bestCost = v;
          chosen = child;
          visit(ws, x);
          t = bestT;
          v = bestCost;
          child = chosen;
        } else if (ws.isHeld(x)) {
          if (0 < t || (0 === t && 0 < v)) {
            t = v = 0;
            child = -1;
          }
        } else {
          const tx = at[x]!;
          if (tx <= t) {
            const vx = costs[ws.local(x)]!;
            if (tx < t || vx < v) {
              t = tx;
              v = vx;
              child = x;
            }
          }
        }
      }
    }
    ready[l] = t;
    at[c] = t + duration[c]!;
    // cheapest[l]: least cost of a chain holding c at its earliest week; next[l]: its child.
    costs[l] = cost[c]! + v;
    nextOf[l] = child;
  }
  chain.length = 0;
  for (let l = m - 1; l >= 0; l = next[l]! < 0 ? -1 : ws.local(next[l]!)) chain.push(l);
  return scratch;
}

let cheapest = new Float64Array(1024);
let next = new Int32Array(1024);
let scratch: OrChainScratch = { ready: new Float64Array(1024) };

/** The walk's state: the least (week, cost) so far and the credential giving it (-1: none or held). */
let bestT = Infinity;
let bestCost = Infinity;
let chosen = -1;

/**
 * Folds an OR requirement's credentials, in order, into the least (week, then chain cost): a held
 * one is worth (0, 0) and ends the chain. The first of the least wins, as `any`'s fold and choice
 * do, and nothing is allocated.
 */
function visit(ws: Workspace, ref: number): void {
  const index = ws.index;
  if (ref < index.n) {
    const held = ws.isHeld(ref);
    const t = held ? 0 : ws.at[ref]!;
    const v = held ? 0 : cheapest[ws.local(ref)]!;
    if (t < bestT || (t === bestT && v < bestCost)) {
      bestT = t;
      bestCost = v;
      chosen = held ? -1 : ref;
    }
    return;
  }
  const g = ref - GROUP_REF;
  for (let j = index.groupStart[g]!; j < index.groupStart[g + 1]!; j++)
    visit(ws, index.groupChildren[j]!);
}

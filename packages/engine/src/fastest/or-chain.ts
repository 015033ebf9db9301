/**
 * Fastest on an OR cone (every requirement is an id or `any` of ids/`any`s): a plan is then a chain,
 * nothing is shared, and the lexicographic optimum (weeks, then cost) is exact by one DP pass, since
 * every credential of a fastest chain is held at its own earliest week. Cheaper than the general
 * deadline tie-break, which this skips. The pass is the cone walk itself: each credential is folded
 * as the walk places it, while its lines and its prerequisites' are in cache (a second pass over a
 * cone scattered over 10^6 credentials was most of a query's time; a fold called back from the
 * workspace's walk cost twice this loop), and only the chain it returns is turned into steps
 * (chain-schedule.ts).
 */
import type { Workspace } from '../compile/workspace.js';

/**
 * Walks the cone of `target` and, in the same walk, finds each credential's earliest week (left in
 * `ws.at`, as `earliestPass` would), the week its requirement is met (`orReady()`), and the cheapest
 * chain holding it at its earliest week, with the child that chain takes.
 * @param ws - workspace with the query's held set
 * @param target - the credential planned (not held)
 * @param chain - receives the chain's local indices, target first
 * @returns the cone's size m (its post-order is `orCone()[0..m)`, and `ws.local` answers for it),
 *   or -1 as soon as some requirement in the cone is not OR: the walk is then left unfinished
 *   (walk the cone again, `ws.at` partly written: run `earliestPass`)
 */
export function orChain(ws: Workspace, target: number, chain: number[]): number {
  const { depStart, deps, orOnly, duration, cost } = ws.index;
  const at = ws.at;
  const slots = ws.startCone();
  const stamp = ws.coneStamp();
  // The scratch in locals, read again only where it grows (module variables are reloaded at every
  // use: that was a third of the walk).
  let { stack, cursor, order, ready, cheapest, next } = scratch;
  let top = 0;
  let size = 0;
  stack[0] = target;
  cursor[0] = depStart[target]!;
  slots[2 * target] = stamp;
  while (top >= 0) {
    const c = stack[top]!;
    const j = cursor[top]!;
    if (j < depStart[c + 1]!) {
      // Down to the next credential named, unless held or already placed (an acyclic cone has
      // no credential on the stack that its own prerequisites name).
      cursor[top] = j + 1;
      const d = deps[j]!;
      if (slots[2 * d] !== stamp && !ws.isHeld(d)) {
        slots[2 * d] = stamp;
        if (++top === stack.length) ({ stack, cursor } = growStack());
        stack[top] = d;
        cursor[top] = depStart[d]!;
      }
      continue;
    }
    top--;
    if (!orOnly[c]) return -1;
    if (size === order.length) ({ order, ready, cheapest, next } = growCone());
    slots[2 * c + 1] = size;
    order[size] = c;
    // The least (week, then chain cost) over the credentials the requirement names, in order: a
    // held one is worth (0, 0) and ends the chain; the first of the least wins, as `any`'s fold
    // and choice do. They are read as `deps` (the distinct credentials named, in the order a
    // depth-first walk of the requirement first meets them): a repeated id is never strictly
    // better than its first occurrence, so this is the requirement's own fold.
    const from = depStart[c]!;
    const to = depStart[c + 1]!;
    // No prerequisite: nothing is required (a valid catalog has no empty `any`).
    let t = from === to ? 0 : Infinity;
    let v = t;
    let child = -1;
    for (let k = from; k < to; k++) {
      const x = deps[k]!;
      if (ws.isHeld(x)) {
        if (0 < t || (0 === t && 0 < v)) {
          t = v = 0;
          child = -1;
        }
        continue;
      }
      const tx = at[x]!;
      if (tx > t) continue;
      const vx = cheapest[slots[2 * x + 1]!]!;
      if (tx < t || vx < v) {
        t = tx;
        v = vx;
        child = x;
      }
    }
    ready[size] = t;
    at[c] = t + duration[c]!;
    // cheapest[l]: least cost of a chain holding c at its earliest week; next[l]: its child.
    cheapest[size] = cost[c]! + v;
    next[size] = child;
    size++;
  }
  // Written in place and cut to length: `length = 0` would drop the array's store every query.
  let k = 0;
  for (let l = size - 1; l >= 0; l = next[l]! < 0 ? -1 : ws.local(next[l]!)) chain[k++] = l;
  if (chain.length !== k) chain.length = k;
  return size;
}

/** @returns the post-order of the last cone `orChain` walked to its end */
export function orCone(): Int32Array {
  return scratch.order;
}

/** @returns the week each local index's requirement is met, as the last complete `orChain` left it */
export function orReady(): Float64Array {
  return scratch.ready;
}

/**
 * Scratch kept across queries (grown by doubling): the walk's stack (a credential, and its next
 * prerequisite to visit), and by local index the cone's post-order, the week each requirement is
 * met, the cheapest chain's cost and its child (-1: none, or held).
 */
const scratch = {
  stack: new Int32Array(64),
  cursor: new Int32Array(64),
  order: new Int32Array(1024),
  ready: new Float64Array(1024),
  cheapest: new Float64Array(1024),
  next: new Int32Array(1024),
};

/** @returns the scratch, its stack doubled */
function growStack(): typeof scratch {
  scratch.stack = doubled(scratch.stack, new Int32Array(2 * scratch.stack.length));
  scratch.cursor = doubled(scratch.cursor, new Int32Array(2 * scratch.cursor.length));
  return scratch;
}

/** @returns the scratch, its arrays by local index doubled */
function growCone(): typeof scratch {
  const size = 2 * scratch.order.length;
  scratch.order = doubled(scratch.order, new Int32Array(size));
  scratch.ready = doubled(scratch.ready, new Float64Array(size));
  scratch.cheapest = doubled(scratch.cheapest, new Float64Array(size));
  scratch.next = doubled(scratch.next, new Int32Array(size));
  return scratch;
}

/** @returns `to`, with `from` copied into its start */
function doubled<T extends Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

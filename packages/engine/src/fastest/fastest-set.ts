/**
 * Chooses the credentials of a fastest plan: a set whose earliest-start schedule holds the target at
 * the optimum week T*. Top-down with deadlines: the target must be held by T*; a credential held by D
 * needs its requirement met by D - duration; each group keeps only the children that can be met by
 * its deadline (their earliest week) and among those picks the cheapest by the tree DP (`any`: one,
 * `atLeast k`: k, `credits n`: a min-cost cover). A credential reached again with a tighter deadline is
 * re-expanded. Then steps the schedule can do without are dropped, most expensive first. This is the
 * tie-break "among equally fast plans prefer the cheaper": a good one, not an exact lexicographic optimum.
 */
import type { Workspace } from '../compile/workspace.js';
import { ConeDp } from '../cheapest/cone-dp.js';
import { within } from '../numeric/tolerance.js';
import { chooseRequirement, foldRequirement, weeksOf } from '../requirement/requirement-fold.js';

/** Largest set the redundant-step pruning is tried on (it is quadratic). */
const PRUNE_LIMIT = 400;

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param times - earliest week per local index (from `earliestPass`, which also left them in `ws.at`)
 * @returns credential ints of a set that reaches the target at `times[target]`
 */
export function fastestSet(ws: Workspace, order: Int32Array, times: Float64Array): number[] {
  const index = ws.index;
  const m = order.length;
  const best = times[m - 1]!;
  const dp = new ConeDp(ws, order);
  const est = (x: number): number => {
    const l = ws.local(x);
    return l < 0 ? 0 : dp.full[l]!;
  };
  dp.evaluate(est);

  const deadlineOf = new Float64Array(m).fill(Infinity);
  const inSet = new Uint8Array(m);
  const pending: [number, number][] = [[order[m - 1]!, best]];
  // Among the children that can be met by d (their earliest weeks, left in ws.at), the cheapest.
  const choose = (ref: number, d: number): void => {
    const admit = (child: number): boolean => within(foldRequirement(index, child, ws.weeks), d);
    dp.choose(ref, est, (c) => pending.push([c, d]), -1, admit);
  };
  while (pending.length > 0) {
    const [c, d] = pending.pop()!;
    const l = ws.local(c);
    if (deadlineOf[l]! <= d) continue;
    deadlineOf[l] = d;
    inSet[l] = 1;
    choose(index.req[c]!, d - index.duration[c]!);
  }
  const members: number[] = [];
  for (let l = 0; l < m; l++) if (inSet[l]) members.push(l);
  if (scheduleEnd(ws, order, inSet, members, []) > best) return earliestChoice(ws, order, times);
  pruneRedundant(ws, order, inSet, best);
  const set: number[] = [];
  for (let l = 0; l < m; l++) if (inSet[l]) set.push(order[l]!);
  return set;
}

/**
 * Schedules the marked set earliest-start; members that can never start are unmarked and reported.
 * @param members - the marked local indices in increasing (topological) order
 * @returns the target's end week (Infinity when the target itself cannot start)
 */
function scheduleEnd(
  ws: Workspace,
  order: Int32Array,
  inSet: Uint8Array,
  members: readonly number[],
  stranded: number[],
): number {
  const index = ws.index;
  const end = new Map<number, number>();
  const leaves = weeksOf((x) => {
    if (ws.isHeld(x)) return 0;
    const l = ws.local(x);
    return inSet[l] ? end.get(l)! : Infinity;
  });
  for (const l of members) {
    if (!inSet[l]) continue;
    const c = order[l]!;
    const t = foldRequirement(index, index.req[c]!, leaves) + index.duration[c]!;
    if (t === Infinity) {
      inSet[l] = 0;
      stranded.push(l);
    } else end.set(l, t);
  }
  return end.get(order.length - 1) ?? Infinity;
}

/** Drops steps, most expensive first, when the target still ends by `best` without them (and without
 * the steps that only they made possible). */
function pruneRedundant(ws: Workspace, order: Int32Array, inSet: Uint8Array, best: number): void {
  const index = ws.index;
  const members: number[] = [];
  for (let l = 0; l < order.length; l++) if (inSet[l]) members.push(l);
  if (members.length > PRUNE_LIMIT) return;
  const byCost = members
    .slice(0, -1)
    .sort((a, b) => index.cost[order[b]!]! - index.cost[order[a]!]!);
  for (const l of byCost) {
    if (!inSet[l]) continue;
    inSet[l] = 0;
    const stranded: number[] = [];
    if (scheduleEnd(ws, order, inSet, members, stranded) > best) {
      inSet[l] = 1;
      for (const x of stranded) inSet[x] = 1;
    }
  }
}

/** Fallback: every group takes its earliest children (exactly the recursion's argmin). */
function earliestChoice(ws: Workspace, order: Int32Array, times: Float64Array): number[] {
  const index = ws.index;
  const leaves = weeksOf((x) => (ws.isHeld(x) ? 0 : times[ws.local(x)]!));
  const inSet = new Uint8Array(order.length);
  const stack = [order.length - 1];
  inSet[order.length - 1] = 1;
  const use = (c: number): void => {
    const l = ws.local(c);
    if (!ws.isHeld(c) && !inSet[l]) {
      inSet[l] = 1;
      stack.push(l);
    }
  };
  while (stack.length > 0) {
    const l = stack.pop()!;
    chooseRequirement(index, index.req[order[l]!]!, leaves, use);
  }
  const set: number[] = [];
  for (let l = 0; l < order.length; l++) if (inSet[l]) set.push(order[l]!);
  return set;
}

/**
 * Cheapest, exact: the min-cost set of credentials whose requirements are all met by the set and the
 * holdings, shared prerequisites counted once. Once every shared credential (named twice or more in
 * the cone) is decided in or out, the rest of the cone is a tree and the tree DP is exact; so we
 * branch and bound over shared credentials only.
 *
 * Lower bound (Lagrangian relaxation of "every use of a shared credential s relies on one payment
 * for s"): each occurrence o of an undecided s is priced lambda_o in the DP, and s contributes
 * min(0, F_s - sum_o lambda_o), F_s being s's own value (cost + requirement) under the same prices.
 * Any lambda >= 0 gives a valid bound; subgradient steps (Polyak) raise it. In: s is paid once, its
 * occurrences are free. Out: its occurrences are Infinity. Upper bound: the DP's choices realised as a
 * set (each used credential paid once). Past the time budget, the best set so far is returned with
 * the least lower bound among the unexplored branches.
 */
import type { Workspace } from '../compile/workspace.js';
import { ConeDp, type ChildValue } from './cone-dp.js';
import { coneShape } from './cone-shape.js';
import { occurrenceTable } from './occurrences.js';

/** The outcome of a cheapest search. */
export interface CheapestResult {
  /** Credential ints to earn (target included). */
  set: number[];
  cost: number;
  optimal: boolean;
  /** Proven lower bound on the optimum (equals `cost` when optimal). */
  bound: number;
  /** Branch-and-bound nodes evaluated. */
  nodes: number;
}

const UNDECIDED = 0;
const IN = 1;
const OUT = 2;
const ROOT_ITERATIONS = 30;
const NODE_ITERATIONS = 6;

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param budgetMs - wall-clock budget for the optimality proof
 * @param now - the clock (ms), injectable for tests
 * @returns the cheapest set found and whether it is proven optimal
 */
export function cheapestSet(
  ws: Workspace,
  order: Int32Array,
  budgetMs: number,
  now: () => number = () => performance.now(),
): CheapestResult {
  const index = ws.index;
  const m = order.length;
  const target = m - 1;
  const { occurrences, mandatory } = coneShape(ws, order);
  const isShared = (l: number): boolean => occurrences[l]! >= 2;
  const occ = occurrenceTable(ws, order, isShared);
  const decision = new Uint8Array(m);
  for (let l = 0; l < m; l++) if (isShared(l) && mandatory[l]) decision[l] = IN;
  const dp = new ConeDp(ws, order);
  const full = dp.full;
  const lambda = new Float64Array(occ.count);

  const priced: ChildValue = (x, slot) => {
    const l = ws.local(x);
    if (!isShared(l)) return full[l]!;
    const d = decision[l];
    if (d === IN) return 0;
    if (d === OUT) return Infinity;
    return lambda[occ.ofSlot.get(slot)!]!;
  };
  const sumLambda = (l: number): number => {
    let s = 0;
    for (const o of occ.ofNode[l]!) s += lambda[o]!;
    return s;
  };

  let bestCost = Infinity;
  let bestSet: number[] = [];
  const marks = new Uint8Array(m);
  // Realises the DP's choices from the target (used shared credentials paid once): an upper bound.
  const realize = (policy: ChildValue): number[] => {
    const used: number[] = [];
    if (full[target] === Infinity) return used; // no set under these decisions
    marks.fill(0);
    const stack = [target];
    marks[target] = 1;
    const use = (x: number): void => {
      const l = ws.local(x);
      if (marks[l]) return;
      marks[l] = 1;
      if (isShared(l) && decision[l] === UNDECIDED) used.push(l);
      stack.push(l);
    };
    while (stack.length > 0) {
      const l = stack.pop()!;
      if (full[l] === Infinity) return used; // e.g. an "in" credential that cannot be met here
      const c = order[l]!;
      dp.choose(index.req[c]!, policy, use, dp.rootSlot(c));
    }
    let cost = 0;
    for (let l = 0; l < m; l++) if (marks[l]) cost += index.cost[order[l]!]!;
    if (cost < bestCost) {
      bestCost = cost;
      bestSet = [];
      for (let l = 0; l < m; l++) if (marks[l]) bestSet.push(order[l]!);
    }
    return used;
  };

  // Improves the last realised set: credentials already in it are free to reuse ("free ride"), so
  // other requirements may switch to them; repeated while the realised cost drops.
  const riding = new Uint8Array(m);
  const ride: ChildValue = (x) => {
    const l = ws.local(x);
    return riding[l] ? 0 : full[l]!;
  };
  const improve = (rounds: number): void => {
    let last = Infinity;
    for (let r = 0; r < rounds; r++) {
      riding.set(marks);
      dp.evaluate(ride);
      realize(ride);
      let cost = 0;
      for (let l = 0; l < m; l++) if (marks[l]) cost += index.cost[order[l]!]!;
      if (cost >= last) break;
      last = cost;
    }
  };

  // Greedy upper bound (every occurrence pays the full value), and the starting prices: equal shares.
  const greedy: ChildValue = (x) => full[ws.local(x)]!;
  dp.evaluate(greedy);
  realize(greedy);
  improve(6);
  // Equal shares of each credential's own shared-priced value: the bound then starts at the
  // cost-share bound (each credential charged at most once in total).
  dp.evaluate((x) => {
    const l = ws.local(x);
    return isShared(l) ? full[l]! / occurrences[l]! : full[l]!;
  });
  for (let l = 0; l < m; l++) {
    for (const o of occ.ofNode[l] ?? []) lambda[o] = full[l]! / occurrences[l]!;
  }

  const used = new Uint8Array(occ.count);
  const lagrangian = (): number => {
    dp.evaluate(priced, (l) => decision[l] === OUT);
    let lb = full[target]!;
    for (let l = 0; l < m; l++) {
      if (!isShared(l)) continue;
      if (decision[l] === IN) lb += full[l]!;
      else if (decision[l] === UNDECIDED) lb += Math.min(0, full[l]! - sumLambda(l));
    }
    return lb;
  };
  // One subgradient step on lambda; returns false when the gradient vanishes.
  const step = (lb: number, theta: number): boolean => {
    used.fill(0);
    const roots = [target];
    for (let l = 0; l < m; l++) {
      if (!isShared(l)) continue;
      if (decision[l] === IN || (decision[l] === UNDECIDED && full[l]! < sumLambda(l)))
        roots.push(l);
    }
    const stack: number[] = [];
    const use = (x: number, slot: number): void => {
      const l = ws.local(x);
      if (!isShared(l)) stack.push(l);
      else if (decision[l] === UNDECIDED) used[occ.ofSlot.get(slot)!] = 1;
    };
    for (const r of roots) {
      stack.push(r);
      while (stack.length > 0) {
        const c = order[stack.pop()!]!;
        dp.choose(index.req[c]!, priced, use, dp.rootSlot(c));
      }
    }
    let norm = 0;
    const grad = new Float64Array(occ.count);
    for (let l = 0; l < m; l++) {
      if (!isShared(l) || decision[l] !== UNDECIDED) continue;
      const x = full[l]! < sumLambda(l) ? 1 : 0;
      for (const o of occ.ofNode[l]!) {
        const g = used[o]! - x;
        if (g < 0 && lambda[o] === 0) continue;
        grad[o] = g;
        norm += g * g;
      }
    }
    if (norm === 0 || !(bestCost < Infinity)) return false;
    const t = (theta * (bestCost - lb)) / norm;
    for (let o = 0; o < occ.count; o++)
      if (grad[o] !== 0) lambda[o] = Math.max(0, lambda[o]! + t * grad[o]!);
    return true;
  };
  const slack = (v: number): number => v - 1e-9 * Math.max(1, Math.abs(v));

  const deadline = now() + budgetMs;
  let aborted = false;
  let openBound = Infinity;
  let nodes = 0;
  // Raises the bound of the current node by subgradient steps; returns it (>= floor).
  const bound = (floor: number, iterations: number): number => {
    let best = floor;
    let theta = 1;
    let stale = 0;
    for (let it = 0; it < iterations; it++) {
      const lb = lagrangian();
      realize(priced);
      if (lb > best + 1e-9) {
        best = lb;
        stale = 0;
      } else if (++stale >= 3) {
        theta /= 2;
        stale = 0;
      }
      if (best >= slack(bestCost) || !step(lb, theta)) break;
      if (now() > deadline) break;
    }
    if (best < slack(bestCost)) improve(3);
    return best;
  };
  const candidates = (): number[] => {
    dp.evaluate(priced, (l) => decision[l] === OUT);
    const picked = realize(priced);
    for (let l = 0; l < m; l++) {
      if (isShared(l) && decision[l] === UNDECIDED && full[l]! < sumLambda(l)) picked.push(l);
    }
    return picked;
  };

  const search = (parentBound: number, iterations: number): void => {
    if (aborted || (nodes > 0 && now() > deadline)) {
      aborted = true;
      if (parentBound < openBound) openBound = parentBound;
      return;
    }
    nodes++;
    const lb = bound(parentBound, iterations);
    if (lb >= slack(bestCost)) return;
    const picked = candidates();
    if (picked.length === 0) {
      // Nothing undecided is in play: the DP is exact here and realize() has recorded it.
      return;
    }
    let pick = picked[0]!;
    for (const l of picked) if (full[l]! > full[pick]!) pick = l;
    decision[pick] = IN;
    search(lb, NODE_ITERATIONS);
    decision[pick] = OUT;
    search(lb, NODE_ITERATIONS);
    decision[pick] = UNDECIDED;
  };
  search(0, ROOT_ITERATIONS);

  const proven = aborted ? Math.min(openBound, bestCost) : bestCost;
  return { set: bestSet, cost: bestCost, optimal: proven >= slack(bestCost), bound: proven, nodes };
}

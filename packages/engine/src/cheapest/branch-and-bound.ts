/**
 * Cheapest, exact: the min-cost set of credentials whose requirements are all met by the set and the
 * holdings, with shared prerequisites counted once. Given an in/out decision for every shared
 * credential (named twice or more in the cone) the rest of the cone is a tree and the tree DP is
 * exact, so we branch and bound over shared credentials only:
 *  - lower bound: the DP where a paid-for (in) shared credential is worth 0 at each occurrence, an
 *    excluded one Infinity, and an undecided one a cost share, its own value divided by its number
 *    of occurrences (each credential is charged at most once in total, so the bound is admissible);
 *  - upper bound: the DP's choices realised as a set (undecided shared credentials paid once);
 *  - branch on the undecided shared credential the bound's choices lean on most, "in" first.
 * Mandatory shared credentials start "in". Past the time budget the best set so far is returned
 * with the least lower bound of the unexplored branches.
 */
import type { Workspace } from '../compile/workspace.js';
import { ConeDp, type ChildValue } from './cone-dp.js';
import { coneShape } from './cone-shape.js';

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
  const shared = (l: number): boolean => occurrences[l]! >= 2;
  const decision = new Uint8Array(m);
  for (let l = 0; l < m; l++) if (shared(l) && mandatory[l]) decision[l] = IN;
  const dp = new ConeDp(ws, order);
  const full = dp.full;

  const lbValue: ChildValue = (x) => {
    const l = ws.local(x);
    if (!shared(l)) return full[l]!;
    const d = decision[l];
    if (d === IN) return 0;
    if (d === OUT) return Infinity;
    return full[l]! / occurrences[l]!;
  };

  let bestCost = Infinity;
  let bestSet: number[] = [];
  const marks = new Uint8Array(m);
  // Realises the DP's choices from the target; returns the undecided shared credentials used.
  const realize = (policy: ChildValue): number[] => {
    marks.fill(0);
    const undecided: number[] = [];
    const stack = [target];
    marks[target] = 1;
    const use = (x: number): void => {
      const l = ws.local(x);
      if (marks[l]) return;
      marks[l] = 1;
      if (shared(l) && decision[l] === UNDECIDED) undecided.push(l);
      stack.push(l);
    };
    while (stack.length > 0) {
      const l = stack.pop()!;
      dp.choose(index.req[order[l]!]!, policy, use);
    }
    let cost = 0;
    for (let l = 0; l < m; l++) if (marks[l]) cost += index.cost[order[l]!]!;
    if (cost < bestCost) {
      bestCost = cost;
      bestSet = [];
      for (let l = 0; l < m; l++) if (marks[l]) bestSet.push(order[l]!);
    }
    return undecided;
  };

  // Greedy upper bound: every occurrence pays the full value (the tree DP).
  dp.evaluate((x) => full[ws.local(x)]!);
  realize((x) => full[ws.local(x)]!);

  const deadline = now() + budgetMs;
  let aborted = false;
  let openBound = Infinity;
  let nodes = 0;
  const slack = (v: number): number => v - 1e-9 * Math.max(1, Math.abs(v));

  const search = (parentBound: number): void => {
    if (aborted || (nodes > 0 && now() > deadline)) {
      aborted = true;
      if (parentBound < openBound) openBound = parentBound;
      return;
    }
    nodes++;
    dp.evaluate(lbValue, (l) => decision[l] === OUT);
    let lb = full[target]!;
    for (let l = 0; l < m; l++) if (decision[l] === IN) lb += full[l]!;
    lb = Math.max(lb, parentBound);
    if (lb >= slack(bestCost)) return;
    const undecided = realize(lbValue);
    if (undecided.length === 0) return; // the bound is realised: this branch is solved
    let pick = undecided[0]!;
    for (const l of undecided) if (full[l]! > full[pick]!) pick = l;
    decision[pick] = IN;
    search(lb);
    decision[pick] = OUT;
    search(lb);
    decision[pick] = UNDECIDED;
  };
  search(0);

  const bound = aborted ? Math.min(openBound, bestCost) : bestCost;
  return { set: bestSet, cost: bestCost, optimal: !aborted || bound >= slack(bestCost), bound, nodes };
}

/**
 * The skeleton both exact cheapest searches share (cheapest/branch-and-bound.ts and
 * constrained/cheapest-by-deadline.ts): depth-first branch and bound over "earn credential l" (IN) /
 * "do not earn it" (OUT), IN first, on an explicit stack (a search may go as deep as the cone is
 * wide). Each node is visited once: the caller bounds it, prunes it, records any better plan, and
 * names the credential to branch on. Past the wall-clock instant `stopAt` no node is visited; the
 * least bound among the nodes left unexplored is kept, so the caller can still prove a bound.
 */

/** Decision of a credential not yet branched on. */
export const UNDECIDED = 0;
/** Decision: earned. */
export const IN = 1;
/** Decision: not earned. */
export const OUT = 2;

/** What visiting one node found. */
export interface NodeVisit {
  /** The local index to branch on; -1 when the node is a leaf (pruned, or fully decided). */
  pick: number;
  /** The node's lower bound, passed on to its children as their floor. */
  lb: number;
}

/** Inputs of `decisionSearch`. */
export interface DecisionSearch {
  /** Per local index: UNDECIDED, IN or OUT; set by the search while a branch is explored. */
  decision: Uint8Array;
  /** The lower bound known before the search (the root's floor). */
  floor: number;
  /** Wall-clock instant (ms, on `now`) past which nodes are not visited. */
  stopAt: number;
  now: () => number;
  /**
   * Bounds the node the current decisions describe.
   * @param parentBound - the parent's lower bound (the root's: `floor`)
   * @param root - whether this is the root node
   */
  visit(parentBound: number, root: boolean): NodeVisit;
}

/** How a decision search ended. */
export interface SearchEnd {
  /** Whether the time ran out before every node was visited. */
  aborted: boolean;
  /** The least parent bound among the nodes left unvisited (Infinity when none). */
  openBound: number;
  /** Nodes visited. */
  nodes: number;
}

/**
 * @param search - the decisions, the clock and the node visitor
 * @returns how the search ended; every decision is UNDECIDED again (but those set before)
 */
export function decisionSearch(search: DecisionSearch): SearchEnd {
  const { decision, now, stopAt } = search;
  let aborted = false;
  let openBound = Infinity;
  let nodes = 0;
  const enter = (parentBound: number): NodeVisit | undefined => {
    if (aborted || (nodes > 0 && now() > stopAt)) {
      aborted = true;
      if (parentBound < openBound) openBound = parentBound;
      return undefined;
    }
    const node = search.visit(parentBound, nodes++ === 0);
    return node.pick >= 0 ? node : undefined;
  };
  const stack: { pick: number; lb: number; stage: number }[] = [];
  const push = (node: NodeVisit | undefined): void => {
    if (node) stack.push({ pick: node.pick, lb: node.lb, stage: 0 });
  };
  push(enter(search.floor));
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.stage === 0) {
      top.stage = 1;
      decision[top.pick] = IN;
      push(enter(top.lb));
    } else if (top.stage === 1) {
      top.stage = 2;
      decision[top.pick] = OUT;
      push(enter(top.lb));
    } else {
      decision[top.pick] = UNDECIDED;
      stack.pop();
    }
  }
  return { aborted, openBound, nodes };
}

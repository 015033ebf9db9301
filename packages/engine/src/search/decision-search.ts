/**
 * The skeleton both exact cheapest searches share (cheapest/branch-and-bound.ts and
 * constrained/cheapest-by-deadline.ts): branch and bound over "earn credential l" (IN) / "do not
 * earn it" (OUT), best bound first: the open node with the least bound is visited next (ties: the
 * deepest, then IN before OUT), so the least bound among the open nodes, the proven bound, rises as
 * the search goes. Each node is visited once: the caller bounds it, prunes it, records any better
 * plan, may fix further decisions the bound implies (reduced-cost fixing), and names the credential
 * to branch on. A node is its visited parent (a chain of decisions back to the root) and one more
 * decision, so memory grows by one small record per node, and moving between nodes resets and
 * replays their chains. Past the wall-clock instant `stopAt` no node is visited; the least bound
 * among the open nodes is kept, so the caller can still prove a bound.
 */
import heapModule from 'mnemonist/heap.js';

// mnemonist ships CommonJS typed as an ES default export: at run time the default import is the
// class itself, to the types it is the module holding it.
type HeapClass = typeof heapModule.default;
const Heap: HeapClass =
  (heapModule as unknown as { default?: HeapClass }).default ??
  (heapModule as unknown as HeapClass);

/** Decision of a credential not yet branched on. */
export const UNDECIDED = 0;
/** Decision: earned. */
export const IN = 1;
/** Decision: not earned. */
export const OUT = 2;

/** What visiting one node found; `C` is what a node hands its children (see `carry`). */
export interface NodeVisit<C = unknown> {
  /** The local index to branch on; -1 when the node is a leaf (pruned, or fully decided). */
  pick: number;
  /** The node's lower bound, passed on to its children as their floor. */
  lb: number;
  /**
   * Local indices whose decision the visit set itself (fixed by the bound); they hold in the
   * node's subtree and are undone by the search.
   */
  fixed?: readonly number[];
  /**
   * What the node hands both its children: given back to `visit` when each is visited, so a child
   * can start where its parent ended (the search may visit many other nodes in between).
   */
  carry?: C;
}

/** Inputs of `decisionSearch`. */
export interface DecisionSearch<C = unknown> {
  /** Per local index: UNDECIDED, IN or OUT; set by the search while a node is visited. */
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
   * @param carry - what the parent's visit handed on (undefined at the root, or when it handed none)
   * @param proven - the least parent bound among the open nodes, this one's included: the bound
   *   the search has proven so far (the root's: `floor`)
   */
  visit(parentBound: number, root: boolean, carry: C | undefined, proven: number): NodeVisit<C>;
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

/** A visited node: its parent and the decisions that lead from the parent to it. */
interface Visited {
  parent: Visited | null;
  depth: number;
  /** Pairs (local index, decision): the branch taken, then what the visit fixed. */
  decided: number[];
}

/** An open node: a visited parent, one more decision, the parent's bound and what it handed on. */
interface Open<C> {
  parent: Visited | null;
  pick: number;
  value: number;
  floor: number;
  depth: number;
  carry: C | undefined;
}

const byBound = (a: Open<unknown>, b: Open<unknown>): number =>
  a.floor - b.floor || b.depth - a.depth || a.value - b.value;

/**
 * @param search - the decisions, the clock and the node visitor
 * @returns how the search ended; every decision is as it was before the search
 */
export function decisionSearch<C>(search: DecisionSearch<C>): SearchEnd {
  const { decision, now, stopAt } = search;
  const open = new Heap<Open<C>>(byBound);
  let current: Visited | null = null;
  let nodes = 0;
  let dive: Open<C> | null = null;
  // Undoes the decisions of `current`'s chain, then makes those of `to`'s.
  const moveTo = (to: Visited | null): void => {
    for (let v = current; v !== null; v = v.parent)
      for (let i = 0; i < v.decided.length; i += 2) decision[v.decided[i]!] = UNDECIDED;
    for (let v = to; v !== null; v = v.parent)
      for (let i = 0; i < v.decided.length; i += 2) decision[v.decided[i]!] = v.decided[i + 1]!;
    current = to;
  };
  const expand = (
    parent: Visited | null,
    depth: number,
    node: NodeVisit<C>,
    branch: number[],
  ): void => {
    const decided = branch;
    for (const l of node.fixed ?? []) decided.push(l, decision[l]!);
    const visited: Visited = { parent, depth, decided };
    current = visited;
    if (node.pick < 0) return;
    const carry = node.carry;
    dive = { parent: visited, pick: node.pick, value: IN, floor: node.lb, depth: depth + 1, carry };
    open.push({
      parent: visited,
      pick: node.pick,
      value: OUT,
      floor: node.lb,
      depth: depth + 1,
      carry,
    });
  };
  expand(null, 0, search.visit(search.floor, true, undefined, search.floor), []);
  nodes++;
  let aborted = false;
  while (dive !== null || open.size > 0) {
    if (now() > stopAt) {
      if (dive !== null) open.push(dive);
      aborted = true;
      break;
    }
    const next: Open<C> = dive ?? open.pop()!;
    dive = null;
    moveTo(next.parent);
    decision[next.pick] = next.value;
    const proven = open.size > 0 ? Math.min(next.floor, open.peek()!.floor) : next.floor;
    const node = search.visit(next.floor, false, next.carry, proven);
    nodes++;
    expand(next.parent, next.depth, node, [next.pick, next.value]);
  }
  const openBound = aborted ? open.peek()!.floor : Infinity;
  moveTo(null);
  return { aborted, openBound, nodes };
}

/**
 * CurricularAnalytics' structural metrics on a prerequisite DAG (Heileman, Abdallah, Slim, Hickman,
 * "Curricular Analytics: A Framework for Quantifying the Impact of Curricular Reforms and Pedagogical
 * Innovations", 2018; the same definitions as CurricularAnalytics.jl):
 * - blocking factor of v: the number of vertices reachable from v;
 * - delay factor of v: the number of vertices on the longest path through v;
 * - centrality of v: the sum of the lengths (in vertices) of all source-to-sink paths that pass
 *   through v with v neither their first nor their last vertex;
 * - cruciality of v: blocking + delay; the structural complexity of the DAG: the sum of cruciality.
 *
 * Everything runs over one topological order (graphology-dag's Kahn sort) with arrays and explicit
 * queues, never recursion, so a 10^5-long chain is fine. Path counts for centrality are numbers:
 * exact up to 2^53, the nearest double beyond (a DAG can have exponentially many paths).
 */
import type { DirectedGraph } from 'graphology';
import { topologicalSort } from 'graphology-dag';

/** The metrics of one vertex. */
export interface VertexMetrics {
  blockingFactor: number;
  delayFactor: number;
  centrality: number;
  /** blockingFactor + delayFactor. */
  cruciality: number;
}

/** The metrics of every vertex of a DAG and its structural complexity. */
export interface DagMetrics {
  byNode: Map<string, VertexMetrics>;
  /** Sum over the vertices of blocking + delay. */
  structuralComplexity: number;
}

/**
 * @param dag - a directed acyclic graph (simple: one arc per ordered pair)
 * @returns each vertex's metrics and the DAG's structural complexity
 * @throws Error from graphology-dag when the graph has a cycle
 */
export function curricularMetrics(dag: DirectedGraph): DagMetrics {
  const order = topologicalSort(dag);
  const n = order.length;
  const at = new Map<string, number>();
  order.forEach((node, i) => at.set(node, i));
  const succ: number[][] = order.map((node) => dag.outNeighbors(node).map((m) => at.get(m)!));
  const pred: number[][] = order.map((node) => dag.inNeighbors(node).map((m) => at.get(m)!));

  // Longest paths (in vertices) ending at / starting from each vertex; path counts and length sums.
  const forward = order.map((_, i) => i);
  const [longIn, countIn, sumIn] = pathSums(pred, forward);
  const [longOut, countOut, sumOut] = pathSums(succ, forward.reverse());

  const blocking = blockingFactors(succ);
  const byNode = new Map<string, VertexMetrics>();
  let structuralComplexity = 0;
  for (let v = 0; v < n; v++) {
    const interior = pred[v]!.length > 0 && succ[v]!.length > 0;
    const delayFactor = longIn[v]! + longOut[v]! - 1;
    const centrality = interior
      ? countIn[v]! * sumOut[v]! + sumIn[v]! * countOut[v]! - countIn[v]! * countOut[v]!
      : 0;
    const blockingFactor = blocking[v]!;
    structuralComplexity += blockingFactor + delayFactor;
    byNode.set(order[v]!, {
      blockingFactor,
      delayFactor,
      centrality,
      cruciality: blockingFactor + delayFactor,
    });
  }
  return { byNode, structuralComplexity };
}

/**
 * Over paths that end at each vertex (with `before` = predecessors, visited in topological order) or
 * start at it (successors, reverse order): the longest one's vertex count, how many there are from a
 * source (to a sink), and the sum of their vertex counts.
 */
function pathSums(before: number[][], visit: number[]): [Float64Array, Float64Array, Float64Array] {
  const n = before.length;
  const longest = new Float64Array(n);
  const count = new Float64Array(n);
  const sum = new Float64Array(n);
  for (const v of visit) {
    const ps = before[v]!;
    if (ps.length === 0) {
      longest[v] = 1;
      count[v] = 1;
      sum[v] = 1;
      continue;
    }
    let best = 0;
    for (const p of ps) {
      best = Math.max(best, longest[p]!);
      count[v]! += count[p]!;
      sum[v]! += sum[p]! + count[p]!;
    }
    longest[v] = best + 1;
  }
  return [longest, count, sum];
}

/**
 * Descendant counts, in reverse topological order. A vertex with one successor w reaches exactly
 * {w} plus what w reaches, so chains and out-trees cost O(n); a vertex with several successors is
 * counted by a breadth-first search with a visit stamp (no exact sub-quadratic method is known for
 * descendant counts in general DAGs, so no library offers one).
 */
function blockingFactors(succ: number[][]): Int32Array {
  const n = succ.length;
  const blocking = new Int32Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (let v = n - 1; v >= 0; v--) {
    const ss = succ[v]!;
    if (ss.length === 0) continue;
    if (ss.length === 1) {
      blocking[v] = 1 + blocking[ss[0]!]!;
      continue;
    }
    let head = 0;
    let tail = 0;
    stamp[v] = v;
    queue[tail++] = v;
    while (head < tail) {
      for (const s of succ[queue[head++]!]!) {
        if (stamp[s] === v) continue;
        stamp[s] = v;
        queue[tail++] = s;
      }
    }
    blocking[v] = tail - 1;
  }
  return blocking;
}

/**
 * The pathway of a credential as a DAG: the credential and every credential upstream of it (all the
 * alternatives its requirement tree names), with the arcs among them. Found by an iterative
 * reverse breadth-first search (no recursion over user data).
 */
import { DirectedGraph } from 'graphology';
import type { CredentialDag } from './credential-dag.js';

/**
 * @param dag - a credential prerequisite DAG
 * @param target - a node of it
 * @returns the sub-DAG induced by `target` and its ancestors
 */
export function pathwayDag(dag: CredentialDag, target: string): CredentialDag {
  const keep = new Set<string>([target]);
  const queue = [target];
  for (let head = 0; head < queue.length; head++) {
    dag.forEachInNeighbor(queue[head]!, (p) => {
      if (keep.has(p)) return;
      keep.add(p);
      queue.push(p);
    });
  }
  const sub: CredentialDag = new DirectedGraph();
  for (const node of keep) sub.addNode(node);
  for (const node of keep) dag.forEachInNeighbor(node, (p) => void sub.addDirectedEdge(p, node));
  return sub;
}

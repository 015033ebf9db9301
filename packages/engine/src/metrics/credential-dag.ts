/**
 * The credential-level prerequisite DAG of a catalog, projected from `catalogGraph` (credential and
 * requirement-group nodes) onto credentials only: an arc u -> v when u is named anywhere in v's
 * requirement tree, whatever the group (all / any / atLeast / credits). This is the "curriculum
 * graph" CurricularAnalytics measures (Heileman et al. 2018, section 3): every prerequisite arc
 * counts, so the metrics read the structure as published (what a credential can unlock), not one
 * learner's route through its alternatives. Walks the groups iteratively (no recursion over user data).
 */
import { DirectedGraph } from 'graphology';
import type { CatalogIndex } from '@pathwise/core';
import { catalogGraph } from '../graph/catalog-graph.js';

/** A prerequisite DAG whose nodes are credential ids. */
export type CredentialDag = DirectedGraph;

/**
 * @param index - a validated catalog index (so acyclic)
 * @returns the credential-only DAG, arcs pointing toward what they unlock
 */
export function credentialDag(index: CatalogIndex): CredentialDag {
  const graph = catalogGraph(index);
  const dag: CredentialDag = new DirectedGraph();
  graph.forEachNode((node, attrs) => {
    if (attrs.type === 'credential') dag.addNode(node);
  });
  graph.forEachNode((owner, attrs) => {
    if (attrs.type !== 'credential') return;
    // The groups feeding `owner` form a tree (keys are per owner and path): walk it with a stack.
    const stack: string[] = [];
    graph.forEachInNeighbor(owner, (n) => void stack.push(n));
    while (stack.length > 0) {
      const node = stack.pop() as string;
      if (graph.getNodeAttribute(node, 'type') === 'credential') {
        if (!dag.hasEdge(node, owner)) dag.addDirectedEdge(node, owner);
      } else graph.forEachInNeighbor(node, (n) => void stack.push(n));
    }
  });
  return dag;
}

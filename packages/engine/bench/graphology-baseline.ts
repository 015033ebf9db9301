/**
 * Bench baseline: the same OR graph in graphology with graphology-shortest-path's Dijkstra. The
 * graph is stored reversed (c → p, weighing durationWeeks(c)) and searched from the target, so the
 * search only touches the target's ancestors (searching forward from the virtual source touches
 * every root credential first). Every edge carries an explicit `weight` (graphology treats a
 * missing one as 1), and `singleSource` returns paths, not distances, so the distance is summed.
 */
import { DirectedGraph } from 'graphology';
import { singleSource } from 'graphology-shortest-path/dijkstra.js';
import type { Catalog } from '@pathwise/core';

/** The virtual source node: every credential with no requirement hangs off it. */
export const SOURCE = '⊥';

/** @returns the reversed OR graph of a catalog whose every rule is an id or `{ any: [ids] }` */
export function buildGraphology(catalog: Catalog): DirectedGraph {
  const graph = new DirectedGraph();
  graph.addNode(SOURCE);
  for (const c of catalog.credentials) graph.addNode(c.id);
  for (const c of catalog.credentials) {
    const req = c.requires;
    const parents =
      req === undefined
        ? [SOURCE]
        : typeof req === 'string'
          ? [req]
          : 'any' in req
            ? (req.any as string[])
            : [];
    for (const p of parents) graph.mergeEdge(c.id, p, { weight: c.durationWeeks });
  }
  return graph;
}

/**
 * Shortest weeks to hold the target for a learner holding nothing.
 * @returns the distance, or Infinity when unreachable
 */
export function graphologyWeeks(graph: DirectedGraph, target: string): number {
  const path = singleSource(graph, target, 'weight')[SOURCE];
  if (!path) return Infinity;
  let sum = 0;
  for (let i = 1; i < path.length; i++)
    sum += graph.getEdgeAttribute(graph.edge(path[i - 1], path[i]), 'weight') as number;
  return sum;
}

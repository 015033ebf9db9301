/**
 * A layered layout of a pathway with dagre (@dagrejs/dagre, the Sugiyama-style layered layout most
 * pathway and flow diagrams use): each credential a box, an arrow from a credential to each one whose
 * rule names it, ranks left to right from what comes first to the goal. Loaded lazily by
 * pathway-graph.tsx, so the learner view's first load does not carry it.
 */
import dagre from '@dagrejs/dagre';
import type { PathwayNode } from '../api/documents.js';
import { namedIds } from '../api/fetch-credentials.js';

/** A laid-out box. */
export interface LaidNode {
  id: string;
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A laid-out arrow, from the credential counted to the one it counts toward. */
export interface LaidEdge {
  from: string;
  to: string;
  points: { x: number; y: number }[];
}

/** The laid-out pathway. */
export interface PathwayLayout {
  width: number;
  height: number;
  nodes: LaidNode[];
  edges: LaidEdge[];
}

export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 44;

/**
 * @param nodes - the pathway's credentials with their rules (fetchPathwayNodes)
 * @returns boxes and arrows with coordinates; arrows only between credentials in `nodes`
 */
export function layoutPathway(nodes: Map<string, PathwayNode>): PathwayLayout {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 46, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes.values()) g.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const node of nodes.values())
    for (const from of new Set(namedIds(node.requiresJson)))
      if (nodes.has(from)) g.setEdge(from, node.id);
  dagre.layout(g);
  const graph = g.graph();
  return {
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
    nodes: g.nodes().map((id) => {
      const n = g.node(id);
      return { id, name: nodes.get(id)!.name, x: n.x, y: n.y, width: n.width, height: n.height };
    }),
    edges: g.edges().map((e) => ({ from: e.v, to: e.w, points: g.edge(e).points ?? [] })),
  };
}

/**
 * The catalog map's drawing: a graphology graph of the catalog (a node per credential, an edge from
 * each credential to every one whose rule names it), clustered by provider (sunflower-spiral-layout.ts),
 * drawn by sigma.js (WebGL, made for graphs of 10^5 nodes), coloured by provider
 * or by how much a credential unlocks (its blocking factor). Loaded lazily by catalog-map.tsx.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import type { MapCredential } from '../api/map-documents.js';
import { namedIds } from '../api/fetch-credentials.js';
import { clusterLayout } from './cluster-layout.js';

/** What the map is coloured by. */
export type MapColouring = 'provider' | 'unlocks';

/** Eight colours told apart by most colour-blind readers (Okabe and Ito's palette, darkened). */
const PALETTE = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#8a6d00',
  '#56b4e9',
  '#000000',
  '#e69f00',
];

/** The drawing, with what the page's controls need. */
export interface MapDrawing {
  nodes: number;
  edges: number;
  /** Provider name → colour, in the order first met (provider colouring). */
  legend: [string, string][];
  /**
   * @param by - the colouring
   * @param unlocks - blocking factors by id, needed to colour by them (nodes are sized by them too)
   * @returns the legend
   */
  recolour(by: MapColouring, unlocks?: Map<string, number>): [string, string][];
  zoom(factor: number): void;
  reset(): void;
  kill(): void;
}

/** @returns a blue from light (0) to dark (1) */
function shade(t: number): string {
  const mix = (from: number, to: number) => Math.round(from + (to - from) * t);
  return `rgb(${mix(190, 8)},${mix(215, 48)},${mix(235, 107)})`;
}

/**
 * @param container - the element sigma draws in (sized by CSS)
 * @param credentials - the catalog
 * @returns the drawing, coloured by provider
 */
export function drawMap(container: HTMLElement, credentials: MapCredential[]): MapDrawing {
  const graph = new Graph({ type: 'directed', multi: false });
  let maxUnlocks = 1;
  for (const c of credentials) {
    graph.addNode(c.id, {
      label: c.name,
      provider: c.provider?.id ?? '(none)',
      providerName: c.provider?.name ?? '(no provider)',
      unlocks: 0,
      size: 3,
    });
  }
  for (const c of credentials)
    for (const from of new Set(namedIds(c.requiresJson)))
      if (graph.hasNode(from) && !graph.hasEdge(from, c.id))
        graph.addEdge(from, c.id, { size: 0.5 });
  clusterLayout(graph, 'provider');

  const recolour = (mode: MapColouring, unlocks?: Map<string, number>): [string, string][] => {
    if (unlocks) {
      maxUnlocks = 1;
      for (const u of unlocks.values()) if (u > maxUnlocks) maxUnlocks = u;
      graph.forEachNode((id) => {
        const u = unlocks.get(id) ?? 0;
        graph.mergeNodeAttributes(id, {
          unlocks: u,
          size: 2 + 6 * (Math.log1p(u) / Math.log1p(maxUnlocks)),
        });
      });
    }
    const colours = new Map<string, string>();
    graph.forEachNode((id, a) => {
      let colour: string;
      if (mode === 'unlocks')
        colour = shade(Math.log1p(a.unlocks as number) / Math.log1p(maxUnlocks));
      else {
        const name = a.providerName as string;
        if (!colours.has(name)) colours.set(name, PALETTE[colours.size % PALETTE.length]!);
        colour = colours.get(name)!;
      }
      graph.setNodeAttribute(id, 'color', colour);
    });
    return mode === 'unlocks'
      ? [
          ['unlocks nothing', shade(0)],
          [`unlocks ${maxUnlocks}`, shade(1)],
        ]
      : [...colours];
  };
  const legend = recolour('provider');
  const renderer = new Sigma(graph, container, {
    defaultEdgeColor: '#b8c0c8',
    // Smooth pan and zoom on 10^5 nodes: edges and labels are hidden while the camera moves.
    hideEdgesOnMove: graph.order > 2_000,
    hideLabelsOnMove: true,
    labelRenderedSizeThreshold: 7,
  });
  const camera = renderer.getCamera();
  return {
    nodes: graph.order,
    edges: graph.size,
    legend,
    recolour: (mode, unlocks) => {
      const l = recolour(mode, unlocks);
      renderer.refresh();
      return l;
    },
    zoom: (factor) => void camera.animate({ ratio: camera.ratio / factor }, { duration: 200 }),
    reset: () => void camera.animatedReset({ duration: 200 }),
    kill: () => renderer.kill(),
  };
}

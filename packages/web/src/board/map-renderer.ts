/**
 * The catalog map's drawing: a graphology graph of the compact map data (map-data.ts, laid out off
 * the main thread) drawn by sigma.js (WebGL, made for graphs of 10^5 nodes), coloured by provider or
 * by how much a credential unlocks (its blocking factor). Loaded lazily by catalog-map.tsx.
 *
 * Smooth by design on large catalogs: above BIG nodes, nodes are WebGL points (one vertex each,
 * no picking pass), handed to sigma hubs first with the rest scattered (map-order.ts), so
 * that while the camera moves only a sample of them is drawn, and every node once it rests
 * (map-settle.ts: no re-processing of the graph after a gesture); edges are one-pixel lines drawn
 * only at rest and only when zoomed in far enough; labels hide while the camera moves and show only
 * for nodes drawn large; a recolouring updates the colour and size attributes in one pass that sigma
 * applies without re-indexing positions, with colours taken from precomputed strings (no allocation
 * per node).
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import type { MapData } from './map-data.js';
import { drawOrder } from './map-order.js';
import { gatedLineProgram, gatedPointProgram, settleMap, type Settle } from './map-settle.js';

/** What the map is coloured by. */
export type MapColouring = 'provider' | 'unlocks';

/** Above this many nodes the map uses its settings for big graphs. */
const BIG = 2_000;

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

/** @returns a blue from light (0) to dark (1) */
function shade(t: number): string {
  const mix = (from: number, to: number) => Math.round(from + (to - from) * t);
  return `rgb(${mix(190, 8)},${mix(215, 48)},${mix(235, 107)})`;
}

/** The blue scale in 64 steps, made once. */
const SHADES = Array.from({ length: 64 }, (_, k) => shade(k / 63));

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
  /** @returns the camera's zoom once the animation ends (1 is the whole map) */
  zoom(factor: number): Promise<number>;
  /** @returns 1, once the whole map shows */
  reset(): Promise<number>;
  kill(): void;
}

/**
 * @param container - the element sigma draws in (sized by CSS)
 * @param data - the catalog's map data
 * @returns the drawing, coloured by provider
 */
export function drawMap(container: HTMLElement, data: MapData): MapDrawing {
  const graph = new Graph({ type: 'directed', multi: false });
  const n = data.ids.length;
  const big = n > BIG;
  // Small maps keep the catalog's order; big ones put a fair sample of the map first.
  const order = big ? drawOrder(data) : Uint32Array.from({ length: n }, (_, i) => i);
  for (const i of order)
    graph.addNode(data.ids[i]!, {
      i,
      label: data.names[i],
      x: data.x[i],
      y: data.y[i],
      size: 3,
      color: PALETTE[data.provider[i]! % PALETTE.length],
    });
  for (let j = 0; j < data.from.length; j++) {
    const from = data.ids[data.from[j]!]!;
    const to = data.ids[data.to[j]!]!;
    if (!graph.hasEdge(from, to)) graph.addEdge(from, to, { size: 0.5 });
  }
  const providerLegend = data.providerNames.map((name, p): [string, string] => [
    name,
    PALETTE[p % PALETTE.length]!,
  ]);
  const unlocks = new Float64Array(n);
  let maxUnlocks = 1;

  const recolour = (mode: MapColouring, byId?: Map<string, number>): [string, string][] => {
    if (byId) {
      maxUnlocks = 1;
      for (let i = 0; i < n; i++) {
        unlocks[i] = byId.get(data.ids[i]!) ?? 0;
        if (unlocks[i]! > maxUnlocks) maxUnlocks = unlocks[i]!;
      }
    }
    const scale = 1 / Math.log1p(maxUnlocks);
    graph.updateEachNodeAttributes(
      (_id, a) => {
        const i = a.i as number;
        if (mode === 'unlocks') {
          const t = Math.log1p(unlocks[i]!) * scale;
          a.color = SHADES[Math.round(t * 63)];
          a.size = 2 + 6 * t;
        } else {
          a.color = PALETTE[data.provider[i]! % PALETTE.length];
          a.size = 3;
        }
        return a;
      },
      { attributes: ['color', 'size'] },
    );
    return mode === 'unlocks'
      ? [
          ['unlocks nothing', SHADES[0]!],
          [`unlocks ${maxUnlocks}`, SHADES[63]!],
        ]
      : providerLegend;
  };
  const gate: { current: Settle | null } = { current: null };
  const renderer = new Sigma(graph, container, {
    defaultEdgeColor: '#b8c0c8',
    ...(big
      ? {
          defaultNodeType: 'point',
          nodeProgramClasses: { point: gatedPointProgram(gate) },
          defaultEdgeType: 'gated',
          edgeProgramClasses: { gated: gatedLineProgram(gate) },
        }
      : {}),
    // Not sigma's hideEdgesOnMove: it re-processes the whole graph after each drag (map-settle.ts).
    hideEdgesOnMove: false,
    hideLabelsOnMove: true,
    labelRenderedSizeThreshold: 7,
  });
  if (big) gate.current = settleMap(renderer, graph.size);
  const camera = renderer.getCamera();
  return {
    nodes: graph.order,
    edges: graph.size,
    legend: providerLegend,
    recolour,
    zoom: (factor) =>
      camera
        .animate({ ratio: camera.ratio / factor }, { duration: 200 })
        .then(() => 1 / camera.ratio),
    reset: () => camera.animatedReset({ duration: 200 }).then(() => 1 / camera.ratio),
    kill: () => {
      gate.current?.kill();
      renderer.kill();
    },
  };
}

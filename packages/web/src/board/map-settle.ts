/**
 * The big catalog map's gesture handling, the way map and big-graph viewers keep a gesture smooth:
 * a sketch while the camera moves, the whole picture once it rests. While the camera moves (wheel,
 * drag, inertia, the zoom buttons' animations) sigma draws only the first MOVING_NODES nodes of its
 * point buffer (map-order.ts puts a fair sample of the map there: the hubs, then the
 * rest scattered) and no edges; IDLE_MS after the camera last moved, one full frame draws every
 * node, and the edges too when zoomed in far enough that the links on screen can be told apart.
 * On this machine's GPU-less Chromium (WebGL on SwiftShader) a frame of 10^5 points costs about
 * 50 ms, so drawing them all at every step of a gesture cannot keep 30 frames a second.
 *
 * Why not sigma's own `hideEdgesOnMove`: with it, sigma 3 calls `refresh()` after every drag is
 * released (mouse captor, "make sure hideEdgesOnMove can work"), which re-processes every node and
 * edge (buffers, label grid): at 10^5 credentials a stall of about a second after each drag, the
 * stalls the catalog-map bench measured. Here the edges are left out of the frame instead, by the
 * edge program itself, so nothing is re-processed; the full frame is a plain `scheduleRender()`.
 */
import type Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';

/** How long the camera must stay still before the full frame is drawn (ms). */
export const IDLE_MS = 200;

/**
 * How many nodes are drawn while the camera moves: a twentieth of a 10^5 map, enough that each
 * provider's cluster keeps its shape under the gesture, and few enough that the catalog-map bench's
 * frames while panning and zooming stay smooth on SwiftShader.
 */
export const MOVING_NODES = 5_000;

/**
 * Most links drawn at once on the big map: the links on screen are estimated as all of them times
 * the part of the map in view (the camera's ratio squared, 1 at the whole map); above this budget a
 * link is a grey smear under the dots, and drawing 10^5 of them on a CPU-drawn WebGL costs frames.
 */
export const EDGE_BUDGET = 20_000;

/** Whether the map's edges, and all of its nodes, are drawn in the next frame. */
export interface Settle {
  /** @returns true while the camera moves (IDLE_MS after its last move) */
  moving(): boolean;
  /** @returns true when the camera is still and zoomed in far enough for the edges */
  edgesShown(): boolean;
  /** Stops the timer and the listener. */
  kill(): void;
}

/**
 * @param renderer - the map's sigma
 * @param edges - how many edges the graph has
 * @returns the gate the node and edge programs read, updated on every camera move
 */
export function settleMap(renderer: Sigma, edges: number): Settle {
  const camera = renderer.getCamera();
  let still = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const moved = () => {
    still = false;
    clearTimeout(timer);
    timer = setTimeout(() => {
      still = true;
      // The full frame: every node, and the edges if the zoom lets them show (nothing is
      // re-processed).
      renderer.scheduleRender();
    }, IDLE_MS);
  };
  camera.on('updated', moved);
  return {
    moving: () => !still,
    edgesShown: () => still && edges * camera.ratio * camera.ratio <= EDGE_BUDGET,
    kill: () => {
      clearTimeout(timer);
      camera.off('updated', moved);
    },
  };
}

/**
 * @param gate - read at each frame (set once sigma exists, since sigma makes the program)
 * @returns a node program drawing WebGL points (one vertex a node) without sigma's picking pass,
 * all of them at rest and the first MOVING_NODES while the camera moves. No picking: sigma would
 * draw every node a second time into a hidden buffer that says which node is under the mouse, and
 * the big map has no node events (hover labels or clicks among 10^5 dots say little).
 */
export function gatedPointProgram(gate: { current: Settle | null }) {
  return class GatedPointProgram extends NodePointProgram {
    constructor(gl: WebGLRenderingContext, _picking: WebGLFramebuffer | null, renderer: Sigma) {
      super(gl, null, renderer);
    }

    override drawWebGL(method: number, program: Parameters<NodePointProgram['drawWebGL']>[1]) {
      const all = this.verticesCount;
      if (gate.current?.moving()) this.verticesCount = Math.min(all, MOVING_NODES);
      try {
        super.drawWebGL(method, program);
      } finally {
        this.verticesCount = all;
      }
    }
  };
}

/**
 * @param gate - read at each frame (set once sigma exists, since sigma makes the program)
 * @returns an edge program drawing one-pixel lines (two vertices an edge, not a rectangle's six)
 * only when the gate says so
 */
export function gatedLineProgram(gate: { current: Settle | null }) {
  return class GatedLineProgram extends EdgeLineProgram {
    override render(params: Parameters<EdgeLineProgram['render']>[0]): void {
      if (gate.current?.edgesShown()) super.render(params);
    }
  };
}

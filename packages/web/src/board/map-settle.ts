/**
 * The big catalog map's gesture handling: while the camera moves (wheel, drag, inertia, the zoom
 * buttons' animations) sigma draws the nodes alone, and the edges are drawn once, IDLE_MS after the
 * camera last moved, and only when zoomed in far enough that the links on screen can be told apart.
 *
 * Why not sigma's own `hideEdgesOnMove`: with it, sigma 3 calls `refresh()` after every drag is
 * released (mouse captor, "make sure hideEdgesOnMove can work"), which re-processes every node and
 * edge (buffers, label grid): at 10^5 credentials a stall of about a second after each drag, the
 * stalls the catalog-map bench measured. Here the edges are left out of the frame instead, by the
 * edge program itself, so nothing is re-processed; the full frame is a plain `scheduleRender()`.
 */
import type Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';

/** How long the camera must stay still before edges are drawn (ms). */
export const IDLE_MS = 250;

/**
 * Most links drawn at once on the big map: the links on screen are estimated as all of them times
 * the part of the map in view (the camera's ratio squared, 1 at the whole map); above this budget a
 * link is a grey smear under the dots, and drawing 10^5 of them on a CPU-drawn WebGL costs frames.
 */
export const EDGE_BUDGET = 20_000;

/** Whether the map's edges are drawn in the next frame. */
export interface Settle {
  /** @returns true when the camera is still and zoomed in far enough for the edges */
  edgesShown(): boolean;
  /** Stops the timer and the listener. */
  kill(): void;
}

/**
 * @param renderer - the map's sigma
 * @param edges - how many edges the graph has
 * @returns the gate the edge program reads, updated on every camera move
 */
export function settleEdges(renderer: Sigma, edges: number): Settle {
  const camera = renderer.getCamera();
  let still = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const moved = () => {
    still = false;
    clearTimeout(timer);
    timer = setTimeout(() => {
      still = true;
      // A frame with the edges, if the zoom lets them show (nothing is re-processed).
      if (edges * camera.ratio * camera.ratio <= EDGE_BUDGET) renderer.scheduleRender();
    }, IDLE_MS);
  };
  camera.on('updated', moved);
  return {
    edgesShown: () => still && edges * camera.ratio * camera.ratio <= EDGE_BUDGET,
    kill: () => {
      clearTimeout(timer);
      camera.off('updated', moved);
    },
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

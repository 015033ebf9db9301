/**
 * The order in which the big catalog map hands its nodes to sigma, which is the order the WebGL
 * point buffer holds them in: so that any first N of the buffer is a fair sketch of the whole map,
 * drawn alone while the camera moves (map-settle.ts). The best-linked credentials come first (the
 * hubs a reader steers by); among equals, a fixed scatter (a multiplicative hash of the index)
 * rather than catalog order, since catalog order fills each provider's disc from its centre out and
 * a prefix of it would draw only the centres.
 */
import type { MapData } from './map-data.js';

/** Knuth's multiplicative hash constant (2^32 / φ): spreads consecutive indices over 32 bits. */
const SCATTER = 2_654_435_761;

/**
 * @param data - the map's nodes and links
 * @returns every node index once: most links first, ties scattered
 */
export function drawOrder(data: MapData): Uint32Array {
  const n = data.ids.length;
  const links = new Uint32Array(n);
  for (let j = 0; j < data.from.length; j++) {
    links[data.from[j]!]!++;
    links[data.to[j]!]!++;
  }
  const scatter = new Uint32Array(n);
  for (let i = 0; i < n; i++) scatter[i] = Math.imul(i, SCATTER) >>> 0;
  return Uint32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => links[b]! - links[a]! || scatter[a]! - scatter[b]!,
  );
}

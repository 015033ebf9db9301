/**
 * The order in which the big catalog map hands its nodes to sigma, which is the order the WebGL
 * point buffer holds them in: so that any first N of the buffer is a fair sketch of the whole map,
 * drawn alone while the camera moves (map-settle.ts). Hubs come first, most links first (the
 * credentials a reader steers by); then every other node in a fixed scatter (a multiplicative hash
 * of the index), not in catalog order, since catalog order fills each provider's disc from its
 * centre out and a prefix of it would draw only the centres. Only hubs go by links: ordering every
 * node by its links would let a catalog's pattern (say, one provider's credentials having one link
 * more) decide which clusters the sketch shows.
 */
import type { MapData } from './map-data.js';

/** A node with at least this many links (named by others or naming others) is a hub. */
export const HUB_LINKS = 10;

/** Knuth's multiplicative hash constant (2^32 / φ): spreads consecutive indices over 32 bits. */
const SCATTER = 2_654_435_761;

/**
 * @param data - the map's nodes and links
 * @returns every node index once: hubs first, most links first, then the rest scattered
 */
export function drawOrder(data: MapData): Uint32Array {
  const n = data.ids.length;
  const links = new Uint32Array(n);
  for (let j = 0; j < data.from.length; j++) {
    links[data.from[j]!]!++;
    links[data.to[j]!]!++;
  }
  for (let i = 0; i < n; i++) if (links[i]! < HUB_LINKS) links[i] = 0;
  const scatter = new Uint32Array(n);
  for (let i = 0; i < n; i++) scatter[i] = Math.imul(i, SCATTER) >>> 0;
  return Uint32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => links[b]! - links[a]! || scatter[a]! - scatter[b]!,
  );
}

/**
 * The catalog map's data in a compact form, built once per catalog version off the main thread
 * (map-worker.ts): the credentials' ids, names and provider numbers, their positions and the links
 * as typed arrays, which a worker hands to the page without copying (transferable buffers). The
 * positions are each provider's credentials as one disc on a sunflower (Vogel) spiral — the k-th of
 * n at radius √k, angle k × the golden angle — and the discs on a grid, largest first. Written here
 * because it is O(n) and the map must place 10^5 nodes: graphology-layout's circle packing gives the
 * same clusters but took 6.6 s for 10^5 nodes on this machine, and a force layout (ForceAtlas2)
 * longer still; the map only needs providers apart and each cluster evenly filled.
 */
import type { MapCredential } from '../api/map-documents.js';
import { namedIds } from '../api/fetch-credentials.js';

/** The map's nodes and links; node i is `ids[i]`. */
export interface MapData {
  ids: string[];
  names: string[];
  /** Provider names, in the order first met; `provider[i]` indexes it. */
  providerNames: string[];
  provider: Uint32Array;
  x: Float32Array;
  y: Float32Array;
  /** Link j goes from node `from[j]` (named by a rule) to node `to[j]` (whose rule names it). */
  from: Uint32Array;
  to: Uint32Array;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Sets every node's position: a sunflower disc per provider, the discs on a grid, largest first.
 * @param provider - each node's provider number
 * @param providers - how many providers there are
 * @returns the x and y of each node
 */
export function clusterLayout(
  provider: Uint32Array,
  providers: number,
): { x: Float32Array; y: Float32Array } {
  const sizes = new Uint32Array(providers);
  for (const p of provider) sizes[p]!++;
  const order = [...sizes.keys()]
    .filter((p) => sizes[p]! > 0)
    .sort((a, b) => sizes[b]! - sizes[a]!);
  const cell = 2.4 * Math.sqrt(sizes[order[0] ?? 0] ?? 1) + 2;
  const columns = Math.ceil(Math.sqrt(order.length));
  const cx = new Float64Array(providers);
  const cy = new Float64Array(providers);
  order.forEach((p, c) => {
    cx[p] = (c % columns) * cell;
    cy[p] = Math.floor(c / columns) * cell;
  });
  const seen = new Uint32Array(providers);
  const x = new Float32Array(provider.length);
  const y = new Float32Array(provider.length);
  provider.forEach((p, i) => {
    const k = seen[p]!++;
    const r = Math.sqrt(k + 0.5);
    x[i] = cx[p]! + r * Math.cos(k * GOLDEN_ANGLE);
    y[i] = cy[p]! + r * Math.sin(k * GOLDEN_ANGLE);
  });
  return { x, y };
}

/**
 * @param credentials - the catalog, as the map's pages give it
 * @returns the compact map data, laid out; a rule naming an id twice or an unknown id adds one link
 *   or none
 */
export function buildMapData(credentials: MapCredential[]): MapData {
  const index = new Map<string, number>();
  credentials.forEach((c, i) => index.set(c.id, i));
  const providerIndex = new Map<string, number>();
  const providerNames: string[] = [];
  const provider = new Uint32Array(credentials.length);
  const from: number[] = [];
  const to: number[] = [];
  credentials.forEach((c, i) => {
    const key = c.provider?.id ?? '';
    let p = providerIndex.get(key);
    if (p === undefined) {
      p = providerNames.length;
      providerIndex.set(key, p);
      providerNames.push(c.provider?.name ?? '(no provider)');
    }
    provider[i] = p;
    for (const id of new Set(namedIds(c.requiresJson))) {
      const j = index.get(id);
      if (j !== undefined && j !== i) {
        from.push(j);
        to.push(i);
      }
    }
  });
  return {
    ids: credentials.map((c) => c.id),
    names: credentials.map((c) => c.name),
    providerNames,
    provider,
    ...clusterLayout(provider, providerNames.length),
    from: Uint32Array.from(from),
    to: Uint32Array.from(to),
  };
}

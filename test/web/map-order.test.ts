// The big catalog map's draw order (packages/web/src/board/map-order.ts) on a generated catalog
// shaped like the catalog-map bench's (20 providers, most credentials needing one or two earlier
// ones, where one provider's credentials have more links than another's) with two hubs that many
// credentials need: every node once, the hubs first, and any first twentieth of the order a fair
// sketch of the map, reaching every provider and the rim of each provider's disc, not only its
// centre (which a prefix of catalog order would give, since each disc is filled from its centre out).
import { describe, expect, it } from 'vitest';
import { buildMapData } from '../../packages/web/src/board/map-data.js';
import { drawOrder, HUB_LINKS } from '../../packages/web/src/board/map-order.js';
import type { MapCredential } from '../../packages/web/src/api/map-documents.js';

const N = 20_000;
const credentials: MapCredential[] = Array.from({ length: N }, (_, i) => ({
  id: `c${i}`,
  name: `Credential ${i}`,
  provider: { id: `p${i % 20}`, name: `Provider ${i % 20}` },
  requiresJson: {
    all: [
      ...(i >= 40 && i % 3 !== 0
        ? [i % 2 ? `c${i - 20}` : { any: [`c${i - 20}`, `c${i - 40 + (i % 7)}`] }]
        : []),
      // Two hubs: c4 needed by about 225 credentials, c3 by about 205.
      ...(i > 100 && i % 89 === 0 ? ['c4'] : []),
      ...(i > 100 && i % 97 === 0 ? ['c3'] : []),
    ],
  },
}));
const data = buildMapData(credentials);

/** @returns each provider's farthest node from its disc's centre, among `nodes` */
function reach(nodes: Iterable<number>): number[] {
  const centre = Array.from({ length: 20 }, () => ({ x: 0, y: 0, n: 0 }));
  for (let i = 0; i < N; i++) {
    const c = centre[data.provider[i]!]!;
    c.x += data.x[i]!;
    c.y += data.y[i]!;
    c.n++;
  }
  const far = new Array<number>(20).fill(0);
  for (const i of nodes) {
    const p = data.provider[i]!;
    const c = centre[p]!;
    far[p] = Math.max(far[p]!, Math.hypot(data.x[i]! - c.x / c.n, data.y[i]! - c.y / c.n));
  }
  return far;
}

describe('the big catalog map’s draw order', () => {
  const order = drawOrder(data);
  const links = new Uint32Array(N);
  for (let j = 0; j < data.from.length; j++) {
    links[data.from[j]!]!++;
    links[data.to[j]!]!++;
  }

  it('holds every node once, the hubs first, most links first', () => {
    expect(order.length).toBe(N);
    expect(new Set(order).size).toBe(N);
    expect([...order.subarray(0, 2)].map((i) => data.ids[i])).toEqual(['c4', 'c3']);
    expect(links[4]).toBeGreaterThan(links[3]!);
    expect(Math.max(...[...order.subarray(2)].map((i) => links[i]!))).toBeLessThan(HUB_LINKS);
  });

  it('puts a fair sketch of the whole map in its first twentieth', () => {
    const whole = reach(order);
    const sketch = reach(order.subarray(0, N / 20));
    const catalogPrefix = reach(Array.from({ length: N / 20 }, (_, i) => i));
    whole.forEach((r, p) => {
      expect(sketch[p]).toBeGreaterThan(0.9 * r);
      // The check can fail: catalog order's first twentieth stays near each disc's centre.
      expect(catalogPrefix[p]).toBeLessThan(0.5 * r);
    });
  });
});

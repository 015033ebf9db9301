// The big catalog map's draw order (packages/web/src/board/map-order.ts) on a generated catalog
// shaped like the catalog-map bench's (20 providers, most credentials needing one or two earlier
// ones): every node once, the best-linked first, and any first tenth of the order a fair sketch of
// the map, reaching every provider and the rim of each provider's disc, not only its centre (which
// a prefix of catalog order would give, since each disc is filled from its centre out).
import { describe, expect, it } from 'vitest';
import { buildMapData } from '../../packages/web/src/board/map-data.js';
import { drawOrder } from '../../packages/web/src/board/map-order.js';
import type { MapCredential } from '../../packages/web/src/api/map-documents.js';

const N = 20_000;
const credentials: MapCredential[] = Array.from({ length: N }, (_, i) => ({
  id: `c${i}`,
  name: `Credential ${i}`,
  provider: { id: `p${i % 20}`, name: `Provider ${i % 20}` },
  requiresJson:
    i >= 40 && i % 3 !== 0
      ? i % 2
        ? `c${i - 20}`
        : { any: [`c${i - 20}`, `c${i - 40 + (i % 7)}`] }
      : null,
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

  it('holds every node once, the best-linked first', () => {
    expect(order.length).toBe(N);
    expect(new Set(order).size).toBe(N);
    const rises = Array.from(order.subarray(1)).filter((i, k) => links[i]! > links[order[k]!]!);
    expect(rises).toEqual([]);
    expect(links[order[0]!]).toBeGreaterThan(links[order[N - 1]!]!);
  });

  it('puts a fair sketch of the whole map in its first tenth', () => {
    const whole = reach(order);
    const sketch = reach(order.subarray(0, N / 10));
    const catalogPrefix = reach(Array.from({ length: N / 10 }, (_, i) => i));
    whole.forEach((r, p) => {
      expect(sketch[p]).toBeGreaterThan(0.9 * r);
      // The check can fail: catalog order's first tenth stays near each disc's centre.
      expect(catalogPrefix[p]).toBeLessThan(0.5 * r);
    });
  });
});

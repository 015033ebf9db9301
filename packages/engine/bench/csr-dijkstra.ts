/**
 * Bench baseline: a plain typed-array Dijkstra over a CSR (compressed sparse row) graph with a binary
 * heap, the fastest general shortest-path code one would write by hand. On a catalog whose rules are
 * all any-of (an OR graph), the fastest plan's weeks are the shortest path from a virtual source to
 * the target, an edge p → c weighing durationWeeks(c). The graph is stored reversed (c → p) and
 * searched from the target, so a query only touches the target's ancestors. Written here because no maintained npm
 * library offers a typed-array CSR Dijkstra; it exists only as a yardstick for the planner.
 */
import type { Catalog } from '@pathwise/core';

/** The reversed OR graph in CSR form (edge c → p weighs durationWeeks(c)); node `n` (the last) is the virtual source. */
export interface CsrGraph {
  index: Map<string, number>;
  offsets: Int32Array;
  heads: Int32Array;
  weights: Float64Array;
}

/**
 * Builds the OR graph of a catalog whose every rule is an id or `{ any: [ids] }`.
 * @throws Error for any other rule form
 */
export function buildCsr(catalog: Catalog): CsrGraph {
  const n = catalog.credentials.length;
  const index = new Map(catalog.credentials.map((c, i) => [c.id, i] as const));
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  catalog.credentials.forEach((c, i) => {
    const req = c.requires;
    const parents =
      req === undefined
        ? [n]
        : typeof req === 'string'
          ? [index.get(req)!]
          : 'any' in req
            ? req.any.map((r) => {
                if (typeof r !== 'string') throw new Error('not an OR graph');
                return index.get(r)!;
              })
            : undefined;
    if (parents === undefined) throw new Error('not an OR graph');
    for (const p of parents) {
      from.push(i);
      to.push(p);
      weight.push(c.durationWeeks);
    }
  });
  const offsets = new Int32Array(n + 2);
  for (const p of from) offsets[p + 1]!++;
  for (let i = 0; i < n + 1; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n + 1);
  const heads = new Int32Array(from.length);
  const weights = new Float64Array(from.length);
  from.forEach((p, e) => {
    const at = fill[p]!++;
    heads[at] = to[e]!;
    weights[at] = weight[e]!;
  });
  return { index, offsets, heads, weights };
}

/**
 * A reusable Dijkstra over one reversed CSR graph: arrays allocated once, reset by a generation stamp.
 * @returns weeks(held, target): the least weeks to hold the target, searching back to the source or a held node
 */
export function csrDijkstra(graph: CsrGraph): (held: readonly number[], target: number) => number {
  const size = graph.offsets.length - 1;
  const dist = new Float64Array(size);
  const stamp = new Int32Array(size);
  const done = new Int32Array(size);
  const heldStamp = new Int32Array(size);
  let generation = 0;
  let heapNodes = new Int32Array(1024);
  let heapKeys = new Float64Array(1024);
  return (held, target) => {
    generation++;
    let length = 0;
    const push = (node: number, key: number): void => {
      if (length === heapNodes.length) {
        const nodes = new Int32Array(length * 2);
        nodes.set(heapNodes);
        heapNodes = nodes;
        const keys = new Float64Array(length * 2);
        keys.set(heapKeys);
        heapKeys = keys;
      }
      let i = length++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heapKeys[parent]! <= key) break;
        heapNodes[i] = heapNodes[parent]!;
        heapKeys[i] = heapKeys[parent]!;
        i = parent;
      }
      heapNodes[i] = node;
      heapKeys[i] = key;
    };
    const pop = (): number => {
      const top = heapNodes[0]!;
      const lastNode = heapNodes[--length]!;
      const lastKey = heapKeys[length]!;
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= length) break;
        if (child + 1 < length && heapKeys[child + 1]! < heapKeys[child]!) child++;
        if (heapKeys[child]! >= lastKey) break;
        heapNodes[i] = heapNodes[child]!;
        heapKeys[i] = heapKeys[child]!;
        i = child;
      }
      heapNodes[i] = lastNode;
      heapKeys[i] = lastKey;
      return top;
    };
    const relax = (node: number, d: number): void => {
      if (stamp[node] !== generation || d < dist[node]!) {
        stamp[node] = generation;
        dist[node] = d;
        push(node, d);
      }
    };
    for (const h of held) heldStamp[h] = generation;
    heldStamp[size - 1] = generation;
    relax(target, 0);
    while (length > 0) {
      const keyTop = heapKeys[0]!;
      const node = pop();
      if (done[node] === generation || keyTop > dist[node]!) continue;
      done[node] = generation;
      if (heldStamp[node] === generation) return keyTop;
      for (let e = graph.offsets[node]!; e < graph.offsets[node + 1]!; e++) {
        relax(graph.heads[e]!, keyTop + graph.weights[e]!);
      }
    }
    return Infinity;
  };
}

/**
 * Rule 2 of catalog-v1: the "requires" relation has no cycle. Finds every cycle (strongly connected
 * component) with its members. Iterative Tarjan, so 10^5-credential chains cannot overflow the stack;
 * written here because core has no dependencies (graphology lives in the engine) and needs member lists.
 */
import type { FaultList } from './faults.js';
import { childPath } from './faults.js';
import type { CredentialFacts } from './check-entries.js';

/**
 * Reports one CYCLE fault per cycle, at the `requires` of its first member in document order, naming
 * the members along the cycle.
 */
export function checkCycles(
  credentials: readonly CredentialFacts[],
  credentialIndex: ReadonlyMap<string, number>,
  faults: FaultList,
): void {
  const n = credentials.length;
  const edges: number[][] = credentials.map((c) => {
    if (!c.requires || c.id === undefined || credentialIndex.get(c.id) !== c.index) return [];
    const targets = c.requires.refs
      .map((r) => credentialIndex.get(r.id))
      .filter((t): t is number => t !== undefined);
    return [...new Set(targets)];
  });
  for (const component of stronglyConnected(n, edges)) {
    const isCycle = component.length > 1 || edges[component[0]!]!.includes(component[0]!);
    if (!isCycle) continue;
    const start = Math.min(...component);
    const members = cycleThrough(start, new Set(component), edges).map((i) => credentials[i]!.id!);
    faults.add(
      'CYCLE',
      childPath(credentials[start]!.path, 'requires'),
      `requirement cycle: ${[...members, members[0]].join(' → ')}`,
      members,
    );
  }
}

/** Tarjan's algorithm without recursion. @returns the components, each as node indices */
function stronglyConnected(n: number, edges: number[][]): number[][] {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [v, i] = frame;
      if (i === 0 && index[v] === -1) {
        index[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = 1;
      }
      const next = edges[v]![i];
      if (next !== undefined) {
        frame[1] = i + 1;
        if (index[next] === -1) work.push([next, 0]);
        else if (onStack[next]) low[v] = Math.min(low[v]!, index[next]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[v]!);
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        components.push(component);
      }
    }
  }
  return components;
}

/** A shortest cycle from `start` back to itself inside its component (breadth-first). */
function cycleThrough(start: number, members: Set<number>, edges: number[][]): number[] {
  const previous = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (const w of edges[v]!) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return path;
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

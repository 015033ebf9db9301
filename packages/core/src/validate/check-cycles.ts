/**
 * Rule 2 of catalog-v1: the "requires" relation has no cycle. Finds every cycle (strongly connected
 * component) with its members. Iterative Tarjan over a compact graph (typed arrays: one offset per
 * credential, one slot per reference, filled by the reference checks as they resolve each reference), so 10^6-credential chains neither overflow the stack nor
 * leave an object per credential; written here because core has no dependencies (graphology lives
 * in the engine) and needs member lists.
 */
import type { FaultList } from './faults.js';
import { childPath } from './faults.js';

/** The requires graph: the targets of credential `v` are `targets[offsets[v] .. offsets[v+1])`. */
export interface Graph {
  offsets: Int32Array;
  targets: Int32Array;
}

/**
 * Gathers the requires graph while the reference checks resolve each reference (one lookup per
 * reference): open every credential in order, add the resolved targets of those that own their id.
 */
export class RequiresGraph {
  private readonly offsets: Int32Array;
  private targets: Int32Array;
  private size = 0;

  /** @param n - the number of credentials */
  constructor(private readonly n: number) {
    this.offsets = new Int32Array(n + 1);
    this.targets = new Int32Array(Math.max(16, n));
  }

  /** Starts the targets of credential `v` (every credential in order, each once). */
  open(v: number): void {
    this.offsets[v] = this.size;
  }

  /** Adds a target of the credential opened last. */
  add(target: number): void {
    if (this.size === this.targets.length) {
      const grown = new Int32Array(this.targets.length * 2);
      grown.set(this.targets);
      this.targets = grown;
    }
    this.targets[this.size++] = target;
  }

  /** @returns the graph, once every credential is opened */
  finish(): Graph {
    this.offsets[this.n] = this.size;
    return { offsets: this.offsets, targets: this.targets };
  }
}

/**
 * Reports one CYCLE fault per cycle, at the `requires` of its first member in document order, naming
 * the members along the cycle.
 * @param graph - the references of each credential that owns its id (the first with it)
 * @param ids - each credential's id, when valid
 */
export function checkCycles(
  graph: RequiresGraph,
  ids: readonly (string | undefined)[],
  faults: FaultList,
): void {
  reportCycles(
    graph.finish(),
    (v) => v,
    (i) => ids[i]!,
    faults,
  );
}

/**
 * Reports one CYCLE fault per cycle of a graph, in the document order of their first members (so a
 * subgraph holding every cycle, as incremental validation builds, reports them in the same order).
 * @param edges - the graph, over nodes that may be numbered locally
 * @param indexOf - the credential index of a node (increasing with the node)
 * @param idOf - the id of the credential at an index
 */
export function reportCycles(
  edges: Graph,
  indexOf: (node: number) => number,
  idOf: (index: number) => string,
  faults: FaultList,
): void {
  const found = cycles(edges).map((component) => {
    let start = component[0]!;
    for (const v of component) if (v < start) start = v;
    return { start, component };
  });
  found.sort((a, b) => a.start - b.start);
  for (const { start, component } of found) {
    const members = cycleThrough(start, new Set(component), edges).map((v) => idOf(indexOf(v)));
    faults.add(
      'CYCLE',
      childPath(childPath('credentials', indexOf(start)), 'requires'),
      `requirement cycle: ${[...members, members[0]].join(' → ')}`,
      members,
    );
  }
}

/**
 * Tarjan's algorithm without recursion (a repeated reference changes nothing in it).
 * @returns the components that are cycles (several members, or one that requires itself), each as
 * node indices, in the order Tarjan completes them
 */
function cycles({ offsets, targets }: Graph): number[][] {
  const n = offsets.length - 1;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const workNode = new Int32Array(n);
  const workEdge = new Int32Array(n);
  let stackSize = 0;
  const found: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let work = 0;
    workNode[work] = root;
    workEdge[work] = offsets[root]!;
    work++;
    index[root] = low[root] = counter++;
    stack[stackSize++] = root;
    onStack[root] = 1;
    while (work > 0) {
      const v = workNode[work - 1]!;
      const e = workEdge[work - 1]!;
      if (e < offsets[v + 1]!) {
        workEdge[work - 1] = e + 1;
        const next = targets[e]!;
        if (index[next] === -1) {
          index[next] = low[next] = counter++;
          stack[stackSize++] = next;
          onStack[next] = 1;
          workNode[work] = next;
          workEdge[work] = offsets[next]!;
          work++;
        } else if (onStack[next]) low[v] = Math.min(low[v]!, index[next]!);
        continue;
      }
      work--;
      if (work > 0) {
        const parent = workNode[work - 1]!;
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] !== index[v]) continue;
      if (stack[stackSize - 1] === v) {
        stackSize--;
        onStack[v] = 0;
        if (requiresItself(v, offsets, targets)) found.push([v]);
        continue;
      }
      const component: number[] = [];
      let w: number;
      do {
        w = stack[--stackSize]!;
        onStack[w] = 0;
        component.push(w);
      } while (w !== v);
      found.push(component);
    }
  }
  return found;
}

function requiresItself(v: number, offsets: Int32Array, targets: Int32Array): boolean {
  for (let e = offsets[v]!; e < offsets[v + 1]!; e++) if (targets[e] === v) return true;
  return false;
}

/** A shortest cycle from `start` back to itself inside its component (breadth-first). */
function cycleThrough(start: number, members: Set<number>, { offsets, targets }: Graph): number[] {
  const previous = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = targets[e]!;
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [v];
        for (let u = v; u !== start;) path.push((u = previous.get(u)!));
        return path.reverse();
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

/**
 * Rule 2 of catalog-v1: the "requires" relation has no cycle. Finds every cycle (strongly connected
 * component) with its members. Iterative Tarjan over a compact graph (typed arrays: one offset per
 * credential, one slot per reference), so 10^6-credential chains neither overflow the stack nor
 * leave an object per credential; written here because core has no dependencies (graphology lives
 * in the engine) and needs member lists.
 */
import type { FaultList } from './faults.js';
import { childPath } from './faults.js';
import { isObject } from './check-fields.js';
import type { EntryTable } from './check-entries.js';
import type { RequirementVisitor, RequirementWalker } from './check-requirement.js';

/** The requires graph: the targets of credential `v` are `targets[offsets[v] .. offsets[v+1])`. */
interface Graph {
  offsets: Int32Array;
  targets: Int32Array;
}

/**
 * Reports one CYCLE fault per cycle, at the `requires` of its first member in document order, naming
 * the members along the cycle.
 * @param credentials - the raw `credentials` entries
 */
export function checkCycles(
  credentials: readonly unknown[],
  table: EntryTable,
  credentialIndex: ReadonlyMap<string, number>,
  walker: RequirementWalker,
  faults: FaultList,
): void {
  const graph = requiresGraph(credentials, table, credentialIndex, walker);
  for (const component of cycles(graph)) {
    let start = component[0]!;
    for (const v of component) if (v < start) start = v;
    const members = cycleThrough(start, new Set(component), graph).map((i) => table.ids[i]!);
    faults.add(
      'CYCLE',
      childPath(childPath('credentials', start), 'requires'),
      `requirement cycle: ${[...members, members[0]].join(' → ')}`,
      members,
    );
  }
}

/** Gathers the resolved references of each credential that owns its id (the first with it). */
function requiresGraph(
  credentials: readonly unknown[],
  table: EntryTable,
  credentialIndex: ReadonlyMap<string, number>,
  walker: RequirementWalker,
): Graph {
  const n = credentials.length;
  const offsets = new Int32Array(n + 1);
  let targets = new Int32Array(Math.max(16, n));
  let size = 0;
  const visitor: RequirementVisitor = {
    ref(id) {
      const target = credentialIndex.get(id);
      if (target === undefined) return;
      if (size === targets.length) {
        const grown = new Int32Array(targets.length * 2);
        grown.set(targets);
        targets = grown;
      }
      targets[size++] = target;
    },
    credits() {},
  };
  for (let v = 0; v < n; v++) {
    offsets[v] = size;
    const c = credentials[v];
    const id = table.ids[v];
    if (!isObject(c) || !('requires' in c) || id === undefined) continue;
    if (credentialIndex.get(id) !== v) continue;
    walker.walk(c.requires, id, visitor);
  }
  offsets[n] = size;
  return { offsets, targets };
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

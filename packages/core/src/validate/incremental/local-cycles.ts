/**
 * The cycle check of an incremental validation, local to the change: every cycle of the new requires
 * graph passes through an entry whose edges changed (the previous catalog had none), so the cycles
 * lie in the part of the graph that is both reachable from those entries and reaches them. Both
 * closures are gathered breadth-first (no recursion), in lockstep: when the backward one (through
 * the reverse index) is complete first, the forward one is cut to it; when the forward one is
 * complete first, it is used as it is (a superset holds the same cycles). So a publish of new
 * credentials (nothing reaches them) or of a credential with few prerequisites costs little either
 * way. The part is numbered in document order and handed to the whole validator's cycle report.
 */
import type { FaultList } from '../faults.js';
import { isObject } from '../check-fields.js';
import type { RequirementWalker } from '../check-requirement.js';
import { reportCycles } from '../check-cycles.js';

/**
 * Reports the CYCLE faults of the new catalog, as `checkCycles` over the whole of it would.
 * @param credentials - the new catalog's credentials
 * @param changedEdges - each entry whose edges may have changed, with its edges in the new catalog
 *   (none when it does not own its id); every other entry keeps its edges and owns its id
 * @param indexOf - the index of the first credential with an id, in the new catalog
 * @param idOf - the valid id of the credential at an index
 */
export function localCycles(
  credentials: readonly unknown[],
  changedEdges: ReadonlyMap<number, readonly number[]>,
  indexOf: (id: string) => number | undefined,
  idOf: (index: number) => string | undefined,
  predecessors: (index: number, f: (source: number) => void) => void,
  walker: RequirementWalker,
  faults: FaultList,
): void {
  const start = [...changedEdges.keys()];
  const back = new Set<number>(start);
  const backQueue = [...start];
  let backHead = 0;
  let edges = new Map<number, readonly number[]>();
  let queue: number[] = [...start];
  for (const v of queue) edges.set(v, changedEdges.get(v)!);
  let head = 0;
  const edgesAt = (w: number): readonly number[] =>
    changedEdges.get(w) ?? edgesOf(credentials[w], indexOf, walker);
  while (head < queue.length && backHead < backQueue.length) {
    for (const w of edges.get(queue[head++]!)!) {
      if (edges.has(w)) continue;
      edges.set(w, edgesAt(w));
      queue.push(w);
    }
    predecessors(backQueue[backHead++]!, (u) => {
      if (back.has(u)) return;
      back.add(u);
      backQueue.push(u);
    });
  }
  if (head < queue.length) {
    // The backward closure is complete: walk forward inside it only.
    edges = new Map();
    queue = [...start];
    for (const v of queue)
      edges.set(
        v,
        changedEdges.get(v)!.filter((w) => back.has(w)),
      );
    for (head = 0; head < queue.length; head++) {
      for (const w of edges.get(queue[head]!)!) {
        if (edges.has(w)) continue;
        edges.set(
          w,
          edgesAt(w).filter((x) => back.has(x)),
        );
        queue.push(w);
      }
    }
  }
  const nodes = [...edges.keys()].sort((a, b) => a - b);
  const local = new Map<number, number>();
  nodes.forEach((v, k) => local.set(v, k));
  const offsets = new Int32Array(nodes.length + 1);
  let size = 0;
  for (let k = 0; k < nodes.length; k++) size += edges.get(nodes[k]!)!.length;
  const targets = new Int32Array(size);
  size = 0;
  for (let k = 0; k < nodes.length; k++) {
    offsets[k] = size;
    for (const w of edges.get(nodes[k]!)!) targets[size++] = local.get(w)!;
  }
  offsets[nodes.length] = size;
  reportCycles(
    { offsets, targets },
    (k) => nodes[k]!,
    (i) => idOf(i)!,
    faults,
  );
}

/** The edges of an unchanged credential: its resolved requirements, in walk order. */
function edgesOf(
  entry: unknown,
  indexOf: (id: string) => number | undefined,
  walker: RequirementWalker,
): number[] {
  const out: number[] = [];
  if (!isObject(entry) || !('requires' in entry)) return out;
  const visitor = {
    ref: (id: string): void => {
      const t = indexOf(id);
      if (t !== undefined) out.push(t);
    },
    credits: (): void => undefined,
  };
  walker.walk(entry.requires, undefined, visitor);
  return out;
}

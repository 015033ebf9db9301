/**
 * Per-planner scratch memory reused across queries so that a query touches only its relevant cone
 * (no O(catalog) allocation per query). A planner answers one query at a time (plan() is synchronous).
 */
import type { CompactIndex } from './compact-index.js';
import { weeksIn, type FoldLeaves } from '../requirement/requirement-fold.js';

/** Stamped marks over all credentials: "held" and "in the cone" with a local index. */
export class Workspace {
  private readonly heldMark: Uint32Array;
  private readonly coneMark: Uint32Array;
  private readonly localIndex: Int32Array;
  private heldGen = 0;
  private coneGen = 0;
  /**
   * Scratch weeks by credential int for the array-based requirement evaluation: held credentials
   * read 0 (set by `setHeld`); cone credentials are written by whoever evaluates them.
   */
  readonly at: Float64Array;
  /** TIME leaves over `at`, for `foldRequirement`: the week a requirement is met. */
  readonly weeks: FoldLeaves;

  private slotScratch: Int32Array | undefined;
  private stackScratch: Int32Array = new Int32Array(64);
  private cursorScratch: Int32Array = new Int32Array(64);
  private orderScratch: Int32Array = new Int32Array(64);

  /** @param index - the compact index this workspace serves */
  constructor(readonly index: CompactIndex) {
    this.heldMark = new Uint32Array(index.n);
    this.coneMark = new Uint32Array(index.n);
    this.localIndex = new Int32Array(index.n);
    this.at = new Float64Array(index.n);
    this.weeks = weeksIn(this.at);
  }

  /** Starts a new query with these held credential ints. */
  setHeld(held: Iterable<number>): void {
    this.heldGen = bump(this.heldGen, this.heldMark);
    for (const c of held) {
      this.heldMark[c] = this.heldGen;
      this.at[c] = 0;
    }
  }

  /** @returns whether credential `c` counts as held in the current query */
  isHeld(c: number): boolean {
    return this.heldMark[c] === this.heldGen;
  }

  /**
   * Collects the relevant cone of `target`: every credential its requirement reaches, not descending
   * into held ones. Iterative (catalog chains may be 10^6 long).
   * @returns the cone's non-held credentials in post-order (prerequisites first, target last)
   */
  cone(target: number): Int32Array {
    const m = this.walkCone(target); // first: the walk may grow (replace) the scratch
    return this.orderScratch.slice(0, m);
  }

  /**
   * The cone of `target` without a copy (a typed array per query costs more than a small cone's
   * walk): `cone` without its allocation, for a planner that is done with it before the next walk.
   * @returns the cone's size m; its post-order is `scratchCone()[0..m)` until the next walk
   */
  walkCone(target: number): number {
    const { depStart, deps } = this.index;
    this.coneGen = bump(this.coneGen, this.coneMark);
    const gen = this.coneGen;
    const marks = this.coneMark;
    const held = this.heldMark;
    const heldGen = this.heldGen;
    const localIndex = this.localIndex;
    // Typed stacks kept across queries (grown by doubling): the walk allocates only its result.
    let stack = this.stackScratch;
    let cursor = this.cursorScratch;
    let order = this.orderScratch;
    let top = 0;
    let size = 0;
    stack[0] = target;
    cursor[0] = depStart[target]!;
    marks[target] = gen;
    while (top >= 0) {
      const c = stack[top]!;
      const j = cursor[top]!;
      if (j < depStart[c + 1]!) {
        cursor[top] = j + 1;
        const d = deps[j]!;
        if (marks[d] !== gen && held[d] !== heldGen) {
          marks[d] = gen;
          if (++top === stack.length) {
            this.stackScratch = stack = grown(stack);
            this.cursorScratch = cursor = grown(cursor);
          }
          stack[top] = d;
          cursor[top] = depStart[d]!;
        }
      } else {
        top--;
        localIndex[c] = size;
        if (size === order.length) this.orderScratch = order = grown(order);
        order[size++] = c;
      }
    }
    return size;
  }

  /** @returns the scratch the last `walkCone` left its post-order in (overwritten by the next walk) */
  scratchCone(): Int32Array {
    return this.orderScratch;
  }

  /**
   * Scratch with one entry per requirement slot (every index into `groupChildren`, then one per
   * credential for a requirement that is a bare id), allocated on first use and kept: a query writes
   * the entries of its cone's slots before it reads them (cheapest's occurrence numbers).
   * @returns the scratch
   */
  slots(): Int32Array {
    return (this.slotScratch ??= new Int32Array(this.index.groupChildren.length + this.index.n));
  }

  /** @returns the position of `c` in the last `cone()` order, or -1 when it is not in that cone */
  local(c: number): number {
    return this.coneMark[c] === this.coneGen ? this.localIndex[c]! : -1;
  }
}

/** @returns a copy of `a` twice as long */
function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function bump(gen: number, marks: Uint32Array): number {
  if (gen === 0xffffffff) {
    marks.fill(0);
    return 1;
  }
  return gen + 1;
}

/**
 * Per-planner scratch memory reused across queries so that a query touches only its relevant cone
 * (no O(catalog) allocation per query). A planner answers one query at a time (plan() is synchronous).
 */
import type { CompactIndex } from './compact-index.js';
import { weeksIn, type FoldLeaves } from '../requirement/requirement-fold.js';

/** Stamped marks over all credentials: "held" and "in the cone" with a local index. */
export class Workspace {
  private readonly heldMark: Uint32Array;
  /**
   * By credential int, two entries: the cone mark (at 2c) and the local index (at 2c + 1), side by
   * side so that a walk over a cone scattered over a large catalog loads one line for both.
   */
  private readonly coneSlots: Uint32Array;
  private heldGen = 0;
  private coneGen = 0;
  /** Whether the query holds anything: a learner holding nothing (most queries) needs no held mark read. */
  private anyHeld = false;
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
    this.coneSlots = new Uint32Array(2 * index.n);
    this.at = new Float64Array(index.n);
    this.weeks = weeksIn(this.at);
  }

  /** Starts a new query with these held credential ints. */
  setHeld(held: Iterable<number>): void {
    this.heldGen = bump(this.heldGen, this.heldMark);
    this.anyHeld = false;
    for (const c of held) {
      this.heldMark[c] = this.heldGen;
      this.at[c] = 0;
      this.anyHeld = true;
    }
  }

  /** @returns whether credential `c` counts as held in the current query */
  isHeld(c: number): boolean {
    return this.anyHeld && this.heldMark[c] === this.heldGen;
  }

  /**
   * Collects the relevant cone of `target`: every credential its requirement reaches, not descending
   * into held ones. Iterative (catalog chains may be 10^6 long).
   * @returns the cone's non-held credentials in post-order (prerequisites first, target last)
   */
  cone(target: number): Int32Array {
    const m = this.walk(target); // first: the walk may grow (replace) the scratch
    return this.orderScratch.slice(0, m);
  }

  /**
   * @returns the size m of the cone of `target`, its post-order left in `orderScratch[0..m)`.
   * fastest/or-chain.ts walks a cone the same way with its DP inside the loop (for speed, see
   * there): a change to what a cone is changes both.
   */
  private walk(target: number): number {
    const { depStart, deps } = this.index;
    const slots = this.startCone();
    const gen = this.coneGen;
    const held = this.heldMark;
    const heldGen = this.heldGen;
    const anyHeld = this.anyHeld;
    // Typed stacks kept across queries (grown by doubling): the walk allocates only its result.
    let stack = this.stackScratch;
    let cursor = this.cursorScratch;
    let order = this.orderScratch;
    let top = 0;
    let size = 0;
    stack[0] = target;
    cursor[0] = depStart[target]!;
    slots[2 * target] = gen;
    while (top >= 0) {
      const c = stack[top]!;
      const j = cursor[top]!;
      if (j < depStart[c + 1]!) {
        cursor[top] = j + 1;
        const d = deps[j]!;
        if (slots[2 * d] !== gen && !(anyHeld && held[d] === heldGen)) {
          slots[2 * d] = gen;
          if (++top === stack.length) {
            this.stackScratch = stack = grown(stack);
            this.cursorScratch = cursor = grown(cursor);
          }
          stack[top] = d;
          cursor[top] = depStart[d]!;
        }
      } else {
        top--;
        slots[2 * c + 1] = size;
        if (size === order.length) this.orderScratch = order = grown(order);
        order[size++] = c;
      }
    }
    return size;
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

  /**
   * Starts a cone walked outside this class, by a planner that does its own pass in the walk
   * (fastest/or-chain.ts: a second pass over a cone scattered over a large catalog reloads its lines
   * from memory). The walker marks each credential it reaches, not held, with `coneStamp()` at 2c
   * of the result, and writes its post-order position at 2c + 1; `local` then answers for that cone.
   * @returns the cone marks, cleared of every earlier cone
   */
  startCone(): Uint32Array {
    this.coneGen = bump(this.coneGen, this.coneSlots);
    return this.coneSlots;
  }

  /** @returns the stamp of the cone being walked (see `startCone`) */
  coneStamp(): number {
    return this.coneGen;
  }

  /** @returns the position of `c` in the last `cone()` order, or -1 when it is not in that cone */
  local(c: number): number {
    const slots = this.coneSlots;
    return slots[2 * c] === this.coneGen ? slots[2 * c + 1]! : -1;
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

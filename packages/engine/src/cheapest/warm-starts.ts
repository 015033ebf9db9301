/**
 * Where each branch-and-bound node's subgradient ascent starts: from the multipliers its parent's
 * ascent ended with. The search is best bound first (search/decision-search.ts), so the node it
 * visits next is often far from the last one in the tree, and the last node's multipliers (what
 * the ascent started from before) are then a poor start: the node's few steps end on a weak bound
 * and prune little. Measured on issue 16's dense cones at C = 200 (`pnpm bench dense`, seeds 1-20):
 * within the default 2 s, 6 of 20 proven where 2 were, the unproven plans' median gap to their
 * bound 3.9% where it was 5.3%; given 10 s, 13 of 20, a median 4.1 s to the proof, where before 5
 * of the first 8 were proven in 15 s. HiGHS takes a median 6.6 s on the same cones. At C = 1,000
 * (30 s) the gap fell from 14.2% to 11.2%.
 *
 * A node's multipliers are kept until both its children have started from them. At most
 * MAX_KEPT_BYTES of them are kept at once: past that a node hands none on, and its children start
 * from the multipliers the search last left, as before.
 */
import type { LagrangianBound } from './lagrangian-bound.js';

/** The most memory that kept multipliers may take at once (64 MiB). */
const MAX_KEPT_BYTES = 64 * 2 ** 20;

/** Multipliers handed from parents to children. */
export class WarmStarts {
  private kept = 0;
  private readonly maxKept: number;
  /** Kept multipliers that one child has started from (the other is still to come). */
  private readonly startedOnce = new WeakSet<Float64Array>();

  /**
   * @param lagrange - the bound whose multipliers are kept and restored
   * @param occurrences - how many multipliers it has
   * @param maxKeptBytes - the most memory kept multipliers may take at once
   */
  constructor(
    private readonly lagrange: LagrangianBound,
    occurrences: number,
    maxKeptBytes = MAX_KEPT_BYTES,
  ) {
    this.maxKept = Math.floor(maxKeptBytes / (8 * Math.max(1, occurrences)));
  }

  /** @returns how many multiplier sets are kept now */
  get keptCount(): number {
    return this.kept;
  }

  /** @returns the current multipliers, for a node's two children; undefined past the memory cap */
  handOn(): Float64Array | undefined {
    if (this.kept >= this.maxKept) return undefined;
    this.kept++;
    return this.lagrange.snapshot();
  }

  /**
   * Starts a child's ascent from what its parent handed on; the second child's start lets it go.
   * @param saved - from handOn, given to exactly two children
   */
  startFrom(saved: Float64Array): void {
    this.lagrange.restore(saved);
    if (this.startedOnce.delete(saved)) this.kept--;
    else this.startedOnce.add(saved);
  }
}

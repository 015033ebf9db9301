/**
 * Cheapest's lower bound: a Lagrangian relaxation of "every use of a shared credential s relies on
 * one payment for s". Each occurrence o of an undecided s is priced lambda_o in the tree DP, and s
 * contributes min(0, F_s - sum_o lambda_o), F_s being s's own value (cost + requirement) under the
 * same prices. Any lambda >= 0 gives a valid bound; subgradient steps (Polyak) raise it. IN: s is
 * paid once, its occurrences are free. OUT: its occurrences are Infinity.
 * The bound is the search's hot path: each credential's sum of multipliers is kept up to date when
 * they move (not summed per read), a step's walk reuses its stacks and callback, and an evaluation
 * recomputes only the credentials whose value the multipliers or decisions can move (on `pnpm bench
 * plan`'s 10^4 catalog, 12-26% of a cone): the others keep their value from `startShares`. Of
 * those, it recomputes only the ones whose occurrences' worth or being OUT changed since the last
 * evaluation, and what their new values move (ConeDp.evaluateChanged): on issue 16's dense cones
 * at C = 50, `pnpm bench dense`'s engine median 17-18 -> 16 ms.
 */
import type { ChildValue } from './cone-dp.js';
import type { CheapestState } from './cheapest-state.js';
import { forEachCredentialRef } from './cone-shape.js';
import { slotValue } from '../requirement/requirement-fold.js';
import { IN, OUT, UNDECIDED } from '../search/decision-search.js';

/** The multipliers and the bound they give. */
export class LagrangianBound {
  /** The DP policy: shared occurrences at their multiplier (0 when IN, Infinity when OUT). */
  readonly priced: ChildValue;
  private readonly lambda: Float64Array;
  private readonly used: Uint8Array;
  private readonly grad: Float64Array;
  /**
   * Per occurrence: what `priced` makes it worth (0 when IN, Infinity when OUT, else its
   * multiplier), set before each evaluation so that the DP's folds read it by slot.
   */
  private readonly worth: Float64Array;
  /**
   * The values of the last evaluation under `priced` (null: none since the multipliers started),
   * and what must be computed again at the next: the credentials whose occurrences' worth, or
   * whose being OUT, changed since (`wasOut` keeps the latter).
   */
  private last: Float64Array | null = null;
  private readonly dirty: Uint8Array;
  private readonly wasOut: Uint8Array;
  /** Per local index: the sum of its occurrences' multipliers (0 for unshared credentials). */
  private readonly sums: Float64Array;
  /** The local indices of the shared credentials. */
  private readonly shared: Int32Array;
  /** A step's walk: the credentials whose choices are walked, and the walk's stack. */
  private readonly roots: number[] = [];
  private readonly stack: number[] = [];
  /** A step's walk: records a chosen occurrence (see `step`). */
  private readonly use: (x: number, slot: number) => void;
  /** The local indices whose value under `priced` can change during the search, ascending. */
  private readonly moving: Int32Array;
  /** The values of the credentials that do not move (null before `startShares` or an evaluation). */
  private settled: Float64Array | null = null;
  /** The last step's direction, and whether the ascent has taken no step yet. */
  private readonly direction: Float64Array;
  private firstStep = true;
  /** The DP's skip: OUT credentials are not evaluated. */
  private readonly isOut: (l: number) => boolean;

  /** @param state - the search's shared state */
  constructor(private readonly state: CheapestState) {
    const { occ, decision, dp } = state;
    this.lambda = new Float64Array(occ.count);
    this.used = new Uint8Array(occ.count);
    this.grad = new Float64Array(occ.count);
    this.direction = new Float64Array(occ.count);
    this.sums = new Float64Array(state.order.length);
    const shared: number[] = [];
    for (let l = 0; l < state.order.length; l++) if (state.isShared(l)) shared.push(l);
    this.shared = Int32Array.from(shared);
    const full = dp.full;
    const { ofSlot, nodeOf } = occ;
    this.worth = new Float64Array(occ.count);
    // The slot alone says what the child is (occurrences.ts): an occurrence at its worth (as of the
    // last evaluation, which the DP's choices follow), held, or an unshared credential's value.
    // The DP's folds read these values themselves (readBySlot below), not through this call.
    const slots = { code: ofSlot, occurrence: this.worth, local: full };
    this.priced = (_x, slot) => slotValue(slots, slot);
    // Called for non-held credentials only (ConeDp.choose): a code is an occurrence or -2 - l.
    this.use = (_x, slot) => {
      const o = ofSlot[slot]!;
      if (o < 0) this.stack.push(-2 - o);
      else if (decision[nodeOf[o]!] === UNDECIDED) this.used[o] = 1;
    };
    this.isOut = (l) => decision[l] === OUT;
    this.moving = movingUnderPrices(state);
    this.dirty = new Uint8Array(state.order.length);
    this.wasOut = new Uint8Array(state.order.length);
    dp.readBySlot(this.priced, slots);
    // Its evaluations compute again what its prices move, and restore the rest (evaluate below).
    state.choices.persist(this.priced);
  }

  /**
   * Sets each occurrence's worth under the current multipliers and decisions, and marks dirty the
   * credentials that a change of worth or of being OUT moves.
   */
  private price(): void {
    const { worth, lambda, dirty, wasOut } = this;
    const { nodeOf, ownerOf } = this.state.occ;
    const decision = this.state.decision;
    for (let o = 0; o < worth.length; o++) {
      const d = decision[nodeOf[o]!];
      const w = d === IN ? 0 : d === OUT ? Infinity : lambda[o]!;
      if (w === worth[o]) continue;
      worth[o] = w;
      dirty[ownerOf[o]!] = 1;
    }
    for (const l of this.shared) {
      const out = decision[l] === OUT ? 1 : 0;
      if (out === wasOut[l]) continue;
      wasOut[l] = out;
      dirty[l] = 1;
    }
  }

  /** Recomputes every shared credential's sum of multipliers (after the multipliers moved). */
  private resum(): void {
    const { lambda, sums } = this;
    const ofNode = this.state.occ.ofNode;
    for (const l of this.shared) {
      let s = 0;
      for (const o of ofNode[l]!) s += lambda[o]!;
      sums[l] = s;
    }
  }

  /**
   * Starts the multipliers at equal shares of each credential's own shared-priced value: the bound
   * then starts at the cost-share bound (each credential charged at most once in total).
   */
  startShares(): void {
    const { ws, occ, dp, occurrences } = this.state;
    const full = dp.full;
    dp.evaluate((x) => {
      const l = ws.local(x);
      if (l < 0) return 0; // held
      return this.state.isShared(l) ? full[l]! / occurrences[l]! : full[l]!;
    });
    for (let l = 0; l < full.length; l++) {
      for (const o of occ.ofNode[l] ?? []) this.lambda[o] = full[l]! / occurrences[l]!;
    }
    this.resum();
    // Credentials that do not move have the same value under these shares as under any prices.
    this.settled = full.slice();
    this.last = null;
  }

  /** @returns a copy of the multipliers, for `restore` (warm-starts.ts) */
  snapshot(): Float64Array {
    return this.lambda.slice();
  }

  /**
   * Sets the multipliers to a `snapshot`: any non-negative multipliers give a valid bound, and the
   * next evaluation recomputes only what they move.
   */
  restore(saved: Float64Array): void {
    this.lambda.set(saved);
    this.resum();
  }

  /** @returns the sum of the multipliers of credential `l`'s occurrences */
  sumLambda(l: number): number {
    return this.sums[l]!;
  }

  /** Evaluates the DP under `priced` (OUT credentials skipped). */
  evaluate(): void {
    const { dp } = this.state;
    this.price();
    if (this.settled === null) {
      dp.evaluate(this.priced, this.isOut);
      this.settled = dp.full.slice();
    } else if (this.last === null) {
      // Other policies (the incumbent's) overwrite `full` between evaluations: the values that
      // do not move are restored, then the moving ones recomputed, prerequisites first.
      dp.full.set(this.settled);
      dp.evaluateAt(this.moving, this.priced, this.isOut);
    } else {
      // Since the last evaluation under `priced`, only what price() marked, and what that moves.
      dp.full.set(this.last);
      dp.evaluateChanged(this.moving, this.priced, this.isOut, this.dirty, this.state.occ.parentOf);
      this.last.set(dp.full);
      return;
    }
    this.dirty.fill(0);
    this.last = dp.full.slice();
  }

  /** @returns the Lagrangian bound under the current multipliers and decisions (evaluates the DP) */
  lagrangian(): number {
    this.evaluate();
    const { dp, decision, target } = this.state;
    const { sums } = this;
    const full = dp.full;
    let lb = full[target]!;
    for (const l of this.shared) {
      if (decision[l] === IN) lb += full[l]!;
      else if (decision[l] === UNDECIDED) lb += Math.min(0, full[l]! - sums[l]!);
    }
    return lb;
  }

  /** @returns whether undecided shared credential `l` is worth paying for under the multipliers */
  paysOff(l: number): boolean {
    return this.state.dp.full[l]! < this.sums[l]!;
  }

  /** Starts an ascent (a run of `step`s from the multipliers as they are, the first not deflected). */
  ascend(): void {
    this.firstStep = true;
  }

  /**
   * One subgradient step on the multipliers, towards `target` (the incumbent's cost). After the
   * ascent's first step, the step's direction is the subgradient plus as much of the last step's
   * direction as cancels the subgradient's turning back on it (Camerini, Fratta and Maffioli's
   * deflected subgradient, with their gamma at 1): the plain step's zigzag between two faces of the
   * dual is what kept the bound creeping below the incumbent for many steps. Any multipliers >= 0
   * give a valid bound, so the direction changes only how fast the bound rises. Measured against
   * plain steps: Lagrangian evaluations over `pnpm bench offers`' 50 one-off queries 1,026 -> 657
   * at 10^3 and 1,550 -> 1,287 at 10^4; dense cones at C = 50 (seeds 1-20) 24,741 -> 19,723, every
   * one proven as before; at C = 200 (seeds 1-10, 2 s) the same 1 of 10 proven, the unproven plans'
   * mean gap to their bound 5.1-5.4% -> 3.5-3.6% and their total cost 43,315-43,421 -> 43,051-43,091;
   * at C = 1,000 (seeds 1-3, 10 s) unchanged (gap 14.0% and 13.9%). With the direction carried
   * from one node's ascent to the next, C = 50 took twice the evaluations: each ascent starts plain.
   * @param lb - the bound at the current multipliers
   * @param theta - the step factor
   * @param target - the best cost found (the Polyak step's goal)
   * @returns false when the gradient vanishes or there is no incumbent (no step taken)
   */
  step(lb: number, theta: number, target: number): boolean {
    const { dp, decision, occ, choices } = this.state;
    const { full } = dp;
    const { used, lambda, sums, roots, stack, use } = this;
    used.fill(0);
    roots.length = 0;
    roots.push(this.state.target);
    for (const l of this.shared) {
      if (decision[l] === IN || (decision[l] === UNDECIDED && full[l]! < sums[l]!)) roots.push(l);
    }
    for (const r of roots) {
      stack.push(r);
      while (stack.length > 0) {
        choices.chooseFor(stack.pop()!, this.priced, use);
      }
    }
    let norm = 0;
    const grad = this.grad;
    grad.fill(0);
    for (const l of this.shared) {
      if (decision[l] !== UNDECIDED) continue;
      const x = full[l]! < sums[l]! ? 1 : 0;
      for (const o of occ.ofNode[l]!) {
        const g = used[o]! - x;
        if (g < 0 && lambda[o] === 0) continue;
        grad[o] = g;
        norm += g * g;
      }
    }
    if (norm === 0 || !(target < Infinity)) return false;
    const { direction } = this;
    const beta = this.firstStep ? 0 : deflection(grad, direction);
    this.firstStep = false;
    let length = 0;
    for (let o = 0; o < occ.count; o++) {
      const d = grad[o]! + beta * direction[o]!;
      direction[o] = d;
      length += d * d;
    }
    if (length === 0) return false;
    const t = (theta * (target - lb)) / length;
    for (let o = 0; o < occ.count; o++)
      if (direction[o] !== 0) lambda[o] = Math.max(0, lambda[o]! + t * direction[o]!);
    this.resum();
    return true;
  }
}

/**
 * @param grad - the subgradient
 * @param direction - the last step's direction
 * @returns the share of `direction` to add to `grad`: -grad.direction / |direction|^2 where the
 *   subgradient turns back on the last direction (their product negative), else 0
 */
function deflection(grad: Float64Array, direction: Float64Array): number {
  let dot = 0;
  let length = 0;
  for (let o = 0; o < grad.length; o++) {
    dot += grad[o]! * direction[o]!;
    length += direction[o]! * direction[o]!;
  }
  return dot < 0 && length > 0 ? -dot / length : 0;
}

/**
 * The credentials whose value under `priced` can change during a search: the shared ones (their
 * occurrences are priced by multipliers and decisions, and OUT skips them), and every credential
 * whose requirement names a shared or a moving one. A held credential is worth 0 under any prices.
 * @param state - the search's state
 * @returns their local indices, ascending (the cone is in post-order, so prerequisites first)
 */
function movingUnderPrices(state: CheapestState): Int32Array {
  const { ws, order } = state;
  const index = ws.index;
  const m = order.length;
  const moves = new Uint8Array(m);
  let count = 0;
  for (let l = 0; l < m; l++) {
    let mark = state.isShared(l);
    if (!mark) {
      forEachCredentialRef(index, index.req[order[l]!]!, (x) => {
        if (!ws.isHeld(x) && moves[ws.local(x)]) mark = true;
      });
    }
    if (mark) {
      moves[l] = 1;
      count++;
    }
  }
  const moving = new Int32Array(count);
  for (let l = 0, k = 0; l < m; l++) if (moves[l]) moving[k++] = l;
  return moving;
}

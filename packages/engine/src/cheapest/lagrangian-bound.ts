/**
 * Cheapest's lower bound: a Lagrangian relaxation of "every use of a shared credential s relies on
 * one payment for s". Each occurrence o of an undecided s is priced lambda_o in the tree DP, and s
 * contributes min(0, F_s - sum_o lambda_o), F_s being s's own value (cost + requirement) under the
 * same prices. Any lambda >= 0 gives a valid bound; subgradient steps (Polyak) raise it. IN: s is
 * paid once, its occurrences are free. OUT: its occurrences are Infinity.
 */
import type { ChildValue } from './cone-dp.js';
import type { CheapestState } from './cheapest-state.js';
import { IN, OUT, UNDECIDED } from '../search/decision-search.js';

/** The multipliers and the bound they give. */
export class LagrangianBound {
  /** The DP policy: shared occurrences at their multiplier (0 when IN, Infinity when OUT). */
  readonly priced: ChildValue;
  private readonly lambda: Float64Array;
  private readonly used: Uint8Array;
  private readonly grad: Float64Array;

  /** @param state - the search's shared state */
  constructor(private readonly state: CheapestState) {
    const { ws, occ, decision, dp, occurrences } = state;
    this.lambda = new Float64Array(occ.count);
    this.used = new Uint8Array(occ.count);
    this.grad = new Float64Array(occ.count);
    const lambda = this.lambda;
    const full = dp.full;
    this.priced = (x, slot) => {
      const l = ws.local(x);
      if (occurrences[l]! < 2) return full[l]!;
      const d = decision[l];
      if (d === IN) return 0;
      if (d === OUT) return Infinity;
      return lambda[occ.ofSlot[slot]!]!;
    };
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
      return this.state.isShared(l) ? full[l]! / occurrences[l]! : full[l]!;
    });
    for (let l = 0; l < full.length; l++) {
      for (const o of occ.ofNode[l] ?? []) this.lambda[o] = full[l]! / occurrences[l]!;
    }
  }

  /** @returns the sum of the multipliers of credential `l`'s occurrences */
  sumLambda(l: number): number {
    const lambda = this.lambda;
    let s = 0;
    for (const o of this.state.occ.ofNode[l]!) s += lambda[o]!;
    return s;
  }

  /** Evaluates the DP under `priced` (OUT credentials skipped). */
  evaluate(): void {
    const { dp, decision } = this.state;
    dp.evaluate(this.priced, (l) => decision[l] === OUT);
  }

  /** @returns the Lagrangian bound under the current multipliers and decisions (evaluates the DP) */
  lagrangian(): number {
    this.evaluate();
    const { dp, decision, target, occurrences } = this.state;
    const full = dp.full;
    let lb = full[target]!;
    for (let l = 0; l < full.length; l++) {
      if (occurrences[l]! < 2) continue;
      if (decision[l] === IN) lb += full[l]!;
      else if (decision[l] === UNDECIDED) lb += Math.min(0, full[l]! - this.sumLambda(l));
    }
    return lb;
  }

  /** @returns whether undecided shared credential `l` is worth paying for under the multipliers */
  paysOff(l: number): boolean {
    return this.state.dp.full[l]! < this.sumLambda(l);
  }

  /**
   * One subgradient step on the multipliers, towards `target` (the incumbent's cost).
   * @param lb - the bound at the current multipliers
   * @param theta - the step factor
   * @param target - the best cost found (the Polyak step's goal)
   * @returns false when the gradient vanishes or there is no incumbent (no step taken)
   */
  step(lb: number, theta: number, target: number): boolean {
    const { ws, order, dp, decision, occ, occurrences } = this.state;
    const { full } = dp;
    const { used, lambda } = this;
    const m = order.length;
    used.fill(0);
    const roots = [this.state.target];
    for (let l = 0; l < m; l++) {
      if (occurrences[l]! < 2) continue;
      if (decision[l] === IN || (decision[l] === UNDECIDED && this.paysOff(l))) roots.push(l);
    }
    const stack: number[] = [];
    const use = (x: number, slot: number): void => {
      const l = ws.local(x);
      if (occurrences[l]! < 2) stack.push(l);
      else if (decision[l] === UNDECIDED) used[occ.ofSlot[slot]!] = 1;
    };
    for (const r of roots) {
      stack.push(r);
      while (stack.length > 0) {
        const c = order[stack.pop()!]!;
        dp.choose(ws.index.req[c]!, this.priced, use, dp.rootSlot(c));
      }
    }
    let norm = 0;
    const grad = this.grad;
    grad.fill(0);
    for (let l = 0; l < m; l++) {
      if (occurrences[l]! < 2 || decision[l] !== UNDECIDED) continue;
      const x = full[l]! < this.sumLambda(l) ? 1 : 0;
      for (const o of occ.ofNode[l]!) {
        const g = used[o]! - x;
        if (g < 0 && lambda[o] === 0) continue;
        grad[o] = g;
        norm += g * g;
      }
    }
    if (norm === 0 || !(target < Infinity)) return false;
    const t = (theta * (target - lb)) / norm;
    for (let o = 0; o < occ.count; o++)
      if (grad[o] !== 0) lambda[o] = Math.max(0, lambda[o]! + t * grad[o]!);
    return true;
  }
}

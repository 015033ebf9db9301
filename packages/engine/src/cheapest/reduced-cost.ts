/**
 * Reduced-cost fixing for cheapest's branch and bound. At a node whose Lagrangian bound is `lb`
 * under multipliers lambda, let d_s = F_s - sum_o lambda_o for an undecided shared credential s
 * (F_s its own value under the same prices). Deciding s IN turns its occurrences' prices from
 * lambda_o to 0, which lowers the bound by at most sum_o lambda_o (each occurrence's price feeds one
 * term of the bound, and every term is a min of sums), while s's own term goes from min(0, d_s) to
 * F_s: so every plan with s IN costs at least lb + max(0, d_s). Deciding s OUT only raises prices
 * and drops s's term min(0, d_s): every plan with s OUT costs at least lb + max(0, -d_s). Where that
 * reaches the incumbent's cost, the other decision holds in the node's whole subtree.
 */
import type { CheapestState } from './cheapest-state.js';
import type { LagrangianBound } from './lagrangian-bound.js';
import { IN, OUT, UNDECIDED } from '../search/decision-search.js';
import { roundUpTo } from '../numeric/cost-grain.js';

/**
 * Fixes the undecided shared credentials the bound decides.
 * @param state - the search's state (its decisions are written)
 * @param lagrange - the multipliers, with the DP evaluated under them
 * @param lb - the Lagrangian bound of that evaluation
 * @param cutoff - the cost a plan must stay under to improve on the incumbent
 * @param fixed - receives the local indices fixed
 * @param grain - the grain every plan's cost is a multiple of (0: none; numeric/cost-grain.ts)
 */
export function fixByReducedCost(
  state: CheapestState,
  lagrange: LagrangianBound,
  lb: number,
  cutoff: number,
  fixed: number[],
  grain = 0,
): void {
  const { decision, dp } = state;
  const full = dp.full;
  for (let l = 0; l < full.length; l++) {
    if (!state.isShared(l) || decision[l] !== UNDECIDED) continue;
    const d = full[l]! - lagrange.sumLambda(l);
    if (roundUpTo(lb + d, grain) >= cutoff) decision[l] = OUT;
    else if (roundUpTo(lb - d, grain) >= cutoff) decision[l] = IN;
    else continue;
    fixed.push(l);
  }
}

/**
 * A mixed-integer programme as the engine writes one (columns with bounds, costs and integrality;
 * rows of sparse terms between two bounds), and what it asks of a solver. The engine's own search
 * proves most plans; where it cannot within the budget, a query may hand its exact programme to a
 * MIP solver (offers/mip-proof.ts), which is how a portfolio runs what wins. The solver is given
 * to the planner (PlannerOptions.mip), never loaded by the engine itself: loading HiGHS's
 * WebAssembly is asynchronous, and planning is not.
 */

/** A term of a row: coefficient × column. */
export interface MipTerm {
  readonly col: number;
  readonly k: number;
}

/** What a MIP solver answers. */
export interface MipResult {
  /**
   * `optimal`: `values` is an optimum; `limit`: the time ran out (`values` is the best found, if
   * any); `infeasible`; `failed`: the solver could not say (an error or a numerical trouble).
   */
  readonly status: 'optimal' | 'limit' | 'infeasible' | 'failed';
  /** The column values of the best solution found, if any. */
  readonly values: Float64Array | undefined;
  /** The proven lower bound on the objective (minimising); -Infinity when none is known. */
  readonly dualBound: number;
}

/** A MIP solver (mip/highs-solver.ts adapts HiGHS). */
export interface MipSolver {
  /**
   * Minimises the model's objective.
   * @param model - the programme
   * @param seconds - the time limit
   */
  solve(model: MipModel, seconds: number): MipResult;
}

/** A minimising mixed-integer programme, built column by column and row by row. */
export class MipModel {
  readonly cost: number[] = [];
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  /** 1 for an integer column, 0 for a continuous one. */
  readonly integer: number[] = [];
  /** Rows in CSR form: `rowStart[i]..rowStart[i + 1]` index `rowCols` and `rowCoef`. */
  readonly rowStart: number[] = [0];
  readonly rowCols: number[] = [];
  readonly rowCoef: number[] = [];
  readonly rowLower: number[] = [];
  readonly rowUpper: number[] = [];

  /** @returns a new column's index */
  column(cost: number, lower: number, upper: number, integer: boolean): number {
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    this.integer.push(integer ? 1 : 0);
    return this.cost.length - 1;
  }

  /** @returns a new binary column's index */
  binary(cost = 0): number {
    return this.column(cost, 0, 1, true);
  }

  /** Adds the row `lower ≤ Σ terms ≤ upper` (a repeated column's coefficients add up). */
  row(terms: readonly MipTerm[], lower: number, upper: number): void {
    const merged = new Map<number, number>();
    for (const t of terms) merged.set(t.col, (merged.get(t.col) ?? 0) + t.k);
    for (const [col, k] of merged) {
      if (k === 0) continue;
      this.rowCols.push(col);
      this.rowCoef.push(k);
    }
    this.rowStart.push(this.rowCols.length);
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
  }

  get columns(): number {
    return this.cost.length;
  }

  get rows(): number {
    return this.rowLower.length;
  }
}

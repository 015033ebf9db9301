/**
 * The MIP solver of the portfolio: HiGHS (the `highs` WebAssembly build), well kept and the field's
 * open MIP solver, behind the engine's MipSolver. Load it once, asynchronously, and give it to the
 * planner (PlannerOptions.mip). One solve runs at a time on one loaded instance (HiGHS is
 * single-threaded here, as the engine's planning is: a service plans in its workers).
 */
import highsModule from 'highs';
import type { Highs, InitOptions } from 'highs';
import type { MipModel, MipResult, MipSolver } from './mip-model.js';

// `highs` ships CommonJS types; its ESM build's default export is the loader itself. The tests'
// oracle (support/highs-oracle.ts) has its own copy of this shim on purpose: it shares no engine code.
type Loader = (options?: InitOptions) => Promise<Highs>;
const highsLoader: Loader =
  typeof highsModule === 'function'
    ? (highsModule as Loader)
    : (highsModule as unknown as { default: Loader }).default;

/** HiGHS's model status codes the adapter reads (highs.constants.modelStatus). */
const OPTIMAL = 7;
const INFEASIBLE = 8;
const TIME_LIMIT = 13;

let loading: Promise<MipSolver> | undefined;

/** @returns HiGHS as a MipSolver, loaded once per thread (the first load takes about 100 ms) */
export function loadHighsSolver(): Promise<MipSolver> {
  loading ??= highsLoader().then((highs) => ({
    solve: (model, seconds) => solveWith(highs, model, seconds),
  }));
  return loading;
}

/**
 * The portfolio's solver for a planner of this catalog: HiGHS where the catalog lists offers (the
 * only queries the solver serves, offers/mip-proof.ts), else none, so that nothing is loaded for it.
 * @param catalog - the catalog the planner is for
 * @returns the solver, or undefined
 */
export async function solverFor(catalog: {
  readonly offers?: readonly unknown[] | undefined;
}): Promise<MipSolver | undefined> {
  return (catalog.offers?.length ?? 0) > 0 ? loadHighsSolver() : undefined;
}

function solveWith(highs: Highs, model: MipModel, seconds: number): MipResult {
  const inf = highs.infinity;
  const finite = (xs: readonly number[]): Float64Array =>
    Float64Array.from(xs, (x) => (x === Infinity ? inf : x === -Infinity ? -inf : x));
  const m = highs.createModel();
  try {
    m.passModel({
      numCols: model.columns,
      numRows: model.rows,
      colCost: Float64Array.from(model.cost),
      colLower: finite(model.lower),
      colUpper: finite(model.upper),
      rowLower: finite(model.rowLower),
      rowUpper: finite(model.rowUpper),
      matrix: {
        format: 'csr',
        numRows: model.rows,
        numCols: model.columns,
        starts: Int32Array.from(model.rowStart),
        indices: Int32Array.from(model.rowCols),
        values: Float64Array.from(model.rowCoef),
      },
      integrality: Int32Array.from(model.integer),
    });
    m.options.set({
      output_flag: false,
      time_limit: Math.max(0.01, seconds),
      mip_rel_gap: 0,
      mip_abs_gap: 0,
    });
    m.run();
    const status = m.getModelStatus() as number;
    const bound = Number(m.info.get('mip_dual_bound'));
    const hasSolution = Number(m.info.get('primal_solution_status')) === 2;
    const values = hasSolution ? Float64Array.from(m.getSolution().colValue) : undefined;
    const dualBound = Number.isFinite(bound) ? bound : -Infinity;
    if (status === OPTIMAL) return { status: 'optimal', values, dualBound };
    if (status === INFEASIBLE) return { status: 'infeasible', values: undefined, dualBound };
    if (status === TIME_LIMIT) return { status: 'limit', values, dualBound };
    return { status: 'failed', values, dualBound: -Infinity };
  } catch {
    return { status: 'failed', values: undefined, dualBound: -Infinity };
  } finally {
    m.raw.dispose();
  }
}

/**
 * Test support: the cheapest-plan optimum as an integer programme solved by HiGHS (the `highs` WASM
 * build), independent of the engine. Binary x_c per credential to earn, binary y per requirement node
 * (met); held credentials are constants 1; the target must be held; x_c ≤ y(requires(c));
 * all: y ≤ y_child each; any: y ≤ Σ y_child; atLeast k: k·y ≤ Σ y_child; credits n: n·y ≤ Σ credits·have.
 * A retired credential (catalog-v2) that is not held is never earned: x_c ≤ 0.
 * Minimise Σ cost·x. The requires relation is acyclic, so any set closed under these rules can be
 * scheduled in topological order: the optimum of the programme is the optimum plan cost.
 */
import highsModule from 'highs';
import type { Highs, InitOptions, LegacyHighsSolution } from 'highs';
import type { Catalog, Credential, Holding, Requirement } from '@pathwise/core';
import { heldSet } from './held-set.js';
import { rowWriter } from './lp-rows.js';
import type { Term } from './lp-rows.js';
import { closureOf, credentialMap } from './requirement-met-at.js';

// `highs` ships CommonJS types; its ESM build's default export is the loader itself.
type Loader = (options?: InitOptions) => Promise<Highs>;
const highsLoader: Loader =
  typeof highsModule === 'function'
    ? (highsModule as Loader)
    : (highsModule as unknown as { default: Loader }).default;
let loading: Promise<Highs> | undefined;

/** Loads the HiGHS WASM once per process (the first load takes ~100 ms). */
export function loadHighs(): Promise<Highs> {
  loading ??= highsLoader();
  return loading;
}

/**
 * Solves a programme to a proven optimum (no gap allowed). HiGHS's presolve has failed on feasible
 * programmes in two ways (both in highs-solve.test.ts):
 * - it called the time-indexed hours programme of fast-check's seed -1442020800 Infeasible; without
 *   presolve it is Optimal, and so it is under presolve with another objective over the same rows;
 * - on the hours programme of frontier-sweep's seed -1024061009 at a 9-week deadline, `solve` threw
 *   "Unable to solve the problem. HiGHS error -1" under every gap and log option tried; without
 *   presolve it is Optimal (197, the engine's plan).
 * So an infeasibility is believed, and an error reported, only when the solve without presolve
 * agrees; its answer is the one returned.
 * @param highs - the loaded HiGHS (loadHighs)
 * @param lp - the programme as CPLEX LP text
 * @returns HiGHS's solution
 * @throws Error when HiGHS fails without presolve too
 */
export function solveExactly(highs: Highs, lp: string): LegacyHighsSolution {
  const options = { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0 };
  const withoutPresolve = (): LegacyHighsSolution =>
    highs.solve(lp, { ...options, presolve: 'off' });
  let result: LegacyHighsSolution;
  try {
    result = highs.solve(lp, options);
  } catch {
    return withoutPresolve();
  }
  return result.Status === 'Infeasible' ? withoutPresolve() : result;
}

/** The optimum HiGHS proved and the credentials it earns. */
export interface CheapestOptimum {
  totalCost: number;
  earn: Set<string>;
}

/** A linear term: coefficient times a variable (or a constant when `v` is undefined). */

/**
 * Builds the programme for one query as CPLEX LP text (exported for the benchmark to time apart).
 * @param relaxed - every variable in [0, 1] rather than binary: the programme's LP relaxation
 * @returns the LP text and the variable name of each credential to earn; undefined when the target is held
 */
export function cheapestProgramme(
  byId: ReadonlyMap<string, Credential>,
  held: ReadonlySet<string>,
  target: string,
  relaxed = false,
): { lp: string; vars: Map<string, string> } | undefined {
  if (held.has(target)) return undefined;
  const ids = [...closureOf(byId, target)].filter((id) => !held.has(id));
  const vars = new Map(ids.map((id, i) => [id, `x${i}`] as const));
  const rows: string[] = [];
  let nodes = 0;
  const have = (id: string): Term => (held.has(id) ? { k: 1 } : { k: 1, v: vars.get(id)! });
  // `node` returns a term that is 1 only when `req` is met, adding its rows.
  const node = (req: Requirement): Term => {
    if (typeof req === 'string') return have(req);
    const y = `y${nodes++}`;
    if ('all' in req) {
      for (const child of req.all) row([{ k: 1, v: y }, neg(node(child))], 0);
    } else if ('any' in req) {
      row([{ k: 1, v: y }, ...req.any.map((c) => neg(node(c)))], 0);
    } else if ('atLeast' in req) {
      row([{ k: req.atLeast, v: y }, ...req.of.map((c) => neg(node(c)))], 0);
    } else {
      const credits = req.of.map((id) => {
        const t = have(id);
        return { k: -(byId.get(id)?.credits ?? 0) * t.k, v: t.v };
      });
      row([{ k: req.credits, v: y }, ...credits], 0);
    }
    return { k: 1, v: y };
  };
  const writeRow = rowWriter(rows);
  const row = (terms: Term[], rhs: number): void => writeRow(terms, '<=', rhs);
  for (const id of ids) {
    const requires = byId.get(id)!.requires;
    if (requires !== undefined) row([{ k: 1, v: vars.get(id)! }, neg(node(requires))], 0);
  }
  for (const id of ids) if (byId.get(id)!.retired === true) row([{ k: 1, v: vars.get(id)! }], 0);
  rows.push(`target: + 1 ${vars.get(target)!} >= 1`);
  const objective = ids.map((id) => `+ ${byId.get(id)!.cost} ${vars.get(id)!}`).join(' ');
  const binaries = [...vars.values(), ...Array.from({ length: nodes }, (_, i) => `y${i}`)];
  const lp = [
    'Minimize',
    ` obj: ${objective}`,
    'Subject To',
    ...rows.map((r) => ` ${r}`),
    ...(relaxed
      ? ['Bounds', ...binaries.map((v) => ` 0 <= ${v} <= 1`)]
      : ['Binary', ` ${binaries.join(' ')}`]),
    'End',
  ].join('\n');
  return { lp, vars };
}

function neg(t: Term): Term {
  return { k: -t.k, v: t.v };
}

/**
 * Solves the cheapest plan exactly with HiGHS (gaps set to zero).
 * @param catalog - a valid catalog
 * @param query - target, holdings and asOf (lapsed holdings do not count)
 * @returns the proven optimum and the credentials earned
 * @throws Error when HiGHS does not prove optimality (a valid catalog always has a plan)
 */
export async function highsCheapest(
  catalog: Catalog,
  query: { target: string; have: readonly Holding[]; asOf: string },
): Promise<CheapestOptimum> {
  const byId = credentialMap(catalog);
  const held = heldSet(byId, query.have, query.asOf, catalog.format === 'pathwise.catalog/v2');
  return solveProgramme(await loadHighs(), cheapestProgramme(byId, held, query.target));
}

/**
 * Solves a programme from `cheapestProgramme` with a loaded HiGHS.
 * @throws Error when HiGHS does not report an optimum
 */
export function solveProgramme(
  highs: Highs,
  programme: ReturnType<typeof cheapestProgramme>,
): CheapestOptimum {
  if (programme === undefined) return { totalCost: 0, earn: new Set() };
  const result = solveExactly(highs, programme.lp);
  if (result.Status !== 'Optimal') throw new Error(`HiGHS: ${result.Status}`);
  const earn = new Set<string>();
  for (const [id, v] of programme.vars) {
    const column = result.Columns[v] as { Primal?: number } | undefined;
    if ((column?.Primal ?? 0) > 0.5) earn.add(id);
  }
  return { totalCost: Math.round(result.ObjectiveValue * 1e6) / 1e6, earn };
}

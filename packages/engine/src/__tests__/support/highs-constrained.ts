/**
 * Test support: constrained plans as a big-M integer programme solved by HiGHS, independent of the
 * engine. Binary x_c (earned), continuous finish week f_c; per requirement node a binary y (met) and
 * a continuous met week m; per child of a choice group (any, atLeast, credits) a binary z (chosen).
 * f_c ≥ m(requires c) + dur(c) − M(1 − x_c); x_c ≤ y(requires c); all: y ≤ y_child and
 * m ≥ m_child − M(1 − y) for each child; any / atLeast k: z ≤ y_child, Σz ≥ k·y,
 * m ≥ m_child − M(1 − z); credits n: Σ credits·z ≥ n·y with z ≤ x_child. Held credentials are the
 * constants x = 1, f = 0. The target is earned and f_target ≤ D; excluded credentials have x = 0.
 * M exceeds every earliest finish (sum of the durations). Minimise cost, or (under a budget)
 * minimise f_target with Σ cost·x ≤ B. A solution's f bounds the earliest-start schedule of its set
 * from above, and every plan's earliest schedule is a solution, so the optima are the plan optima.
 */
import type { Catalog, Credential, Holding, Requirement } from '@pathwise/core';
import { heldSet } from './held-set.js';
import { rowWriter } from './lp-rows.js';
import type { Term } from './lp-rows.js';
import type { Highs } from 'highs';
import { loadHighs, solveExactly } from './highs-oracle.js';
import { closureOf, credentialMap } from './requirement-met-at.js';

/** A constrained query for the oracle. */
export interface ConstrainedCase {
  target: string;
  have: readonly Holding[];
  asOf: string;
  maxWeeks?: number;
  maxCost?: number;
  exclude?: readonly string[];
}

/** The oracle's answer: undefined when infeasible. */
export interface ConstrainedOptimum {
  value: number;
  earn: Set<string>;
}

/** The rows of the programme before its objective (highs-offers.ts adds its own to them). */
export interface ProgrammeParts {
  /** The target's cone, not held. */
  ids: string[];
  /** Earned indicator and finish week variable by credential id. */
  x: Map<string, string>;
  f: Map<string, string>;
  /** The big M: the cone's total duration + 1 (no finish week of a compact schedule exceeds it). */
  big: number;
  rows: string[];
  binaries: string[];
  row: ReturnType<typeof rowWriter>;
  /** Σ cost·x. */
  cost: Term[];
}

/**
 * The programme's rows for the query's cone (maxWeeks and exclude included; not maxCost, whose sum the caller writes).
 * @param timed - false: the met-week and finish-week rows are left out (a programme on cost alone)
 */
export function programmeParts(
  byId: ReadonlyMap<string, Credential>,
  held: ReadonlySet<string>,
  c: ConstrainedCase,
  timed = true,
): ProgrammeParts {
  const ids = [...closureOf(byId, c.target)].filter((id) => !held.has(id));
  const x = new Map(ids.map((id, i) => [id, `x${i}`] as const));
  const f = new Map(ids.map((id, i) => [id, `f${i}`] as const));
  const big = ids.reduce((s, id) => s + byId.get(id)!.durationWeeks, 0) + 1;
  const rows: string[] = [];
  const binaries: string[] = [...x.values()];
  let nodes = 0;
  const row = rowWriter(rows);
  // Met indicator and met week of a requirement (node rows added).
  const node = (req: Requirement): { y: Term; m: Term } => {
    if (typeof req === 'string') {
      if (held.has(req)) return { y: { k: 1 }, m: { k: 0 } };
      return { y: { k: 1, v: x.get(req)! }, m: { k: 1, v: f.get(req)! } };
    }
    const y = `y${nodes}`;
    const m = `m${nodes++}`;
    binaries.push(y);
    const later = (child: { m: Term }, gate: string): void => {
      if (!timed) return;
      // m ≥ m_child − M(1 − gate)
      row(
        [
          { k: 1, v: m },
          { k: -1 * child.m.k, v: child.m.v },
          { k: -big, v: gate },
        ],
        '>=',
        -big,
      );
    };
    if ('all' in req) {
      for (const r of req.all) {
        const child = node(r);
        row(
          [
            { k: 1, v: y },
            { k: -child.y.k, v: child.y.v },
          ],
          '<=',
          0,
        );
        later(child, y);
      }
    } else {
      const list: Requirement[] = 'any' in req ? req.any : req.of;
      const need = 'any' in req ? 1 : 'atLeast' in req ? req.atLeast : req.credits;
      const weight = (r: Requirement): number =>
        'credits' in req ? (byId.get(r as string)?.credits ?? 0) : 1;
      const sum: Term[] = [{ k: -need, v: y }];
      for (const r of list) {
        const child = node(r);
        const z = `z${nodes++}`;
        binaries.push(z);
        row(
          [
            { k: 1, v: z },
            { k: -child.y.k, v: child.y.v },
          ],
          '<=',
          0,
        );
        later(child, z);
        sum.push({ k: weight(r), v: z });
      }
      row(sum, '>=', 0);
    }
    return { y: { k: 1, v: y }, m: { k: 1, v: m } };
  };
  for (const id of ids) {
    const cred = byId.get(id)!;
    const xi = x.get(id)!;
    const fi = f.get(id)!;
    if (cred.requires !== undefined) {
      const r = node(cred.requires);
      row(
        [
          { k: 1, v: xi },
          { k: -r.y.k, v: r.y.v },
        ],
        '<=',
        0,
      );
      // f ≥ m + dur − M(1 − x)
      if (timed)
        row(
          [
            { k: 1, v: fi },
            { k: -r.m.k, v: r.m.v },
            { k: -big, v: xi },
          ],
          '>=',
          cred.durationWeeks - big,
        );
    } else if (timed)
      row(
        [
          { k: 1, v: fi },
          { k: -big, v: xi },
        ],
        '>=',
        cred.durationWeeks - big,
      );
    if (c.exclude?.includes(id)) row([{ k: 1, v: xi }], '<=', 0);
  }
  row([{ k: 1, v: x.get(c.target)! }], '>=', 1);
  if (c.maxWeeks !== undefined) row([{ k: 1, v: f.get(c.target)! }], '<=', c.maxWeeks);
  const cost = ids.map((id) => ({ k: byId.get(id)!.cost, v: x.get(id)! }));
  return { ids, x, f, big, rows, binaries, row, cost };
}

function programme(
  byId: ReadonlyMap<string, Credential>,
  held: ReadonlySet<string>,
  c: ConstrainedCase,
  minimise: 'cost' | 'weeks',
): { lp: string; vars: Map<string, string> } {
  const { x, f, rows, binaries, row, cost } = programmeParts(byId, held, c);
  if (c.maxCost !== undefined) row(cost, '<=', c.maxCost);
  const objective =
    minimise === 'cost' ? cost.map((t) => `+ ${t.k} ${t.v}`).join(' ') : `+ 1 ${f.get(c.target)!}`;
  const lp = [
    'Minimize',
    ` obj: ${objective}`,
    'Subject To',
    ...rows.map((r) => ` ${r}`),
    'Binary',
    ` ${binaries.join(' ')}`,
    'End',
  ].join('\n');
  return { lp, vars: x };
}

/** A constrained query's programme, ready for HiGHS: 'held' when the target is already held. */
export type ConstrainedProgramme = ReturnType<typeof programme> | 'held';

/**
 * @returns the programme of a constrained query: least cost (`minimise: 'cost'`) or least target week
 */
export function constrainedProgramme(
  catalog: Catalog,
  c: ConstrainedCase,
  minimise: 'cost' | 'weeks',
): ConstrainedProgramme {
  const byId = credentialMap(catalog);
  const held = heldSet(byId, c.have, c.asOf);
  return held.has(c.target) ? 'held' : programme(byId, held, c, minimise);
}

/**
 * Solves a constrained query exactly: least cost (`minimise: 'cost'`) or least target week.
 * @returns the optimum, or undefined when no plan meets the constraints
 * @throws Error when HiGHS neither proves an optimum nor infeasibility
 */
export async function highsConstrained(
  catalog: Catalog,
  c: ConstrainedCase,
  minimise: 'cost' | 'weeks',
): Promise<ConstrainedOptimum | undefined> {
  return solveConstrainedWith(await loadHighs(), constrainedProgramme(catalog, c, minimise));
}

/**
 * {@link highsConstrained} on a loaded HiGHS and a built programme, synchronously (the bench times
 * the solve alone).
 */
export function solveConstrainedWith(
  highs: Highs,
  p: ConstrainedProgramme,
): ConstrainedOptimum | undefined {
  if (p === 'held') return { value: 0, earn: new Set() };
  const result = solveExactly(highs, p.lp);
  if (result.Status === 'Infeasible') return undefined;
  if (result.Status !== 'Optimal') throw new Error(`HiGHS: ${result.Status}`);
  const earn = new Set<string>();
  for (const [id, v] of p.vars) {
    const column = result.Columns[v] as { Primal?: number } | undefined;
    if ((column?.Primal ?? 0) > 0.5) earn.add(id);
  }
  // Big-M rows leave HiGHS's tolerances (1e-6 on a binary) times M of slack: round to 1e-3.
  return { value: Math.round(result.ObjectiveValue * 1e3) / 1e3, earn };
}

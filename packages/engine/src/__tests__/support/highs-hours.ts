/**
 * Test support: plans under a weekly-hours budget, pace and start days as a time-indexed integer
 * programme on a one-week grid, solved by HiGHS, independent of the engine (plan-v2's rules read from
 * the spec). Binary x[c,s,L]: credential c runs [s, s + L) with s, L whole weeks, s one of its start
 * days; a fixed step (or any step without a budget, or without effort) has L = durationWeeks, a
 * self-paced one with effort under H any L ≥ max(d, ⌈e / H⌉) up to LENGTH_SLACK weeks more. Held by
 * week τ: Σ x[c,s,L] over s + L ≤ τ. Requirement rows per start week (all: y ≤ each child, any:
 * y ≤ Σ children, atLeast k: k·y ≤ Σ, credits n: n·y ≤ Σ credits·held); a step starts at s only when
 * its requirement's y at s is 1; each week's load Σ (e / L)·x over the steps running in it is at most
 * H. Minimise the target's end week or the cost, with maxWeeks, maxCost and exclude as rows.
 *
 * Every grid schedule is a valid plan, so the grid optimum is at least the true optimum; it equals it
 * when no step can stretch (every step with effort is fixed, or there is no budget): then every
 * start can be moved left to week 0, a start day or another step's end, all whole weeks.
 */
import type { Catalog, Credential, Holding, Requirement } from '@pathwise/core';
import { heldSet } from './held-set.js';
import { loadHighs, solveExactly } from './highs-oracle.js';
import { rowWriter, type Term } from './lp-rows.js';
import { closureOf, credentialMap } from './requirement-met-at.js';

/** How many weeks longer than its shortest a self-paced step may run on the grid. */
export const LENGTH_SLACK = 4;

/** The question, as plan-v2 asks it. */
export interface HoursQuestion {
  target: string;
  have: readonly Holding[];
  asOf: string;
  startDate?: string;
  weeklyHours?: number;
  maxWeeks?: number;
  maxCost?: number;
  exclude?: readonly string[];
}

/** The grid optimum (undefined: no plan on the grid). */
export interface GridOptimum {
  value: number;
  weeks: number;
  cost: number;
}

/** @returns whether no step of the catalog can run longer than its durationWeeks under the budget */
export function gridExact(catalog: Catalog, weeklyHours: number | undefined): boolean {
  return (
    weeklyHours === undefined ||
    catalog.credentials.every((c) => c.pace === 'fixed' || !((c.effortHours ?? 0) > 0))
  );
}

/**
 * @param catalog - a valid v2 catalog with whole-week durations and start days on whole weeks
 * @param q - the question
 * @param objective - `weeks` (the target's end) or `cost`
 * @returns the grid optimum, or undefined when the grid holds no plan
 */
export async function highsHours(
  catalog: Catalog,
  q: HoursQuestion,
  objective: 'weeks' | 'cost',
): Promise<GridOptimum | undefined> {
  const byId = credentialMap(catalog);
  const held = heldSet(byId, q.have, q.asOf);
  if (held.has(q.target)) return { value: 0, weeks: 0, cost: 0 };
  const H = q.weeklyHours;
  const origin = Date.parse(`${q.startDate ?? q.asOf}T00:00:00Z`);
  const excluded = new Set(q.exclude ?? []);
  // A retired credential is never earned (plan-v2); a holding of one still counts.
  const ids = [...closureOf(byId, q.target)].filter(
    (id) => !held.has(id) && !excluded.has(id) && byId.get(id)!.retired !== true,
  );
  const lengths = (c: Credential): number[] => {
    const e = c.effortHours ?? 0;
    if (c.pace === 'fixed' || H === undefined || e <= 0) return [c.durationWeeks];
    const least = Math.max(c.durationWeeks, Math.ceil(e / H - 1e-9), 1);
    return Array.from({ length: LENGTH_SLACK + 1 }, (_, i) => least + i);
  };
  const startWeeksOf = (c: Credential, horizon: number): number[] => {
    const all = Array.from({ length: horizon + 1 }, (_, s) => s);
    if (c.starts === undefined) return all;
    // `--MM-DD` is that day every year: listed for the years the horizon can reach.
    const year = new Date(origin).getUTCFullYear();
    const dates = c.starts.flatMap((d) =>
      d.startsWith('--') ? Array.from({ length: 6 }, (_, i) => `${year + i}${d.slice(1)}`) : [d],
    );
    const days = new Set(
      dates.map((d) => Math.round((Date.parse(`${d}T00:00:00Z`) - origin) / 86_400_000)),
    );
    return all.filter((s) => days.has(7 * s));
  };
  let horizon = 0;
  for (const id of ids) {
    const c = byId.get(id)!;
    horizon += Math.max(...lengths(c));
    if (c.starts !== undefined) {
      // Waiting for a start day takes at most the longest gap between them (from week 0 on).
      const weeks = startWeeksOf(c, 400);
      horizon += Math.max(0, ...weeks.map((w, i) => w - (i > 0 ? weeks[i - 1]! : 0)));
    }
  }
  horizon += 1;

  // x[c,s,L] as variable names with their (s, L).
  const options = new Map<string, { v: string; s: number; L: number }[]>();
  let count = 0;
  for (const id of ids) {
    const c = byId.get(id)!;
    const list: { v: string; s: number; L: number }[] = [];
    for (const s of startWeeksOf(c, horizon))
      for (const L of lengths(c)) if (s + L <= horizon) list.push({ v: `x${count++}`, s, L });
    options.set(id, list);
  }
  const rows: string[] = [];
  const row = rowWriter(rows);
  // h[c,τ] = held by week τ, as a running sum: h[c,τ] = h[c,τ−1] + Σ x[c,s,L] over s + L = τ.
  const continuous: string[] = [];
  for (const id of ids) {
    const list = options.get(id)!;
    for (let tau = 0; tau <= horizon; tau++) {
      const h = `h${ids.indexOf(id)}_${tau}`;
      continuous.push(h);
      const ending = list.filter((o) => o.s + o.L === tau).map((o) => ({ k: -1, v: o.v }));
      const terms = [
        { k: 1, v: h },
        ...ending,
        ...(tau > 0 ? [{ k: -1, v: `h${ids.indexOf(id)}_${tau - 1}` }] : []),
      ];
      row(terms, '<=', 0);
      row(terms, '>=', 0);
    }
  }
  const heldBy = (id: string, tau: number): Term[] => {
    if (held.has(id)) return [{ k: 1 }];
    const i = ids.indexOf(id);
    return i < 0 ? [] : [{ k: 1, v: `h${i}_${Math.min(tau, horizon)}` }];
  };
  let nodes = 0;
  const binaries: string[] = [];
  // A term that is 1 only when `req` is met at week tau.
  const met = (req: Requirement, tau: number): Term[] => {
    if (typeof req === 'string') return heldBy(req, tau);
    const y = `y${nodes++}`;
    binaries.push(y);
    const minus = (ts: Term[]): Term[] => ts.map((t) => ({ k: -t.k, v: t.v }));
    if ('all' in req)
      for (const child of req.all) row([{ k: 1, v: y }, ...minus(met(child, tau))], '<=', 0);
    else if ('any' in req)
      row([{ k: 1, v: y }, ...req.any.flatMap((c) => minus(met(c, tau)))], '<=', 0);
    else if ('atLeast' in req)
      row([{ k: req.atLeast, v: y }, ...req.of.flatMap((c) => minus(met(c, tau)))], '<=', 0);
    else {
      const credit = req.of.flatMap((id) =>
        heldBy(id, tau).map((t) => ({ k: -(byId.get(id)?.credits ?? 0) * t.k, v: t.v })),
      );
      row([{ k: req.credits, v: y }, ...credit], '<=', 0);
    }
    return [{ k: 1, v: y }];
  };
  for (const id of ids) {
    const c = byId.get(id)!;
    const list = options.get(id)!;
    row(
      list.map((o) => ({ k: 1, v: o.v })),
      '<=',
      1,
    );
    if (c.requires === undefined) continue;
    for (const s of new Set(list.map((o) => o.s))) {
      const starting = list.filter((o) => o.s === s).map((o) => ({ k: 1, v: o.v }));
      row([...starting, ...met(c.requires, s).map((t) => ({ k: -t.k, v: t.v }))], '<=', 0);
    }
  }
  const target = options.get(q.target) ?? [];
  row(
    target.map((o) => ({ k: 1, v: o.v })),
    '>=',
    1,
  );
  if (H !== undefined) {
    for (let tau = 0; tau < horizon; tau++) {
      const load: Term[] = [];
      for (const id of ids) {
        const e = byId.get(id)!.effortHours ?? 0;
        if (e <= 0) continue;
        for (const o of options.get(id)!)
          if (o.L > 0 && o.s <= tau && tau < o.s + o.L) load.push({ k: e / o.L, v: o.v });
      }
      row(load, '<=', H);
    }
  }
  const endTerms = target.map((o) => ({ k: o.s + o.L, v: o.v }));
  const costTerms = ids.flatMap((id) =>
    options.get(id)!.map((o) => ({ k: byId.get(id)!.cost, v: o.v })),
  );
  if (q.maxWeeks !== undefined) row(endTerms, '<=', q.maxWeeks);
  if (q.maxCost !== undefined) row(costTerms, '<=', q.maxCost);
  const objectiveTerms = objective === 'weeks' ? endTerms : costTerms;
  const vars = [...options.values()].flat().map((o) => o.v);
  const obj =
    objectiveTerms
      .filter((t) => t.k !== 0)
      .map((t) => `+ ${t.k} ${t.v}`)
      .join(' ') || '0 x0';
  const lp = [
    'Minimize',
    ` obj: ${obj}`,
    'Subject To',
    ...rows.map((r) => ` ${r}`),
    'Binary',
    ` ${[...vars, ...binaries, 'x0'].join(' ')}`,
    'End',
  ].join('\n');
  const highs = await loadHighs();
  const result = solveExactly(highs, lp);
  if (result.Status === 'Infeasible') return undefined;
  if (result.Status !== 'Optimal') throw new Error(`HiGHS: ${result.Status}`);
  const on = (v: string): boolean =>
    ((result.Columns[v] as { Primal?: number } | undefined)?.Primal ?? 0) > 0.5;
  let weeks = 0;
  for (const o of target) if (on(o.v)) weeks = o.s + o.L;
  let cost = 0;
  for (const id of ids) if (options.get(id)!.some((o) => on(o.v))) cost += byId.get(id)!.cost;
  return { value: objective === 'weeks' ? weeks : cost, weeks, cost };
}

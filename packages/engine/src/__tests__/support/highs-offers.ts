/**
 * Test support: the cheapest plan with offers (catalog-v2.md "Offers") as an integer programme solved
 * by HiGHS, sharing no code with the engine. It extends the constrained programme of
 * highs-constrained.ts (earned x_c, requirement rows; with periodic offers also its big-M finish
 * weeks f_c, a start being f_c − dur(c)) over the target's cone only, with, per usable offer o (its
 * `requires` met by the holdings): a binary t_o (taken) and per cone credential c it covers a binary
 * z_co (c paid by o), Σ_o z_co ≤ x_c, z_co ≤ t_o. Minimise Σ cost_c·x_c + Σ (price_co − cost_c)·z_co
 * + Σ one-off price_o·t_o + Σ periodic price_o·n_o, where for a periodic offer the integer n_o ≥ t_o
 * counts its periods and continuous a_o ≤ start_c + M(1 − z_co), b_o ≥ f_c − M(1 − z_co),
 * periodWeeks·n_o ≥ b_o − a_o bill its span. Continuous time, so no grid: every start ≥ the met week
 * is allowed, and finishes are bounded by M (the cone's total duration + 1), which loses no optimum
 * because a week in which no step runs can be cut out without lengthening any offer's span.
 */
import type { Catalog, Holding } from '@pathwise/core';
import type { Highs } from 'highs';
import { heldSet } from './held-set.js';
import type { Term } from './lp-rows.js';
import { loadHighs, solveExactly } from './highs-oracle.js';
import { programmeParts } from './highs-constrained.js';
import { credentialMap, metAt } from './requirement-met-at.js';

/** The query: cheapest with offers. */
export interface OffersQuestion {
  target: string;
  have: readonly Holding[];
  asOf: string;
}

/** A built programme: its LP text, and how many usable offers touch the cone. */
export interface OffersProgramme {
  lp: string;
  offers: number;
  periodic: boolean;
}

/**
 * Builds the programme (exported so that the benchmark can time building apart from solving).
 * @returns undefined when the target is held (cost 0)
 */
export function offersProgramme(catalog: Catalog, q: OffersQuestion): OffersProgramme | undefined {
  const byId = credentialMap(catalog);
  const held = heldSet(byId, q.have, q.asOf, catalog.format === 'pathwise.catalog/v2');
  if (held.has(q.target)) return undefined;
  const creditsOf = (id: string): number => byId.get(id)?.credits ?? 0;
  const heldAt = (id: string): number | undefined => (held.has(id) ? 0 : undefined);
  const cone = (id: string): boolean => byId.has(id) && !held.has(id);
  // Only offers whose requires the holdings meet and that cover some of the cone.
  const all = (catalog.offers ?? []).filter((o) => metAt(o.requires, { heldAt, creditsOf }) === 0);
  const probe = programmeParts(byId, held, q, false);
  const inCone = new Set(probe.ids);
  const usable = all.filter((o) => Object.keys(o.prices).some((c) => inCone.has(c) && cone(c)));
  const periodic = usable.some((o) => o.periodMonths !== undefined);
  const p = periodic ? programmeParts(byId, held, q, true) : probe;
  const objective: Term[] = [...p.cost];
  const generals: string[] = [];
  const bounds: string[] = [];
  const paidBy = new Map<string, Term[]>();
  usable.forEach((o, i) => {
    const t = `t${i}`;
    p.binaries.push(t);
    const period = o.periodMonths === undefined ? undefined : (o.periodMonths * 52) / 12;
    if (period === undefined) objective.push({ k: o.price, v: t });
    else {
      generals.push(`n${i}`);
      objective.push({ k: o.price, v: `n${i}` });
      p.row(
        [
          { k: 1, v: `n${i}` },
          { k: -1, v: t },
        ],
        '>=',
        0,
      );
      p.row(
        [
          { k: period, v: `n${i}` },
          { k: -1, v: `b${i}` },
          { k: 1, v: `a${i}` },
        ],
        '>=',
        0,
      );
    }
    for (const [c, price] of Object.entries(o.prices)) {
      const x = p.x.get(c);
      if (x === undefined) continue;
      const z = `z${i}_${x}`;
      p.binaries.push(z);
      objective.push({ k: price - byId.get(c)!.cost, v: z });
      p.row(
        [
          { k: 1, v: z },
          { k: -1, v: t },
        ],
        '<=',
        0,
      );
      paidBy.set(c, [...(paidBy.get(c) ?? []), { k: 1, v: z }]);
      if (period === undefined) continue;
      const f = p.f.get(c)!;
      const dur = byId.get(c)!.durationWeeks;
      // a ≤ f − dur + M(1 − z);  b ≥ f − M(1 − z)
      p.row(
        [
          { k: 1, v: `a${i}` },
          { k: -1, v: f },
          { k: p.big, v: z },
        ],
        '<=',
        p.big - dur,
      );
      p.row(
        [
          { k: 1, v: `b${i}` },
          { k: -1, v: f },
          { k: -p.big, v: z },
        ],
        '>=',
        -p.big,
      );
    }
  });
  for (const [c, zs] of paidBy) p.row([...zs, { k: -1, v: p.x.get(c)! }], '<=', 0);
  if (periodic) for (const f of p.f.values()) bounds.push(`${f} <= ${p.big}`);
  const lp = [
    'Minimize',
    ` obj: ${objective.map((t) => `${t.k < 0 ? '-' : '+'} ${Math.abs(t.k)} ${t.v}`).join(' ')}`,
    'Subject To',
    ...p.rows.map((r) => ` ${r}`),
    ...(bounds.length > 0 ? ['Bounds', ...bounds.map((b) => ` ${b}`)] : []),
    ...(generals.length > 0 ? ['General', ` ${generals.join(' ')}`] : []),
    'Binary',
    ` ${p.binaries.join(' ')}`,
    'End',
  ].join('\n');
  return { lp, offers: usable.length, periodic };
}

/**
 * Solves a built programme (gaps set to zero).
 * @returns the optimum cost, rounded to 1e-3 (big-M rows leave HiGHS's tolerances times M of slack)
 * @throws Error when HiGHS does not prove an optimum (a valid catalog always has a plan)
 */
export async function solveOffers(programme: OffersProgramme | undefined): Promise<number> {
  return solveOffersWith(await loadHighs(), programme);
}

/**
 * {@link solveOffers} on a loaded HiGHS, synchronously (the bench times the solve alone).
 * @param highs - the loaded HiGHS (loadHighs)
 * @param programme - the built programme; undefined when the target is held
 * @returns the optimum cost, rounded to 1e-3
 * @throws Error when HiGHS does not prove an optimum
 */
export function solveOffersWith(highs: Highs, programme: OffersProgramme | undefined): number {
  if (programme === undefined) return 0;
  const result = solveExactly(highs, programme.lp);
  if (result.Status !== 'Optimal') throw new Error(`HiGHS: ${result.Status}`);
  return Math.round(result.ObjectiveValue * 1e3) / 1e3;
}

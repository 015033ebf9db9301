/**
 * Test support: the cost-time Pareto set by brute force, sharing no code with the engine. Every
 * subset of the credentials the target's requirements reach (holdings dropped) is tried as the set
 * to earn: it is a plan when every member's requirement is met by the holdings and the other
 * members (each scheduled as early as that allows) and the target is in it; its cost is the sum,
 * its weeks the target's finish. The Pareto set is what no other plan matches or beats on both.
 * Exponential: for catalogs whose reachable part is small (≤ 14 credentials).
 */
import type { Catalog, Holding, Requirement } from '@pathwise/core';
import { heldSet } from './held-set.js';
import { closureOf, credentialMap, metAt } from './requirement-met-at.js';

/** One point of cost against weeks. */
export interface CostWeeks {
  cost: number;
  weeks: number;
}

/** The question, as the oracle reads it. */
export interface OracleQuery {
  target: string;
  have: readonly Holding[];
  asOf: string;
  maxWeeks?: number;
  maxCost?: number;
  exclude?: readonly string[];
}

/** @returns the number of credentials the oracle would enumerate subsets of */
export function oracleWidth(catalog: Catalog, query: OracleQuery): number {
  const byId = credentialMap(catalog);
  const held = heldSet(byId, query.have, query.asOf);
  return [...closureOf(byId, query.target)].filter((id) => !held.has(id)).length;
}

/**
 * @returns every plan's cost and weeks within the query's limits (one entry per distinct pair)
 */
export function allPlans(catalog: Catalog, query: OracleQuery): CostWeeks[] {
  const byId = credentialMap(catalog);
  const held = heldSet(byId, query.have, query.asOf);
  if (held.has(query.target)) return [{ cost: 0, weeks: 0 }];
  const excluded = new Set(query.exclude ?? []);
  const pool = [...closureOf(byId, query.target)].filter(
    (id) => !held.has(id) && !excluded.has(id),
  );
  if (!pool.includes(query.target)) return [];
  const seen = new Map<string, CostWeeks>();
  for (let mask = 0; mask < 1 << pool.length; mask++) {
    const earn = new Set(pool.filter((_, i) => (mask >> i) & 1));
    if (!earn.has(query.target)) continue;
    const end = new Map<string, number | undefined>();
    const endOf = (id: string): number | undefined => {
      if (held.has(id)) return 0;
      if (!earn.has(id)) return undefined;
      if (end.has(id)) return end.get(id);
      end.set(id, undefined); // acyclic catalogs: never read before it is set below
      const c = byId.get(id)!;
      const ready = metAt(c.requires, {
        heldAt: endOf,
        creditsOf: (x) => byId.get(x)?.credits ?? 0,
      });
      const done = ready === undefined ? undefined : ready + c.durationWeeks;
      end.set(id, done);
      return done;
    };
    let ok = true;
    let cost = 0;
    for (const id of earn) {
      if (endOf(id) === undefined) ok = false;
      cost += byId.get(id)!.cost;
    }
    if (!ok) continue;
    const weeks = endOf(query.target)!;
    if (query.maxWeeks !== undefined && weeks > query.maxWeeks) continue;
    if (query.maxCost !== undefined && cost > query.maxCost) continue;
    seen.set(`${cost}/${weeks}`, { cost, weeks });
  }
  return [...seen.values()];
}

/** @returns the plans no other plan matches or beats on both cost and weeks, by weeks ascending */
export function paretoSet(plans: readonly CostWeeks[]): CostWeeks[] {
  const sorted = [...plans].sort((a, b) => a.weeks - b.weeks || a.cost - b.cost);
  const out: CostWeeks[] = [];
  for (const p of sorted) if (out.length === 0 || p.cost < out[out.length - 1]!.cost) out.push(p);
  return out;
}

/**
 * The plans to a rule rather than a credential: `requires` becomes the requirement of one extra
 * credential (cost 0, 0 weeks) that is then the target.
 * @returns every plan's cost and weeks (see allPlans)
 */
export function plansToRule(
  catalog: Catalog,
  requires: Requirement,
  query: Omit<OracleQuery, 'target'>,
): CostWeeks[] {
  const id = 'oracle-rule';
  const expanded: Catalog = {
    ...catalog,
    credentials: [
      ...catalog.credentials,
      { id, name: 'Rule', kind: 'course', cost: 0, durationWeeks: 0, requires },
    ],
  };
  return allPlans(expanded, { ...query, target: id });
}

/**
 * Test support: the per-branch greedy planner a naive implementation would write, to document why
 * exactness matters. Each rule is costed as if its branches were independent trees (a credential
 * shared by two branches is paid for in each), any/atLeast take the locally cheapest children,
 * credits take the best cost-per-credit first; the chosen credentials are then unioned and paid once.
 */
import type { Catalog, Holding, Requirement } from '@pathwise/core';
import { heldSet } from './held-set.js';
import { credentialMap } from './requirement-met-at.js';

/**
 * @returns the cost of the union of what the per-branch greedy picks (always feasible, never below the optimum)
 */
export function greedyCheapest(
  catalog: Catalog,
  query: { target: string; have: readonly Holding[]; asOf: string },
): { totalCost: number; earn: Set<string> } {
  const byId = credentialMap(catalog);
  const held = heldSet(byId, query.have, query.asOf);
  type Pick = { cost: number; ids: string[] };
  const memo = new Map<string, Pick>();
  const credential = (id: string): Pick => {
    if (held.has(id)) return { cost: 0, ids: [] };
    const known = memo.get(id);
    if (known) return known;
    const c = byId.get(id)!;
    const below = c.requires === undefined ? { cost: 0, ids: [] } : rule(c.requires);
    const pick = { cost: c.cost + below.cost, ids: [id, ...below.ids] };
    memo.set(id, pick);
    return pick;
  };
  const sumOf = (picks: Pick[]): Pick => ({
    cost: picks.reduce((s, p) => s + p.cost, 0),
    ids: picks.flatMap((p) => p.ids),
  });
  const rule = (req: Requirement): Pick => {
    if (typeof req === 'string') return credential(req);
    if ('all' in req) return sumOf(req.all.map(rule));
    if ('any' in req)
      return sumOf(
        req.any
          .map(rule)
          .sort((a, b) => a.cost - b.cost)
          .slice(0, 1),
      );
    if ('atLeast' in req) {
      return sumOf(
        req.of
          .map(rule)
          .sort((a, b) => a.cost - b.cost)
          .slice(0, req.atLeast),
      );
    }
    const credits = (id: string): number =>
      held.has(id) ? Infinity : (byId.get(id)!.credits ?? 0);
    const rate = (id: string): number =>
      credits(id) === 0 ? Infinity : credential(id).cost / credits(id);
    const chosen: Pick[] = [];
    let sum = 0;
    for (const id of [...req.of].sort((a, b) => rate(a) - rate(b))) {
      if (sum >= req.credits) break;
      chosen.push(credential(id));
      sum += held.has(id) ? (byId.get(id)!.credits ?? 0) : credits(id);
    }
    return sumOf(chosen);
  };
  const earn = new Set(credential(query.target).ids);
  let totalCost = 0;
  for (const id of earn) totalCost += byId.get(id)!.cost;
  return { totalCost, earn };
}

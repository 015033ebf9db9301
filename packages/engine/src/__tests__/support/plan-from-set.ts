/**
 * Test support: turns a set of credentials to earn into a plan-v1 plan, each step as early as its
 * requirement allows, so the oracles' answers can be put through the same checker as the engine's.
 */
import type { Catalog, Holding } from '@pathwise/core';
import type { Objective, Plan, PlanStep } from '../../plan-types.js';
import { heldSet } from './held-set.js';
import { credentialMap, metAt, namedIds } from './requirement-met-at.js';

/**
 * @param earn - the credentials to earn (none held)
 * @returns the plan, steps ordered by startWeek (ties: by end, so zero-week prerequisites come first)
 * @throws Error when the set cannot be scheduled (a requirement is never met)
 */
export function planFromSet(
  catalog: Catalog,
  query: { target: string; have: readonly Holding[]; asOf: string; objective: Objective },
  earn: ReadonlySet<string>,
): Plan {
  const byId = credentialMap(catalog);
  const held = heldSet(byId, query.have, query.asOf);
  const start = new Map<string, number>();
  const end = new Map<string, number>();
  const endOf = (id: string): number | undefined => {
    if (held.has(id)) return 0;
    if (!earn.has(id)) return undefined;
    if (!end.has(id)) {
      const c = byId.get(id)!;
      const ready = metAt(c.requires, {
        heldAt: endOf,
        creditsOf: (x) => byId.get(x)?.credits ?? 0,
      });
      if (ready === undefined) throw new Error(`cannot schedule ${id}`);
      start.set(id, ready);
      end.set(id, ready + c.durationWeeks);
    }
    return end.get(id);
  };
  const order = [...earn].map((id) => ({ id, end: endOf(id)! }));
  // Topological rank breaks ties so a zero-week prerequisite is listed before what it enables.
  const depth = new Map<string, number>();
  const rank = (id: string): number => {
    if (!earn.has(id)) return 0;
    if (!depth.has(id))
      depth.set(id, 1 + Math.max(0, ...namedIds(byId.get(id)!.requires).map(rank)));
    return depth.get(id)!;
  };
  order.sort((a, b) => start.get(a.id)! - start.get(b.id)! || rank(a.id) - rank(b.id));
  const steps: PlanStep[] = order.map(({ id }) => ({
    credential: id,
    cost: byId.get(id)!.cost,
    startWeek: start.get(id)!,
    endWeek: end.get(id)!,
    satisfies: [...earn].filter((other) => namedIds(byId.get(other)!.requires).includes(id)),
  }));
  return {
    feasible: true,
    optimal: true,
    objective: query.objective,
    target: query.target,
    totalCost: steps.reduce((s, x) => s + x.cost, 0),
    totalWeeks: held.has(query.target) ? 0 : (end.get(query.target) ?? NaN),
    steps,
  };
}

/**
 * Test support: random feasible plans. From the target down, each rule picks a random way to be met
 * (any: one or more children, atLeast k: k or more, credits: a random order until the threshold),
 * and every credential picked that is not held is earned. Each plan is scheduled as early as its
 * requirements allow, which gives its cost and its finishing week: a witness no optimum may beat.
 */
import type { Catalog, Holding, Requirement } from '@pathwise/core';
import { heldSet } from './held-set.js';
import { credentialMap, metAt } from './requirement-met-at.js';

/** A feasible set of credentials to earn, its cost and the week the target is held. */
export interface SampledPlan {
  earn: Set<string>;
  totalCost: number;
  totalWeeks: number;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Samples one random feasible plan for the query.
 * @param random - the source of randomness (@pathwise/test-support's `prng`)
 * @returns the plan's credentials, cost and target week
 */
export function sampleFeasiblePlan(
  catalog: Catalog,
  query: { target: string; have: readonly Holding[]; asOf: string },
  random: () => number,
): SampledPlan {
  const byId = credentialMap(catalog);
  const held = heldSet(byId, query.have, query.asOf);
  const earn = new Set<string>();
  const take = (id: string): void => {
    if (held.has(id) || earn.has(id)) return;
    earn.add(id);
    const requires = byId.get(id)!.requires;
    if (requires !== undefined) meet(requires);
  };
  const meet = (req: Requirement): void => {
    if (typeof req === 'string') return take(req);
    if ('all' in req) return req.all.forEach(meet);
    if ('any' in req || 'atLeast' in req) {
      const list = 'any' in req ? req.any : req.of;
      const k = 'any' in req ? 1 : req.atLeast;
      const count = k + Math.floor(random() * random() * (list.length - k + 1));
      return shuffled(list, random).slice(0, count).forEach(meet);
    }
    let sum = 0;
    for (const id of shuffled(req.of, random)) {
      if (sum >= req.credits) break;
      take(id);
      sum += byId.get(id)!.credits ?? 0;
    }
  };
  take(query.target);
  // Schedule as early as possible within the chosen set.
  const end = new Map<string, number>();
  const endOf = (id: string): number | undefined => {
    if (held.has(id)) return 0;
    if (!earn.has(id)) return undefined;
    if (end.has(id)) return end.get(id);
    const credential = byId.get(id)!;
    const ready = metAt(credential.requires, {
      heldAt: endOf,
      creditsOf: (c) => byId.get(c)?.credits ?? 0,
    });
    if (ready === undefined) throw new Error(`sampled plan cannot start ${id}`);
    end.set(id, ready + credential.durationWeeks);
    return ready + credential.durationWeeks;
  };
  const totalWeeks = endOf(query.target)!;
  let totalCost = 0;
  for (const id of earn) totalCost += byId.get(id)!.cost;
  return { earn, totalCost, totalWeeks };
}

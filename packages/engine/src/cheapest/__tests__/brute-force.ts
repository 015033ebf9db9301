// Test helper: independent oracles for tiny catalogs, using core's requirement semantics only.
// cheapest: every subset of the non-held credentials; fastest: the memoised min/max recursion.
import type { Catalog } from '@pathwise/core';
import { isRequirementMet, requirementMetAt } from '@pathwise/core';

/** @returns the least total cost of a set that holds `target` (0 when held) */
export function bruteCheapest(catalog: Catalog, held: ReadonlySet<string>, target: string): number {
  if (held.has(target)) return 0;
  const free = catalog.credentials.filter((c) => !held.has(c.id));
  if (free.length > 20) throw new Error('too large for brute force');
  const creditsOf = (id: string): number =>
    catalog.credentials.find((c) => c.id === id)?.credits ?? 0;
  let best = Infinity;
  for (let mask = 0; mask < 1 << free.length; mask++) {
    const set = new Set(held);
    let cost = 0;
    for (let i = 0; i < free.length; i++) {
      if (mask & (1 << i)) {
        set.add(free[i]!.id);
        cost += free[i]!.cost;
      }
    }
    if (!set.has(target) || cost >= best) continue;
    const ok = free.every(
      (c, i) => !(mask & (1 << i)) || isRequirementMet(c.requires, set, creditsOf),
    );
    if (ok) best = cost;
  }
  return best;
}

/** @returns the earliest week `target` can be held */
export function recursionFastest(
  catalog: Catalog,
  held: ReadonlySet<string>,
  target: string,
): number {
  const byId = new Map(catalog.credentials.map((c) => [c.id, c]));
  const memo = new Map<string, number>();
  const at = (id: string): number => {
    if (held.has(id)) return 0;
    const known = memo.get(id);
    if (known !== undefined) return known;
    const c = byId.get(id)!;
    const met = requirementMetAt(c.requires, {
      heldAt: at,
      creditsOf: (x) => byId.get(x)?.credits ?? 0,
    });
    const t = (met ?? Infinity) + c.durationWeeks;
    memo.set(id, t);
    return t;
  };
  return at(target);
}

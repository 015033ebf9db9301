/**
 * Test support: the fastest-plan optimum by the exact min/max recursion, independent of the engine.
 * With unlimited parallel work, the earliest week credential c can be held is 0 when held, else the
 * week its requirement is first met (all: max, any: min, atLeast k: k-th smallest, credits: first
 * week the credits add up) over the children's earliest weeks, plus durationWeeks(c); never when it
 * is retired (catalog-v2) and not held. Memoised; the
 * requires relation is acyclic, so the recursion ends.
 */
import type { Catalog, Credential, Holding } from '@pathwise/core';
import { heldSet } from './held-set.js';
import { credentialMap, metAt } from './requirement-met-at.js';

/**
 * The earliest week every credential can be held, as a memoised function.
 * @param byId - the catalog's credentials
 * @param held - ids held at week 0
 * @returns earliest(id): the week, or undefined when it can never be held
 */
export function earliestWeeks(
  byId: ReadonlyMap<string, Credential>,
  held: ReadonlySet<string>,
): (id: string) => number | undefined {
  const memo = new Map<string, number | undefined>();
  const earliest = (id: string): number | undefined => {
    if (held.has(id)) return 0;
    if (memo.has(id)) return memo.get(id);
    const credential = byId.get(id);
    if (!credential || credential.retired === true) return undefined;
    const ready = metAt(credential.requires, {
      heldAt: earliest,
      creditsOf: (c) => byId.get(c)?.credits ?? 0,
    });
    const week = ready === undefined ? undefined : ready + credential.durationWeeks;
    memo.set(id, week);
    return week;
  };
  return earliest;
}

/**
 * @returns the least week at which the target can be held (the fastest plan's totalWeeks)
 * @throws Error when the target cannot be reached (never, for a valid catalog)
 */
export function fastestWeeks(
  catalog: Catalog,
  query: { target: string; have: readonly Holding[]; asOf: string },
): number {
  const byId = credentialMap(catalog);
  const v2 = catalog.format === 'pathwise.catalog/v2';
  const week = earliestWeeks(byId, heldSet(byId, query.have, query.asOf, v2))(query.target);
  if (week === undefined) throw new Error(`target ${query.target} cannot be reached`);
  return week;
}

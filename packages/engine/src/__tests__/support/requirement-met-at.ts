/**
 * Test support: an independent reading of catalog-v1's requirement semantics (written from the spec,
 * not from core or the engine) so the oracles and the plan checker do not share a bug with the planner.
 */
import type { Catalog, Credential, Requirement } from '@pathwise/core';

/** When each credential becomes held (undefined: never) and what it counts toward credits rules. */
export interface Timing {
  heldAt(id: string): number | undefined;
  creditsOf(id: string): number;
}

/**
 * The earliest week `req` is met: all → latest child, any → earliest, atLeast k → k-th earliest,
 * credits n → first week the held credits add up to n.
 * @param req - the rule; undefined means nothing is required (week 0)
 * @param timing - when each credential is held
 * @returns the week, or undefined when never met
 */
export function metAt(req: Requirement | undefined, timing: Timing): number | undefined {
  if (req === undefined) return 0;
  if (typeof req === 'string') return timing.heldAt(req);
  if ('all' in req) {
    let latest = 0;
    for (const child of req.all) {
      const t = metAt(child, timing);
      if (t === undefined) return undefined;
      latest = Math.max(latest, t);
    }
    return latest;
  }
  if ('any' in req)
    return kth(
      req.any.map((c) => metAt(c, timing)),
      1,
    );
  if ('atLeast' in req)
    return kth(
      req.of.map((c) => metAt(c, timing)),
      req.atLeast,
    );
  const held = req.of
    .map((id) => [timing.heldAt(id), timing.creditsOf(id)] as const)
    .filter((p): p is readonly [number, number] => p[0] !== undefined)
    .sort((a, b) => a[0] - b[0]);
  let sum = 0;
  for (const [t, credits] of held) {
    sum += credits;
    if (sum >= req.credits) return t;
  }
  return undefined;
}

function kth(times: (number | undefined)[], k: number): number | undefined {
  const known = times.filter((t): t is number => t !== undefined).sort((a, b) => a - b);
  return known.length >= k ? known[k - 1] : undefined;
}

/** @returns the credential ids a rule names, each once */
export function namedIds(req: Requirement | undefined): string[] {
  const out = new Set<string>();
  const walk = (r: Requirement): void => {
    if (typeof r === 'string') out.add(r);
    else if ('all' in r) r.all.forEach(walk);
    else if ('any' in r) r.any.forEach(walk);
    else if ('atLeast' in r) r.of.forEach(walk);
    else r.of.forEach((id) => out.add(id));
  };
  if (req !== undefined) walk(req);
  return [...out];
}

/** @returns the credentials by id */
export function credentialMap(catalog: Catalog): Map<string, Credential> {
  return new Map(catalog.credentials.map((c) => [c.id, c] as const));
}

/**
 * The target and every credential its requirements reach, transitively (what a plan may use).
 * @returns ids in no particular order
 */
export function closureOf(byId: ReadonlyMap<string, Credential>, target: string): Set<string> {
  const seen = new Set<string>();
  const stack = [target];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const child of namedIds(byId.get(id)?.requires)) stack.push(child);
  }
  return seen;
}

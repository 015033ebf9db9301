/**
 * One canonical form per requirement meaning-preserving rewrite, so imports and round trips can be
 * compared: a group of one item is that item; `atLeast` k of k is `all`, `atLeast` 1 is `any`; an
 * `all` directly inside an `all` (or `any` inside `any`) is merged into it; in every group, bare ids
 * come first, sorted, then nested groups, sorted by their JSON text. (`credits` lists keep their order.)
 */
import type { Requirement } from '@pathwise/core';
import { isAll, isAny, isAtLeast } from '@pathwise/core';

/**
 * @param req - a valid requirement
 * @returns the same rule in canonical form (a new tree; the input is not changed)
 */
export function canonicalRequirement(req: Requirement): Requirement {
  if (typeof req === 'string') return req;
  if (isAll(req)) return group(req.all.map(canonicalRequirement), 'all');
  if (isAny(req)) return group(req.any.map(canonicalRequirement), 'any');
  if (isAtLeast(req)) {
    const items = req.of.map(canonicalRequirement);
    if (req.atLeast === items.length) return group(items, 'all');
    if (req.atLeast === 1) return group(items, 'any');
    // Collapsing may leave an id twice in the group; the repeats stay wrapped as one-item groups,
    // which count the same and keep the group valid catalog-v1.
    const seen = new Set<string>();
    const of = items.map((i) =>
      typeof i !== 'string' ? i : seen.has(i) ? { all: [i] } : (seen.add(i), i),
    );
    return { atLeast: req.atLeast, of: idsFirst(of) };
  }
  return { credits: req.credits, of: [...req.of] };
}

function group(items: Requirement[], form: 'all' | 'any'): Requirement {
  const flat = items.flatMap((i) =>
    form === 'all' && typeof i === 'object' && isAll(i)
      ? i.all
      : form === 'any' && typeof i === 'object' && isAny(i)
        ? i.any
        : [i],
  );
  // An id twice in one all/any means the same as once (and catalog-v1 forbids it).
  const seen = new Set<string>();
  const unique = flat.filter((i) => typeof i !== 'string' || (!seen.has(i) && (seen.add(i), true)));
  if (unique.length === 1) return unique[0]!;
  const sorted = idsFirst(unique);
  return form === 'all' ? { all: sorted } : { any: sorted };
}

function idsFirst(items: Requirement[]): Requirement[] {
  const ids = items.filter((i): i is string => typeof i === 'string').sort(compare);
  const groups = items
    .filter((i) => typeof i !== 'string')
    .map((g) => [JSON.stringify(g), g] as const)
    .sort((a, b) => compare(a[0], b[0]))
    .map(([, g]) => g);
  return [...ids, ...groups];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

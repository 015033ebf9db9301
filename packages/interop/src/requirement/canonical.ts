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
  if (isAll(req)) return idGroup(req.all, 'all') ?? group(req.all.map(canonicalRequirement), 'all');
  if (isAny(req)) return idGroup(req.any, 'any') ?? group(req.any.map(canonicalRequirement), 'any');
  if (isAtLeast(req)) {
    if (req.atLeast !== req.of.length && req.atLeast !== 1) {
      const ids = distinctIds(req.of);
      if (ids !== undefined) return { atLeast: req.atLeast, of: sortIds(ids) };
    }
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

/**
 * `group` of a short list of distinct bare ids (most rules): the ids sorted, without the Set,
 * closure and lists of the general case (an import of 10^5 credentials made 40 MB less garbage).
 * @returns the group, or undefined when the general case is needed
 */
function idGroup(items: readonly Requirement[], form: 'all' | 'any'): Requirement | undefined {
  const ids = distinctIds(items);
  if (ids === undefined) return undefined;
  if (ids.length === 1) return ids[0]!;
  sortIds(ids);
  return form === 'all' ? { all: ids } : { any: ids };
}

/** @returns a copy of a short list of bare ids with no repeats, or undefined for any other list */
function distinctIds(items: readonly Requirement[]): string[] | undefined {
  if (items.length > SHORT) return undefined;
  for (let i = 0; i < items.length; i++) if (typeof items[i] !== 'string') return undefined;
  const ids = items.slice() as string[];
  return hasRepeat(ids) ? undefined : ids;
}

/** @returns whether a short list names an id twice (pairwise: a Set per rule was garbage) */
export function hasRepeat(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++)
    for (let j = 0; j < i; j++) if (ids[i] === ids[j]) return true;
  return false;
}

function group(items: Requirement[], form: 'all' | 'any'): Requirement {
  // An id twice in one all/any means the same as once (and catalog-v1 forbids it).
  const seen = new Set<string>();
  const unique: Requirement[] = [];
  const add = (i: Requirement): void => {
    if (typeof i !== 'string') unique.push(i);
    else if (!seen.has(i)) {
      seen.add(i);
      unique.push(i);
    }
  };
  for (const i of items) {
    if (form === 'all' && typeof i === 'object' && isAll(i)) i.all.forEach(add);
    else if (form === 'any' && typeof i === 'object' && isAny(i)) i.any.forEach(add);
    else add(i);
  }
  if (unique.length === 1) return unique[0]!;
  const sorted = idsFirst(unique);
  return form === 'all' ? { all: sorted } : { any: sorted };
}

function idsFirst(items: Requirement[]): Requirement[] {
  const ids: string[] = [];
  const groups: Requirement[] = [];
  for (const i of items) {
    if (typeof i === 'string') ids.push(i);
    else groups.push(i);
  }
  sortIds(ids);
  if (groups.length === 0) return ids;
  const keyed = groups.map((g) => [JSON.stringify(g), g] as const);
  keyed.sort((a, b) => compare(a[0], b[0]));
  const out: Requirement[] = ids;
  for (const [, g] of keyed) out.push(g);
  return out;
}

/** Lists this long or shorter are sorted by insertion. */
const SHORT = 16;

/**
 * Sorts ids in place. Why by hand: V8's Array.prototype.sort copies every list into a work array
 * first, and an import sorts a short list per rule: at 10^5 credentials those copies were 84 MB of
 * the 1.7 GB the import allocated. Insertion sort of a short list allocates nothing; longer lists
 * use sort.
 */
function sortIds(ids: string[]): string[] {
  if (ids.length > SHORT) return ids.sort(compare);
  for (let i = 1; i < ids.length; i++) {
    const id = ids[i]!;
    let j = i - 1;
    while (j >= 0 && ids[j]! > id) {
      ids[j + 1] = ids[j]!;
      j--;
    }
    ids[j + 1] = id;
  }
  return ids;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

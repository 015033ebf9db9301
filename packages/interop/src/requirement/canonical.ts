/**
 * One canonical form per requirement meaning-preserving rewrite, so imports and round trips can be
 * compared: a group of one item is that item; `atLeast` k of k is `all`, `atLeast` 1 is `any`; in
 * every group, bare ids come first (in their order), then nested groups (in theirs).
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
    return { atLeast: req.atLeast, of: idsFirst(items) };
  }
  return { credits: req.credits, of: [...req.of] };
}

function group(items: Requirement[], form: 'all' | 'any'): Requirement {
  if (items.length === 1) return items[0]!;
  const sorted = idsFirst(items);
  return form === 'all' ? { all: sorted } : { any: sorted };
}

function idsFirst(items: Requirement[]): Requirement[] {
  return [...items.filter((i) => typeof i === 'string'), ...items.filter((i) => typeof i !== 'string')];
}

/**
 * What every random-catalog generator needs to keep a generated rule valid under catalog-v1: no id
 * listed twice directly in one group, and a credits threshold no higher than its ids can reach.
 */
import type { Requirement } from '@pathwise/core';

/**
 * @param items - a group's members
 * @returns the members with repeated bare ids dropped (catalog-v1 forbids an id twice in one group)
 */
export function distinctIds(items: readonly Requirement[]): Requirement[] {
  const seen = new Set<string>();
  return items.filter((r) => typeof r !== 'string' || (!seen.has(r) && Boolean(seen.add(r))));
}

/**
 * @param members - a credits rule's members (ids, or indices of credentials)
 * @param creditsOf - the credits each member is worth (undefined: none)
 * @returns the most credits the members can give together
 */
export function creditsWithin<T>(
  members: readonly T[],
  creditsOf: (member: T) => number | undefined,
): number {
  return members.reduce((sum, m) => sum + (creditsOf(m) ?? 0), 0);
}

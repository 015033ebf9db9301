/**
 * How tables name a plan's target: a credential's name and id, or a target form in words, and what
 * reached a target form.
 */
import type { CatalogIndex } from '@pathwise/core';
import { targetText, type Plan, type Target } from '@pathwise/engine';

/**
 * @param target - the plan's target
 * @param index - the catalog, for names
 * @returns `Name (id)` for a credential, the form in words otherwise
 */
export function targetLabel(target: Target, index: CatalogIndex): string {
  if (typeof target !== 'string') return targetText(target);
  return `${index.byId.get(target)?.name ?? target} (${target})`;
}

/**
 * @param plan - a plan to a target form
 * @returns a line saying what reached it, or undefined for a credential target
 */
export function reachedLine(plan: Plan): string | undefined {
  const r = plan.reached;
  if (r === undefined) return undefined;
  if (r.skills !== undefined)
    return `reached: ${r.skills.map((s) => `${s.skill} by ${s.credential}`).join('; ')}`;
  return `reached: ${r.credentials.join(', ')}`;
}

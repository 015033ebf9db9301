/**
 * Renders a requirement as one readable line: all(a, any(b, c), 2 of (d, e, f)), credits 6 of (a, b).
 */
import type { Requirement } from '../model/types.js';
import { isAll, isAny, isAtLeast } from './walk.js';

/**
 * @param rule - a catalog-v1 requirement
 * @returns its one-line rendering
 */
export function requirementText(rule: Requirement): string {
  if (typeof rule === 'string') return rule;
  if (isAll(rule)) return `all(${rule.all.map(requirementText).join(', ')})`;
  if (isAny(rule)) return `any(${rule.any.map(requirementText).join(', ')})`;
  if (isAtLeast(rule)) return `${rule.atLeast} of (${rule.of.map(requirementText).join(', ')})`;
  return `credits ${rule.credits} of (${rule.of.join(', ')})`;
}

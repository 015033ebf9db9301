/**
 * A target in words, for tables, CSV cells and messages: the id of a credential, or its form, e.g.
 * `any of (a, b)`, `skills (python, sql)`, `recognised by (employer:x) of kind (certification)`.
 */
import type { Target } from './target-types.js';

/**
 * @param target - a query's target
 * @returns it as one line of text
 */
export function targetText(target: Target): string {
  if (typeof target === 'string') return target;
  if ('anyOf' in target) return `any of (${target.anyOf.join(', ')})`;
  if ('skills' in target) return `skills (${target.skills.join(', ')})`;
  const kinds = target.kinds === undefined ? '' : ` of kind (${target.kinds.join(', ')})`;
  return `recognised by (${target.recognizedBy.join(', ')})${kinds}`;
}

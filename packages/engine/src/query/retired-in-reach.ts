/**
 * Which retired credentials (catalog-v2 `retired`) a query must not earn: those its target's
 * requirement reaches through credentials that are not held. A retired credential is never a step;
 * one that is held still counts (and is not walked through), and one out of reach cannot matter,
 * so only these join the query's exclusions (resolve-query.ts). Iterative: chains may be 10^6 long.
 */
import type { CompactIndex } from '../compile/compact-index.js';

/**
 * @param index - the compact index
 * @param target - the query's target int
 * @param held - the credential ints that count as held
 * @returns the retired, non-held credential ints the target reaches (itself included), ascending;
 *   empty at once when the catalog retires nothing
 */
export function retiredInReach(
  index: CompactIndex,
  target: number,
  held: ReadonlySet<number>,
): number[] {
  if (index.retired.length === 0 || held.has(target)) return [];
  const retired = new Set(index.retired);
  const { depStart, deps } = index;
  const seen = new Set<number>([target]);
  const stack = [target];
  const found: number[] = [];
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (retired.has(c)) found.push(c);
    for (let j = depStart[c]!; j < depStart[c + 1]!; j++) {
      const d = deps[j]!;
      if (seen.has(d) || held.has(d)) continue;
      seen.add(d);
      stack.push(d);
    }
  }
  return found.sort((a, b) => a - b);
}

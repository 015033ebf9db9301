/**
 * The documented nesting limit every reader of user data keeps: JSON nested deeper than
 * MAX_NESTING levels, or rules (conditions within conditions, by embedding or by reference)
 * nested deeper than MAX_RULE_DEPTH, is refused with a TOO_DEEP fault instead of being walked by
 * recursion that could overflow the stack. Real CTDL and Open Badges documents nest about a dozen
 * levels; the limits leave ample room.
 */

/** JSON object / array nesting an importer reads. */
export const MAX_NESTING = 200;

/** Conditions within conditions (ComponentCondition, ConditionProfile alternatives). */
export const MAX_RULE_DEPTH = 64;

/**
 * Iteratively measures how deep a parsed JSON value nests, stopping once past the limit.
 * @param value - parsed JSON
 * @param limit - the depth to stop at
 * @returns the path of the first value nested deeper than `limit`, or undefined when none is
 */
export function firstTooDeep(value: unknown, limit: number = MAX_NESTING): string | undefined {
  interface Entry {
    v: unknown;
    depth: number;
    parent?: Entry;
    key?: string | number;
  }
  const stack: Entry[] = [{ v: value, depth: 0 }];
  while (stack.length > 0) {
    const e = stack.pop()!;
    const v = e.v;
    if (v === null || typeof v !== 'object') continue;
    if (e.depth >= limit) return pathOf(e);
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--)
        if (v[i] !== null && typeof v[i] === 'object')
          stack.push({ v: v[i], depth: e.depth + 1, parent: e, key: i });
    } else {
      for (const k in v) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== null && typeof x === 'object')
          stack.push({ v: x, depth: e.depth + 1, parent: e, key: k });
      }
    }
  }
  return undefined;

  function pathOf(e: Entry): string {
    const keys: (string | number)[] = [];
    for (let at: Entry | undefined = e; at?.key !== undefined; at = at.parent) keys.push(at.key);
    return (
      keys
        .reverse()
        .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
        .join('')
        .replace(/^\./, '') || '(root)'
    );
  }
}

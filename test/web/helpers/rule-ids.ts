// The credential ids a catalog rule names, found iteratively (a deep rule cannot overflow the stack):
// the tests' own reading of a rule, apart from the page's.

/** @returns every id the rule names, repeats kept */
export function ruleIds(rule: unknown): string[] {
  const out: string[] = [];
  const stack = [rule];
  while (stack.length) {
    const r = stack.pop();
    if (typeof r === 'string') out.push(r);
    else if (r && typeof r === 'object')
      for (const k of ['all', 'any', 'of'])
        if (k in r) stack.push(...(r as Record<string, unknown[]>)[k]!);
  }
  return out;
}

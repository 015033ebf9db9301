/**
 * canonicalRequirement as it was before its short-list path for bare ids (every group through
 * the general rewrite), kept for reference only: requirement-canonical.test.ts checks that the
 * package's version gives the same tree. Not used by the package.
 */
import type { Requirement } from '@pathwise/core';
import { isAll, isAny, isAtLeast } from '@pathwise/core';

/** @returns the requirement in canonical form, by the general rewrite alone */
export function referenceCanonical(req: Requirement): Requirement {
  if (typeof req === 'string') return req;
  if (isAll(req)) return group(req.all.map(referenceCanonical), 'all');
  if (isAny(req)) return group(req.any.map(referenceCanonical), 'any');
  if (isAtLeast(req)) {
    const items = req.of.map(referenceCanonical);
    if (req.atLeast === items.length) return group(items, 'all');
    if (req.atLeast === 1) return group(items, 'any');
    const seen = new Set<string>();
    const of = items.map((i) =>
      typeof i !== 'string' ? i : seen.has(i) ? { all: [i] } : (seen.add(i), i),
    );
    return { atLeast: req.atLeast, of: idsFirst(of) };
  }
  return { credits: req.credits, of: [...req.of] };
}

function group(items: Requirement[], form: 'all' | 'any'): Requirement {
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
  const ids = items.filter((i): i is string => typeof i === 'string').sort(compare);
  const groups = items
    .filter((i) => typeof i !== 'string')
    .map((g) => [JSON.stringify(g), g] as const)
    .sort((a, b) => compare(a[0], b[0]));
  return [...ids, ...groups.map(([, g]) => g)];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

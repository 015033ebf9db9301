/**
 * Requirement semantics (catalog-v1.md "Requirement"): whether a rule is met by what is held,
 * and the earliest week it is met when each credential becomes held at some week.
 */
import type { Requirement } from '../model/types.js';
import { isAll, isAny, isAtLeast } from './walk.js';

/** When each credential is held (week number, 0 = already) and how many credits it carries. */
export interface HeldAt {
  /** Week the credential becomes held; undefined when it never is. */
  heldAt(id: string): number | undefined;
  /** Credits the credential counts toward `credits` rules (0 when it has none). */
  creditsOf(id: string): number;
}

/**
 * The earliest week at which `req` is met.
 * all: the latest child; any: the earliest; atLeast k: the k-th earliest;
 * credits n: the first week at which the credits held add up to n.
 * @param req - the requirement; undefined means nothing is required (met at week 0)
 * @param at - when each credential is held
 * @returns the week, or undefined when it is never met
 */
export function requirementMetAt(req: Requirement | undefined, at: HeldAt): number | undefined {
  if (req === undefined) return 0;
  if (typeof req === 'string') return at.heldAt(req);
  if (isAll(req)) {
    let latest = 0;
    for (const child of req.all) {
      const t = requirementMetAt(child, at);
      if (t === undefined) return undefined;
      if (t > latest) latest = t;
    }
    return latest;
  }
  if (isAny(req)) {
    return kthEarliest(
      req.any.map((child) => requirementMetAt(child, at)),
      1,
    );
  }
  if (isAtLeast(req)) {
    return kthEarliest(
      req.of.map((child) => requirementMetAt(child, at)),
      req.atLeast,
    );
  }
  const times = req.of
    .map((id) => ({ t: at.heldAt(id), credits: at.creditsOf(id) }))
    .filter((x): x is { t: number; credits: number } => x.t !== undefined)
    .sort((a, b) => a.t - b.t);
  let sum = 0;
  for (const { t, credits } of times) {
    sum += credits;
    if (sum >= req.credits) return t;
  }
  return undefined;
}

/**
 * Whether `req` is met by a set of held credentials.
 * @param req - the requirement; undefined is always met
 * @param held - ids held now
 * @param creditsOf - credits of each credential
 */
export function isRequirementMet(
  req: Requirement | undefined,
  held: ReadonlySet<string>,
  creditsOf: (id: string) => number,
): boolean {
  return (
    requirementMetAt(req, {
      heldAt: (id) => (held.has(id) ? 0 : undefined),
      creditsOf,
    }) !== undefined
  );
}

function kthEarliest(times: (number | undefined)[], k: number): number | undefined {
  const defined = times.filter((t): t is number => t !== undefined).sort((a, b) => a - b);
  return defined.length >= k ? defined[k - 1] : undefined;
}

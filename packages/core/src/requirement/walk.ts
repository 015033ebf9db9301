/**
 * Structural helpers over a Requirement tree: which group a node is, and which ids it names.
 */
import type {
  AllRequirement,
  AnyRequirement,
  AtLeastRequirement,
  CreditsRequirement,
  Requirement,
} from '../model/types.js';

/** The group forms a requirement node can take, with `id` for a bare credential id. */
export type RequirementForm = 'id' | 'all' | 'any' | 'atLeast' | 'credits';

/** @returns which form a (valid) requirement node has */
export function requirementForm(req: Requirement): RequirementForm {
  if (typeof req === 'string') return 'id';
  if ('all' in req) return 'all';
  if ('any' in req) return 'any';
  if ('atLeast' in req) return 'atLeast';
  return 'credits';
}

/** @returns true when `req` is `{ all: [...] }` */
export const isAll = (req: Requirement): req is AllRequirement =>
  typeof req === 'object' && 'all' in req;
/** @returns true when `req` is `{ any: [...] }` */
export const isAny = (req: Requirement): req is AnyRequirement =>
  typeof req === 'object' && 'any' in req;
/** @returns true when `req` is `{ atLeast: k, of: [...] }` */
export const isAtLeast = (req: Requirement): req is AtLeastRequirement =>
  typeof req === 'object' && 'atLeast' in req;
/** @returns true when `req` is `{ credits: n, of: [...] }` */
export const isCredits = (req: Requirement): req is CreditsRequirement =>
  typeof req === 'object' && 'credits' in req;

/**
 * Every credential id a requirement names, each once, in first-seen order.
 * @param req - the requirement, or undefined for "nothing required"
 * @returns the distinct ids
 */
export function requirementIds(req: Requirement | undefined): string[] {
  const seen = new Set<string>();
  const visit = (r: Requirement): void => {
    if (typeof r === 'string') seen.add(r);
    else if (isAll(r)) r.all.forEach(visit);
    else if (isAny(r)) r.any.forEach(visit);
    else if (isAtLeast(r)) r.of.forEach(visit);
    else r.of.forEach((id) => seen.add(id));
  };
  if (req !== undefined) visit(req);
  return [...seen];
}

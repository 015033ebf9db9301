/**
 * The meaning of a target form as a requirement (plan-v2 "Targets: each target form has an exact
 * meaning as a requirement"), so that a plan to it is a plan to a credential with that requirement
 * and every planner stays exact without a special case:
 * - `{ anyOf: [a, b] }` → `{ any: [a, b] }`;
 * - `{ skills: [s, t] }` → `{ all: [{ any: [credentials listing s] }, { any: [… listing t] }] }`;
 * - `{ recognizedBy: [r], kinds: [k] }` → `{ any: [credentials of a kind k recognised by r] }`.
 * Skills and recognisers match exactly (ESCO and O*NET ids are case-sensitive URIs and codes).
 */
import type { Catalog, Requirement } from '@pathwise/core';
import type { TargetForm } from './target-types.js';

/** The requirement of a target form, or why nothing can meet it. */
export type GoalRequirement =
  { requirement: Requirement; reason?: undefined } | { requirement?: undefined; reason: string };

const quoted = (xs: readonly string[]): string => xs.map((x) => `"${x}"`).join(', ');

/**
 * @param catalog - the catalog the form is read against
 * @param form - a target form that passed checkTarget (its anyOf ids exist)
 * @returns its requirement, or the reason no credential can meet it
 */
export function goalRequirement(catalog: Catalog, form: TargetForm): GoalRequirement {
  if ('anyOf' in form) return { requirement: { any: [...new Set(form.anyOf)] } };
  if ('skills' in form) {
    const skills = [...new Set(form.skills)];
    const bySkill = new Map<string, string[]>(skills.map((s) => [s, []]));
    for (const c of catalog.credentials) for (const s of c.skills ?? []) bySkill.get(s)?.push(c.id);
    const none = skills.filter((s) => bySkill.get(s)!.length === 0);
    if (none.length > 0)
      return {
        reason: `no credential lists the skill${none.length > 1 ? 's' : ''} ${quoted(none)}`,
      };
    return { requirement: { all: skills.map((s) => ({ any: bySkill.get(s)! })) } };
  }
  const by = new Set(form.recognizedBy);
  const kinds = form.kinds === undefined ? undefined : new Set<string>(form.kinds);
  const ids = catalog.credentials
    .filter(
      (c) =>
        (kinds === undefined || kinds.has(c.kind)) && (c.recognizedBy ?? []).some((r) => by.has(r)),
    )
    .map((c) => c.id);
  if (ids.length === 0) {
    const of = form.kinds === undefined ? '' : ` of kind ${quoted(form.kinds)}`;
    return { reason: `no credential${of} is recognised by ${quoted(form.recognizedBy)}` };
  }
  return { requirement: { any: ids } };
}

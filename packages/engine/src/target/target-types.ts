/**
 * Targets beyond one credential (plan-v2 "Targets"): the forms a query's target may take, and what a
 * plan to one says it `reached`.
 */

/** `{ anyOf }`: whichever of these credentials is best. */
export interface AnyOfTarget {
  anyOf: string[];
}

/** `{ skills }`: for every skill, some credential that lists it is held at the end. */
export interface SkillsTarget {
  skills: string[];
}

/** `{ recognizedBy, kinds? }`: any credential (of those kinds) recognised by one of them. */
export interface RecognizedByTarget {
  recognizedBy: string[];
  kinds?: string[];
}

/** A target that is not one credential. */
export type TargetForm = AnyOfTarget | SkillsTarget | RecognizedByTarget;

/** What a query aims at: a credential id, or a target form. */
export type Target = string | TargetForm;

/** The keys a target form may have. */
export const TARGET_FORM_KEYS = ['anyOf', 'skills', 'recognizedBy', 'kinds'] as const;

/** What met a target form at the end of a plan. */
export interface Reached {
  /**
   * The credentials of the form the plan ends holding (earned or already held), earliest first: for
   * anyOf and recognizedBy its options, for skills the credentials covering some skill.
   */
  credentials: string[];
  /** For a skills target: each skill and the credential that covers it earliest. */
  skills?: { skill: string; credential: string }[];
}

/**
 * @param target - a query's target as given
 * @returns whether it is a target form (an object) rather than a credential id
 */
export function isTargetForm(target: unknown): target is TargetForm {
  return typeof target === 'object' && target !== null && !Array.isArray(target);
}

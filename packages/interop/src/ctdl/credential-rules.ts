/**
 * CTDL credential rules to catalog requirements: `ceterms:requires` ConditionProfiles on a
 * credential, assessment or learning opportunity.
 *
 * Meaning chosen here: several `requires` profiles are all required; a profile's targets
 * (`targetCredential`, `targetAssessment`, `targetLearningOpportunity`) are all required unless it
 * gives `requiredNumber`; its `alternativeCondition`s are alternatives to it ("any one path fulfils
 * the parent"), so a profile with alternatives is met by its own targets or by any alternative.
 */
import type { CredentialKind, Requirement } from '@pathwise/core';
import type { LdNode } from '../jsonld/normalise.js';
import { has, pathOf } from '../jsonld/read.js';
import { MAX_RULE_DEPTH } from '../json/nesting.js';
import type { RuleContext } from './rule-context.js';
import {
  allOf,
  countGroup,
  distinctTargets,
  requiredNumber,
  structuralNodes,
  targetIds,
} from './rule-context.js';

const TARGETS: [string, CredentialKind][] = [
  ['targetCredential', 'certificate'],
  ['targetAssessment', 'assessment'],
  ['targetLearningOpportunity', 'course'],
];

/**
 * @param ctx - the import's shared state
 * @param node - a credential, assessment or learning opportunity node
 * @returns what must be held before it can be started, or undefined for nothing
 */
export function credentialRequirement(ctx: RuleContext, node: LdNode): Requirement | undefined {
  const parts = structuralNodes(ctx, node, 'requires')
    .map((p) => profileRequirement(ctx, p, 1))
    .filter((r): r is Requirement => r !== undefined);
  return allOf(parts);
}

function profileRequirement(
  ctx: RuleContext,
  profile: LdNode,
  depth: number,
): Requirement | undefined {
  if (depth > MAX_RULE_DEPTH) {
    ctx.log.fault(
      'TOO_DEEP',
      profile.path,
      `alternative conditions nest more than ${MAX_RULE_DEPTH} levels deep`,
    );
    return undefined;
  }
  const ids = distinctTargets(
    ctx,
    TARGETS.flatMap(([term, kind]) => targetIds(ctx, profile, term, 'target', kind)),
    profile,
  );
  if (has(profile, 'targetCompetency')) {
    ctx.log.warn(
      'IGNORED_PROPERTY',
      pathOf(profile, 'targetCompetency'),
      'targetCompetency ignored: competencies are not catalog credentials, so this part of the condition is not enforced',
    );
  }
  let own: Requirement | undefined;
  const count = requiredNumber(ctx, profile);
  if (count === null) return undefined;
  if (count !== undefined && ids.length > 0) {
    const k = count.value;
    if (!Number.isInteger(k) || k < 1 || k > ids.length) {
      ctx.log.fault(
        'UNSUPPORTED_RULE',
        count.path,
        `requiredNumber ${k} must be a whole number from 1 to the ${ids.length} targets`,
      );
      return undefined;
    }
    own = countGroup(ids, k);
  } else {
    own = allOf(ids);
  }
  const alternatives = structuralNodes(ctx, profile, 'alternativeCondition')
    .map((a) => profileRequirement(ctx, a, depth + 1))
    .filter((r): r is Requirement => r !== undefined);
  const options = own === undefined ? alternatives : [own, ...alternatives];
  if (options.length === 0) {
    ctx.log.warn(
      'IGNORED_NODE',
      profile.path,
      'condition profile names no credential, assessment or learning opportunity; not enforced',
    );
    return undefined;
  }
  return options.length === 1 ? options[0] : { any: options };
}

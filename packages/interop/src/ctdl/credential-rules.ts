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
import { has, nodesOf, numbers, pathOf, targets } from '../jsonld/read.js';
import type { RuleContext } from './rule-context.js';
import { allOf, countGroup, targetIds } from './rule-context.js';

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
  const parts = nodesOf(ctx.graph, node, 'requires')
    .map((p) => profileRequirement(ctx, p))
    .filter((r): r is Requirement => r !== undefined);
  return allOf(parts);
}

function profileRequirement(ctx: RuleContext, profile: LdNode): Requirement | undefined {
  const ids = TARGETS.flatMap(([term, kind]) =>
    targetIds(ctx, targets(ctx.graph, profile, term), 'target', kind),
  );
  if (has(profile, 'targetCompetency')) {
    ctx.log.warn(
      'IGNORED_PROPERTY',
      pathOf(profile, 'targetCompetency'),
      'targetCompetency ignored: competencies are not catalog credentials, so this part of the condition is not enforced',
    );
  }
  let own: Requirement | undefined;
  const counts = numbers(profile, 'requiredNumber');
  if (counts.length > 0 && ids.length > 0) {
    const k = counts[0]!.value;
    if (!Number.isInteger(k) || k < 1 || k > ids.length) {
      ctx.log.fault(
        'UNSUPPORTED_RULE',
        counts[0]!.path,
        `requiredNumber ${k} must be a whole number from 1 to the ${ids.length} targets`,
      );
      return undefined;
    }
    own = countGroup(ids, k);
  } else {
    own = allOf(ids);
  }
  const alternatives = nodesOf(ctx.graph, profile, 'alternativeCondition')
    .map((a) => profileRequirement(ctx, a))
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

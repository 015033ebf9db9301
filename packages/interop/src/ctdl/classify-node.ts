/**
 * What a CTDL node imports as: a pathway, a pathway set, an organisation, or a credential
 * (component, credential class, or learning opportunity / assessment) of some kind. Open Badges
 * and Verifiable Credential types are recognised so they are never mistaken for CTDL credentials.
 */
import type { CredentialKind } from '@pathwise/core';
import type { ImportLog } from '../errors.js';
import type { LdNode } from '../jsonld/normalise.js';
import { ACTIVITY_KINDS, COMPONENT_KINDS, credentialKind, isCredentialClass } from './vocab.js';

/** How an importable node takes part: as a pathway component, a CTDL credential, or an activity. */
export type Role = 'component' | 'credential' | 'activity';

/** What classify decided. */
export type NodeClass =
  | 'pathway'
  | 'pathway-set'
  | 'org'
  | 'wallet'
  | { role: Role; kind: CredentialKind | 'credential' }
  | undefined;

/** Open Badges 2.0 / 3.0, CLR 2.0 and W3C VC types: a wallet, not a CTDL document. */
const WALLET_TYPES = new Set([
  'VerifiableCredential',
  'VerifiablePresentation',
  'OpenBadgeCredential',
  'AchievementCredential',
  'EndorsementCredential',
  'ClrCredential',
  'Assertion',
  'BadgeClass',
  'Achievement',
]);

/**
 * @param node - a normalised node
 * @param log - where unknown types are reported
 * @returns its class, or undefined for a node that imports as nothing
 */
export function classify(node: LdNode, log: ImportLog): NodeClass {
  for (const t of node.types) {
    if (t === 'Pathway') return 'pathway';
    if (t === 'PathwaySet') return 'pathway-set';
    if (/Organization$/.test(t)) return 'org';
    if (WALLET_TYPES.has(t)) return 'wallet';
    if (Object.hasOwn(COMPONENT_KINDS, t)) return { role: 'component', kind: COMPONENT_KINDS[t]! };
    if (Object.hasOwn(ACTIVITY_KINDS, t)) return { role: 'activity', kind: ACTIVITY_KINDS[t]! };
    if (isCredentialClass(t)) {
      const kind = credentialKind(t);
      if (!kind)
        log.warn(
          'UNKNOWN_TYPE',
          node.path,
          `credential class ${t} is not one Pathwise knows; imported as a certificate`,
        );
      return { role: 'credential', kind: kind ?? 'certificate' };
    }
  }
  const unknownComponent = node.types.find((t) => /Component$/.test(t) && t !== 'PathwayComponent');
  if (unknownComponent || node.types.includes('PathwayComponent')) {
    log.warn(
      'UNKNOWN_TYPE',
      node.path,
      `component type ${unknownComponent ?? 'PathwayComponent'} is not one Pathwise knows; imported as a course so its rules still hold`,
    );
    return { role: 'component', kind: 'course' };
  }
  return undefined;
}

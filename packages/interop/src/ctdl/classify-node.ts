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

/** What a list of types decides: the class, and the UNKNOWN_TYPE warning each such node gets. */
interface Decision {
  readonly cls: NodeClass;
  readonly warning: string | undefined;
}

/**
 * Decisions by type list. Nodes of one type in one scope share their (frozen) list, so a large
 * document is classified once per type, not once per node with a regular expression per type.
 */
const decided = new WeakMap<readonly string[], Decision>();

/**
 * @param node - a normalised node
 * @param log - where unknown types are reported
 * @returns its class, or undefined for a node that imports as nothing
 */
export function classify(node: LdNode, log: ImportLog): NodeClass {
  const shared = Object.isFrozen(node.types);
  let d = shared ? decided.get(node.types) : undefined;
  if (d === undefined) {
    d = decide(node.types);
    if (shared) decided.set(node.types, d);
  }
  if (d.warning !== undefined) log.warn('UNKNOWN_TYPE', node.path, d.warning);
  return d.cls;
}

function decide(types: readonly string[]): Decision {
  const is = (cls: NodeClass, warning?: string): Decision =>
    Object.freeze({ cls: typeof cls === 'object' ? Object.freeze(cls) : cls, warning });
  for (const t of types) {
    if (t === 'Pathway') return is('pathway');
    if (t === 'PathwaySet') return is('pathway-set');
    if (/Organization$/.test(t)) return is('org');
    if (WALLET_TYPES.has(t)) return is('wallet');
    if (Object.hasOwn(COMPONENT_KINDS, t))
      return is({ role: 'component', kind: COMPONENT_KINDS[t]! });
    if (Object.hasOwn(ACTIVITY_KINDS, t)) return is({ role: 'activity', kind: ACTIVITY_KINDS[t]! });
    if (isCredentialClass(t)) {
      const kind = credentialKind(t);
      return is(
        { role: 'credential', kind: kind ?? 'certificate' },
        kind
          ? undefined
          : `credential class ${t} is not one Pathwise knows; imported as a certificate`,
      );
    }
  }
  const unknownComponent = types.find((t) => /Component$/.test(t) && t !== 'PathwayComponent');
  if (unknownComponent || types.includes('PathwayComponent')) {
    return is(
      { role: 'component', kind: 'course' },
      `component type ${unknownComponent ?? 'PathwayComponent'} is not one Pathwise knows; imported as a course so its rules still hold`,
    );
  }
  return is(undefined);
}

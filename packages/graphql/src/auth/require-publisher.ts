/**
 * Write access: a mutation needs a publisher key (`Authorization: Bearer KEY`), and a key writes
 * only its own provider's credentials.
 */
import { PathwiseError } from '@pathwise/core';
import type { Principal } from '../context.js';

/**
 * @param principal - who is calling
 * @param provider - the provider the write is for; omitted: the key's own
 * @returns the provider the caller may write as
 * @throws PathwiseError UNAUTHENTICATED without a key or with an unknown key
 * @throws PathwiseError FORBIDDEN when the key belongs to another provider
 */
export function requirePublisher(principal: Principal, provider?: string): string {
  if (principal.kind === 'anonymous') {
    throw new PathwiseError(
      'UNAUTHENTICATED',
      'this operation needs a publisher key (Authorization: Bearer KEY)',
    );
  }
  if (principal.kind === 'invalid-key') {
    throw new PathwiseError('UNAUTHENTICATED', 'the publisher key is not valid');
  }
  if (provider !== undefined && provider !== principal.provider) {
    throw new PathwiseError(
      'FORBIDDEN',
      `this key publishes for provider "${principal.provider}", not "${provider}"`,
    );
  }
  return principal.provider;
}

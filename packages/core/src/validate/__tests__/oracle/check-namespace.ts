/**
 * Rule 1 of catalog-v2: credential ids, offer ids and aliases share one namespace, so a name a
 * holding, an import or a wallet uses means one thing. Credential ids are checked among themselves
 * by `checkUniqueIds` (as in v1); this adds offer ids, then aliases, against everything before them.
 */
import type { FaultList } from './faults.js';
import { childPath } from './faults.js';
import type { CredentialFacts } from './check-entries.js';
import type { OfferFacts } from './check-offer.js';

/**
 * Reports each offer id or alias that repeats a name used before it (credential ids first, then
 * offers, then aliases in document order), at the later place.
 * @param credentialIndex - each credential id and its index in `credentials`
 * @returns each alias that is unique, with the id of its credential
 */
export function checkNamespace(
  credentials: readonly CredentialFacts[],
  credentialIndex: ReadonlyMap<string, number>,
  offers: readonly OfferFacts[],
  faults: FaultList,
): Map<string, string> {
  // Names other than credential ids, with where they were first used.
  const others = new Map<string, string>();
  const claim = (name: string, path: string, what: string, owner: string[]): boolean => {
    const index = credentialIndex.get(name);
    const earlier =
      index === undefined ? others.get(name) : childPath(credentials[index]!.path, 'id');
    if (earlier === undefined) {
      others.set(name, path);
      return true;
    }
    faults.add(
      'DUPLICATE_ID',
      path,
      `${what} "${name}" is already used (at ${earlier}); credential ids, offer ids and aliases share one namespace`,
      [name, ...owner],
    );
    return false;
  };
  for (const offer of offers) {
    if (offer.id !== undefined) claim(offer.id, childPath(offer.path, 'id'), 'offer id', []);
  }
  const aliases = new Map<string, string>();
  for (const c of credentials) {
    if (c.v2.aliases.length === 0) continue;
    const owner = c.id ? [c.id] : [];
    for (const alias of c.v2.aliases) {
      if (claim(alias.value, alias.path, 'alias', owner) && c.id) aliases.set(alias.value, c.id);
    }
  }
  return aliases;
}

/**
 * Rule 1 of catalog-v2: credential ids, offer ids and aliases share one namespace, so a name a
 * holding, an import or a wallet uses means one thing. Credential ids are checked among themselves
 * by `checkUniqueIds` (as in v1); this adds offer ids, then aliases, against everything before them.
 */
import type { FaultList } from './faults.js';
import { childPath } from './faults.js';
import { isObject } from './check-fields.js';
import { isAlias } from './check-credential-v2.js';

/**
 * Reports each offer id or alias that repeats a name used before it (credential ids first, then
 * offers, then aliases in document order), at the later place.
 * @param credentials - the raw `credentials` entries (their aliases are read when `v2`)
 * @param credentialIndex - each credential id and its index in `credentials`
 * @param credentialIds - each credential's id, when valid
 * @param offerIds - each offer's id, when valid
 * @returns each alias that is unique, with the id of its credential
 */
export function checkNamespace(
  credentials: readonly unknown[],
  credentialIndex: ReadonlyMap<string, number>,
  credentialIds: readonly (string | undefined)[],
  offerIds: readonly (string | undefined)[],
  v2: boolean,
  faults: FaultList,
): Map<string, string> {
  // Names other than credential ids, with where they were first used: an offer (-1, its index) or
  // an alias (its credential's index, its place in `aliases`). Paths are formatted for faults only.
  const others = new Map<string, number>();
  const owners: number[] = [];
  const places: number[] = [];
  const pathOf = (slot: number): string =>
    owners[slot]! < 0
      ? childPath(childPath('offers', places[slot]!), 'id')
      : childPath(childPath(childPath('credentials', owners[slot]!), 'aliases'), places[slot]!);
  const claim = (name: string, owner: number, place: number, what: string): boolean => {
    const index = credentialIndex.get(name);
    const slot = index === undefined ? others.get(name) : undefined;
    if (index === undefined && slot === undefined) {
      others.set(name, owners.length);
      owners.push(owner);
      places.push(place);
      return true;
    }
    const earlier =
      index === undefined ? pathOf(slot!) : childPath(childPath('credentials', index), 'id');
    const ownerId = owner < 0 ? undefined : credentialIds[owner];
    const ids = ownerId === undefined ? [name] : [name, ownerId];
    faults.add(
      'DUPLICATE_ID',
      owner < 0
        ? childPath(childPath('offers', place), 'id')
        : childPath(childPath(childPath('credentials', owner), 'aliases'), place),
      `${what} "${name}" is already used (at ${earlier}); credential ids, offer ids and aliases share one namespace`,
      ids,
    );
    return false;
  };
  for (let i = 0; i < offerIds.length; i++) {
    const id = offerIds[i];
    if (id !== undefined) claim(id, -1, i, 'offer id');
  }
  const aliases = new Map<string, string>();
  if (!v2) return aliases;
  for (let i = 0; i < credentials.length; i++) {
    const c = credentials[i];
    if (!isObject(c) || !Array.isArray(c.aliases)) continue;
    const list: unknown[] = c.aliases;
    const id = credentialIds[i];
    for (let j = 0; j < list.length; j++) {
      const alias = list[j];
      if (isAlias(alias) && claim(alias, i, j, 'alias') && id !== undefined) aliases.set(alias, id);
    }
  }
  return aliases;
}

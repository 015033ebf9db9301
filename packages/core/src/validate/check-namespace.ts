/**
 * Rule 1 of catalog-v2: credential ids, offer ids and aliases share one namespace, so a name a
 * holding, an import or a wallet uses means one thing. Credential ids are checked among themselves
 * by `checkUniqueIds` (as in v1); this adds offer ids, then aliases, against everything before them.
 */
import type { FaultList } from './faults.js';
import { childPath } from './faults.js';
import { isAlias } from './check-credential-v2.js';

/**
 * Reports each offer id or alias that repeats a name used before it (credential ids first, then
 * offers, then aliases in document order), at the later place.
 * @param aliasLists - the `aliases` array of each credential that has one (v2), by the credential's
 *   index, in ascending order of index
 * @param credentialIndex - each credential id and its index in `credentials`
 * @param credentialIds - each credential's id, when valid
 * @param offerIds - each offer's id, when valid
 * @returns each alias that is unique, with the id of its credential
 */
export function checkNamespace(
  aliasLists: ReadonlyMap<number, readonly unknown[]>,
  credentialIndex: ReadonlyMap<string, number>,
  credentialIds: readonly (string | undefined)[],
  offerIds: readonly (string | undefined)[],
  v2: boolean,
  faults: FaultList,
): Map<string, string> {
  const claims = new NameClaims(credentialIndex, (i) => credentialIds[i], faults);
  for (let i = 0; i < offerIds.length; i++) {
    const id = offerIds[i];
    if (id !== undefined) claims.claim(id, -1, i, 'offer id');
  }
  const aliases = new Map<string, string>();
  if (!v2) return aliases;
  for (const [i, list] of aliasLists) {
    const id = credentialIds[i];
    for (let j = 0; j < list.length; j++) {
      const alias = list[j];
      if (isAlias(alias) && claims.claim(alias, i, j, 'alias') && id !== undefined)
        aliases.set(alias, id);
    }
  }
  return aliases;
}

/**
 * The namespace rule for names other than credential ids, claimed in document order (offers, then
 * aliases): the one place it is decided, for whole-catalog and incremental validation. Each name is
 * decided by its own claims only, so claiming a subset of names in document order gives their faults.
 */
export class NameClaims {
  // Names other than credential ids, with where they were first used: an offer (-1, its index) or
  // an alias (its credential's index, its place in `aliases`). Paths are formatted for faults only.
  private readonly others = new Map<string, number>();
  private readonly owners: number[] = [];
  private readonly places: number[] = [];

  /**
   * @param credentialIndex - each credential id and the index of its first entry
   * @param credentialId - the valid id of the credential at an index
   */
  constructor(
    private readonly credentialIndex: { get(id: string): number | undefined },
    private readonly credentialId: (index: number) => string | undefined,
    private readonly faults: FaultList,
  ) {}

  /**
   * Claims `name` for an offer id (`owner` -1, `place` its index) or an alias (`owner` its
   * credential's index, `place` its index in `aliases`).
   * @returns whether it was free (else a DUPLICATE_ID fault is reported at the later place)
   */
  claim(name: string, owner: number, place: number, what: string): boolean {
    const index = this.credentialIndex.get(name);
    const slot = index === undefined ? this.others.get(name) : undefined;
    if (index === undefined && slot === undefined) {
      this.others.set(name, this.owners.length);
      this.owners.push(owner);
      this.places.push(place);
      return true;
    }
    const earlier =
      index === undefined ? this.pathOf(slot!) : childPath(childPath('credentials', index), 'id');
    const ownerId = owner < 0 ? undefined : this.credentialId(owner);
    const ids = ownerId === undefined ? [name] : [name, ownerId];
    this.faults.add(
      'DUPLICATE_ID',
      placePath(owner, place),
      `${what} "${name}" is already used (at ${earlier}); credential ids, offer ids and aliases share one namespace`,
      ids,
    );
    return false;
  }

  private pathOf(slot: number): string {
    return placePath(this.owners[slot]!, this.places[slot]!);
  }
}

function placePath(owner: number, place: number): string {
  return owner < 0
    ? childPath(childPath('offers', place), 'id')
    : childPath(childPath(childPath('credentials', owner), 'aliases'), place);
}

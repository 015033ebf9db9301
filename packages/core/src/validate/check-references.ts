/**
 * Catalog-wide checks once every entry is known: unique ids, references that resolve, and credit
 * thresholds that the listed credentials can reach.
 */
import type { FaultList } from './faults.js';
import { childPath } from './faults.js';
import type { CredentialFacts, EntryFacts } from './check-entries.js';

/**
 * Reports every id used twice in one list (at the later entry) and @returns the first index of each id.
 */
export function checkUniqueIds(
  entries: readonly EntryFacts[],
  what: string,
  faults: FaultList,
): Map<string, number> {
  const first = new Map<string, EntryFacts>();
  for (const entry of entries) {
    if (entry.id === undefined) continue;
    const earlier = first.get(entry.id);
    if (earlier) {
      faults.add(
        'DUPLICATE_ID',
        childPath(entry.path, 'id'),
        `duplicate ${what} id "${entry.id}" (first at ${earlier.path})`,
        [entry.id],
      );
    } else first.set(entry.id, entry);
  }
  return new Map([...first].map(([id, e]) => [id, e.index]));
}

/**
 * Reports dangling credential and provider references and unreachable credit thresholds.
 * @param credentialIndex - each credential id and its index in `credentials`
 * @param providerIds - every provider id listed
 */
export function checkReferences(
  credentials: readonly CredentialFacts[],
  credentialIndex: ReadonlyMap<string, number>,
  providerIds: ReadonlySet<string>,
  faults: FaultList,
): void {
  for (const c of credentials) {
    const owner = c.id ? [c.id] : [];
    if (c.provider !== undefined && !providerIds.has(c.provider)) {
      faults.add(
        'DANGLING_PROVIDER',
        childPath(c.path, 'provider'),
        `provider "${c.provider}" is not listed in "providers"`,
        [c.provider, ...owner],
      );
    }
    if (!c.requires) continue;
    for (const ref of c.requires.refs) {
      if (!credentialIndex.has(ref.id)) {
        faults.add(
          'DANGLING_CREDENTIAL',
          ref.path,
          `requires "${ref.id}", which is not in the catalog`,
          [ref.id, ...owner],
        );
      }
    }
    for (const group of c.requires.creditGroups) {
      if (!group.of.every((id) => credentialIndex.has(id))) continue;
      const reachable = group.of.reduce(
        (sum, id) => sum + (credentials[credentialIndex.get(id)!]?.credits ?? 0),
        0,
      );
      if (reachable < group.credits) {
        faults.add(
          'UNREACHABLE_CREDITS',
          childPath(group.path, 'credits'),
          `needs ${group.credits} credits but its credentials carry only ${reachable} together`,
          [...owner, ...group.of],
        );
      }
    }
  }
}

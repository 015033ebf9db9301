/**
 * Catalog-wide checks once every entry is known: unique ids, references that resolve (from
 * requirements, v2 `renewal.by` and offers), and credit thresholds that the listed credentials can reach.
 */
import type { FaultList } from './faults.js';
import { childPath } from './faults.js';
import type { CredentialFacts, EntryFacts } from './check-entries.js';
import type { OfferFacts } from './check-offer.js';
import type { Located } from './check-credential-v2.js';
import type { RequirementFacts } from './check-requirement.js';

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
 * @param offers - the v2 offers (none in v1)
 * @param aliases - each alias and its credential's id, to hint where an alias is used as an id
 */
export function checkReferences(
  credentials: readonly CredentialFacts[],
  credentialIndex: ReadonlyMap<string, number>,
  providerIds: ReadonlySet<string>,
  offers: readonly OfferFacts[],
  aliases: ReadonlyMap<string, string>,
  faults: FaultList,
): void {
  const known = { credentials, credentialIndex, aliases, faults };
  for (const c of credentials) {
    const owner = c.id ? [c.id] : [];
    checkProvider(c.provider, c.path, owner, providerIds, faults);
    if (c.requires) checkRequirementRefs(c.requires, owner, known);
    checkCredentialRefs(c.v2.renewalBy, owner, known, 'is renewed by');
  }
  for (const offer of offers) {
    const owner = offer.id ? [offer.id] : [];
    checkProvider(offer.provider, offer.path, owner, providerIds, faults);
    checkCredentialRefs(offer.covers, owner, known, 'prices');
    if (offer.requires) checkRequirementRefs(offer.requires, owner, known);
  }
}

/** What the reference checks look ids up in. */
interface Known {
  credentials: readonly CredentialFacts[];
  credentialIndex: ReadonlyMap<string, number>;
  aliases: ReadonlyMap<string, string>;
  faults: FaultList;
}

function checkProvider(
  provider: string | undefined,
  path: string,
  owner: string[],
  providerIds: ReadonlySet<string>,
  faults: FaultList,
): void {
  if (provider === undefined || providerIds.has(provider)) return;
  faults.add(
    'DANGLING_PROVIDER',
    childPath(path, 'provider'),
    `provider "${provider}" is not listed in "providers"`,
    [provider, ...owner],
  );
}

function checkCredentialRefs(
  refs: readonly Located[],
  owner: string[],
  known: Known,
  verb: string,
): void {
  for (const ref of refs) {
    if (known.credentialIndex.has(ref.value)) continue;
    known.faults.add(
      'DANGLING_CREDENTIAL',
      ref.path,
      `${verb} "${ref.value}", ${notInCatalog(ref.value, known)}`,
      [ref.value, ...owner],
    );
  }
}

function notInCatalog(id: string, known: Known): string {
  const aliasOf = known.aliases.get(id);
  return aliasOf === undefined
    ? 'which is not in the catalog'
    : `which is an alias of "${aliasOf}": rules name credentials by id`;
}

function checkRequirementRefs(requires: RequirementFacts, owner: string[], known: Known): void {
  const { credentials, credentialIndex, faults } = known;
  for (const ref of requires.refs) {
    if (!credentialIndex.has(ref.id)) {
      faults.add(
        'DANGLING_CREDENTIAL',
        ref.path,
        `requires "${ref.id}", ${notInCatalog(ref.id, known)}`,
        [ref.id, ...owner],
      );
    }
  }
  for (const group of requires.creditGroups) {
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

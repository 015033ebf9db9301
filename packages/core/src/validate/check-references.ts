/**
 * Catalog-wide checks once every entry is known: unique ids, references that resolve (from
 * requirements, v2 `renewal.by` and offers), and credit thresholds that the listed credentials can
 * reach. The references are read again from the entries, through the same walk and rules as the
 * shape checks, rather than kept from them: nothing is held per entry or per reference.
 */
import type { FaultList } from './faults.js';
import { childPath } from './faults.js';
import type { EntryTable } from './check-entries.js';
import { isObject } from './check-fields.js';
import type { RequirementVisitor, RequirementWalker } from './check-requirement.js';
import { renewerOf } from './check-credential-v2.js';
import { isPricedId } from './check-offer.js';
import type { RequiresGraph } from './check-cycles.js';

/** The lists of a catalog that hold entries with ids. */
export type EntryList = 'providers' | 'credentials' | 'offers';

/**
 * Reports every id used twice in one list (at the later entry).
 * @returns each id and the index of its first entry
 */
export function checkUniqueIds(
  ids: readonly (string | undefined)[],
  list: EntryList,
  what: string,
  faults: FaultList,
): Map<string, number> {
  const first = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id === undefined) continue;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else {
      faults.add(
        'DUPLICATE_ID',
        childPath(childPath(list, i), 'id'),
        `duplicate ${what} id "${id}" (first at ${childPath(list, earlier)})`,
        [id],
      );
    }
  }
  return first;
}

/** Where the reference checks look ids up. */
export interface Known {
  credentials: EntryTable;
  credentialIndex: ReadonlyMap<string, number>;
  providerIds: ReadonlySet<string>;
  /** Each alias and its credential's id, to hint where an alias is used as an id. */
  aliases: ReadonlyMap<string, string>;
}

/**
 * Reports dangling credential and provider references and unreachable credit thresholds, entry by
 * entry: credentials, then offers; fills `graph` with each credential's resolved requirements.
 * @param credentials - the raw `credentials` entries
 * @param offers - the raw `offers` entries (none in v1)
 */
export function checkReferences(
  credentials: readonly unknown[],
  offers: readonly unknown[],
  offerTable: EntryTable,
  v2: boolean,
  known: Known,
  walker: RequirementWalker,
  graph: RequiresGraph,
  faults: FaultList,
): void {
  const refs = new ReferenceCheck(known, faults, graph);
  const at = faults.at;
  at.push('credentials');
  for (let i = 0; i < credentials.length; i++) {
    graph.open(i);
    const c = credentials[i];
    if (!isObject(c)) continue;
    at.push(i);
    const owner = known.credentials.ids[i];
    checkProvider(known.credentials.providers[i], owner, known.providerIds, faults);
    const ownsId = owner !== undefined && known.credentialIndex.get(owner) === i;
    if ('requires' in c) refs.requirement(c.requires, owner, walker, ownsId);
    if (v2 && isObject(c.renewal) && Array.isArray(c.renewal.by)) {
      const by: unknown[] = c.renewal.by;
      at.push('renewal');
      at.push('by');
      for (let j = 0; j < by.length; j++) {
        const id = renewerOf(by[j], owner);
        if (id !== undefined) refs.credential(id, owner, 'is renewed by', j);
      }
      at.truncate(at.depth - 2);
    }
    at.pop();
  }
  at.pop();
  at.push('offers');
  for (let i = 0; i < offers.length; i++) {
    const offer = offers[i];
    if (!isObject(offer)) continue;
    at.push(i);
    const owner = offerTable.ids[i];
    checkProvider(offerTable.providers[i], owner, known.providerIds, faults);
    if (isObject(offer.prices)) {
      at.push('prices');
      for (const key in offer.prices) {
        if (!Object.prototype.hasOwnProperty.call(offer.prices, key) || !isPricedId(key)) continue;
        refs.credential(key, owner, 'prices', key);
      }
      at.pop();
    }
    if ('requires' in offer) refs.requirement(offer.requires, owner, walker, false);
    at.pop();
  }
  at.pop();
}

/** A provider id at the entry at the cursor that names no listed provider. */
function checkProvider(
  provider: string | undefined,
  owner: string | undefined,
  providerIds: ReadonlySet<string>,
  faults: FaultList,
): void {
  if (provider === undefined || providerIds.has(provider)) return;
  faults.add(
    'DANGLING_PROVIDER',
    faults.at.path('provider'),
    `provider "${provider}" is not listed in "providers"`,
    owner === undefined ? [provider] : [provider, owner],
  );
}

/** The references of one entry: a visitor of its requirement walk. */
class ReferenceCheck implements RequirementVisitor {
  private owner: string | undefined;
  private groups = 0;
  private sumGroups = false;
  /** Whether the resolved references go into the requires graph (a credential owning its id). */
  private edges = false;

  constructor(
    private readonly known: Known,
    private readonly faults: FaultList,
    private readonly graph: RequiresGraph,
  ) {}

  /**
   * Checks the references of a `requires` below the entry at the cursor, then its credit groups.
   * @param edges - whether they are edges of the requires graph
   */
  requirement(
    requires: unknown,
    owner: string | undefined,
    walker: RequirementWalker,
    edges: boolean,
  ): void {
    this.owner = owner;
    this.edges = edges;
    this.groups = 0;
    this.sumGroups = false;
    this.faults.at.push('requires');
    walker.walk(requires, owner, this);
    if (this.groups > 0) {
      this.sumGroups = true;
      walker.walk(requires, owner, this);
    }
    this.faults.at.pop();
  }

  /** A credential id named at `key` below the cursor (a `renewal.by` item or a `prices` key). */
  credential(id: string, owner: string | undefined, verb: string, key: string | number): void {
    if (this.known.credentialIndex.has(id)) return;
    this.faults.add(
      'DANGLING_CREDENTIAL',
      this.faults.at.path(key),
      `${verb} "${id}", ${this.notInCatalog(id)}`,
      owner === undefined ? [id] : [id, owner],
    );
  }

  ref(id: string): void {
    if (this.sumGroups) return;
    const target = this.known.credentialIndex.get(id);
    if (target !== undefined) {
      if (this.edges) this.graph.add(target);
      return;
    }
    const owner = this.owner;
    this.faults.add(
      'DANGLING_CREDENTIAL',
      this.faults.at.path(),
      `requires "${id}", ${this.notInCatalog(id)}`,
      owner === undefined ? [id] : [id, owner],
    );
  }

  credits(credits: number, of: readonly string[]): void {
    if (!this.sumGroups) {
      this.groups++;
      return;
    }
    const { credentialIndex, credentials } = this.known;
    let reachable = 0;
    for (let i = 0; i < of.length; i++) {
      const index = credentialIndex.get(of[i]!);
      if (index === undefined) return;
      reachable += credentials.credits[index]!;
    }
    if (reachable >= credits) return;
    const owner = this.owner;
    this.faults.add(
      'UNREACHABLE_CREDITS',
      this.faults.at.path('credits'),
      `needs ${credits} credits but its credentials carry only ${reachable} together`,
      owner === undefined ? [...of] : [owner, ...of],
    );
  }

  private notInCatalog(id: string): string {
    const aliasOf = this.known.aliases.get(id);
    return aliasOf === undefined
      ? 'which is not in the catalog'
      : `which is an alias of "${aliasOf}": rules name credentials by id`;
  }
}

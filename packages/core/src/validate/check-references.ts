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
    else duplicateId(list, i, earlier, id, what, faults);
  }
  return first;
}

/**
 * Reports the id at `list[i]` as a repeat of the one at `list[earlier]`: the one form of the fault,
 * shared by whole-catalog and incremental validation.
 */
export function duplicateId(
  list: EntryList,
  i: number,
  earlier: number,
  id: string,
  what: string,
  faults: FaultList,
): void {
  faults.add(
    'DUPLICATE_ID',
    childPath(childPath(list, i), 'id'),
    `duplicate ${what} id "${id}" (first at ${childPath(list, earlier)})`,
    [id],
  );
}

/** Looking ids up: a Map, or an incremental validator's view of one. */
export interface IdLookup<V> {
  get(id: string): V | undefined;
  has(id: string): boolean;
}

/** Where the requires graph's edges go (the credential's resolved targets, in walk order). */
export interface EdgeSink {
  add(target: number): void;
}

/** Where the reference checks look ids up. */
export interface Known {
  /** Each credential id and the index of its first entry. */
  credentialIndex: IdLookup<number>;
  /** The finite `credits` of the credential at an index (0 when absent or bad). */
  creditsAt(index: number): number;
  providerIds: { has(id: string): boolean };
  /** Each alias and its credential's id, to hint where an alias is used as an id. */
  aliases: IdLookup<string>;
}

/**
 * Reports dangling credential and provider references and unreachable credit thresholds, entry by
 * entry: credentials, then offers; fills `graph` with each credential's resolved requirements.
 * @param credentials - the raw `credentials` entries
 * @param offers - the raw `offers` entries (none in v1)
 * @param each - told each credential entry that is an object, after its checks (the entry as read
 *   here, so a list that decodes on each read is read once)
 */
export function checkReferences(
  credentials: readonly unknown[],
  offers: readonly unknown[],
  credentialTable: EntryTable,
  offerTable: EntryTable,
  v2: boolean,
  known: Known,
  walker: RequirementWalker,
  graph: RequiresGraph,
  faults: FaultList,
  each?: (credential: Record<string, unknown>, index: number) => void,
): void {
  const refs = new EntryReferences(known, walker, faults);
  const at = faults.at;
  at.push('credentials');
  for (let i = 0; i < credentials.length; i++) {
    graph.open(i);
    const c = credentials[i];
    if (!isObject(c)) continue;
    at.push(i);
    const owner = credentialTable.ids[i];
    const ownsId = owner !== undefined && known.credentialIndex.get(owner) === i;
    refs.credential(c, owner, credentialTable.providers[i], v2, ownsId ? graph : undefined);
    at.pop();
    each?.(c, i);
  }
  at.pop();
  at.push('offers');
  for (let i = 0; i < offers.length; i++) {
    const offer = offers[i];
    if (!isObject(offer)) continue;
    at.push(i);
    refs.offer(offer, offerTable.ids[i], offerTable.providers[i]);
    at.pop();
  }
  at.pop();
}

/**
 * The reference checks of one entry at a time (the cursor at it), for whole-catalog validation and
 * for the entries an incremental validation rechecks.
 */
export class EntryReferences {
  private readonly refs: ReferenceCheck;

  constructor(
    private readonly known: Known,
    private readonly walker: RequirementWalker,
    private readonly faults: FaultList,
  ) {
    this.refs = new ReferenceCheck(known, faults);
  }

  /**
   * Checks the credential at the cursor.
   * @param owner - its valid id; @param provider - its valid provider id
   * @param edges - where its resolved requirements go, when it owns its id (else undefined)
   */
  credential(
    c: Record<string, unknown>,
    owner: string | undefined,
    provider: string | undefined,
    v2: boolean,
    edges: EdgeSink | undefined,
  ): void {
    const { faults, refs } = this;
    const at = faults.at;
    checkProvider(provider, owner, this.known.providerIds, faults);
    if ('requires' in c) refs.requirement(c.requires, owner, this.walker, edges);
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
  }

  /** Checks the offer at the cursor; @param owner - its valid id; @param provider - its provider */
  offer(
    offer: Record<string, unknown>,
    owner: string | undefined,
    provider: string | undefined,
  ): void {
    const { faults, refs } = this;
    const at = faults.at;
    checkProvider(provider, owner, this.known.providerIds, faults);
    if (isObject(offer.prices)) {
      at.push('prices');
      for (const key in offer.prices) {
        if (!Object.prototype.hasOwnProperty.call(offer.prices, key) || !isPricedId(key)) continue;
        refs.credential(key, owner, 'prices', key);
      }
      at.pop();
    }
    if ('requires' in offer) refs.requirement(offer.requires, owner, this.walker, undefined);
  }
}

/** A provider id at the entry at the cursor that names no listed provider. */
function checkProvider(
  provider: string | undefined,
  owner: string | undefined,
  providerIds: { has(id: string): boolean },
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
  /** Where the resolved references go (the requires graph, for a credential owning its id). */
  private edges: EdgeSink | undefined;

  constructor(
    private readonly known: Known,
    private readonly faults: FaultList,
  ) {}

  /**
   * Checks the references of a `requires` below the entry at the cursor, then its credit groups.
   * @param edges - where they go when they are edges of the requires graph
   */
  requirement(
    requires: unknown,
    owner: string | undefined,
    walker: RequirementWalker,
    edges: EdgeSink | undefined,
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
      this.edges?.add(target);
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
    const { credentialIndex } = this.known;
    let reachable = 0;
    for (let i = 0; i < of.length; i++) {
      const index = credentialIndex.get(of[i]!);
      if (index === undefined) return;
      reachable += this.known.creditsAt(index);
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

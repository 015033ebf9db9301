/**
 * What incremental validation keeps of a valid catalog (issue 14): its ids, aliases, offer and
 * provider ids by index, who names each credential (a reverse index, so a change finds the rules
 * that name the ids it touched), and upper bounds of its catalog-wide sums. Built once in one pass
 * (O(size); the reverse index on the first update that needs it), then advanced in place by each
 * validated update (O(change)). Kept in columns and typed arrays rather than an object per entry.
 */
import type { Catalog, CatalogFormat, Credential } from '../../model/types.js';
import type { CredentialPositions } from '../../model/catalog-change.js';
import { CATALOG_FORMAT, CATALOG_FORMAT_V2 } from '../../model/types.js';
import { FaultList } from '../faults.js';
import { isObject } from '../check-fields.js';
import { RequirementWalker } from '../check-requirement.js';
import { renewerOf } from '../check-credential-v2.js';
import { isPricedId } from '../check-offer.js';
import { eachFigure, summand, type Quantity } from '../check-sums.js';

const QUANTITIES: readonly Quantity[] = ['cost', 'weeks', 'effort', 'credits'];

/**
 * "Who names index t": the entries (credential or offer indices) whose rules name the credential at
 * t, as built (compressed rows) plus what later updates added. It may hold more than the truth (an
 * entry that no longer names t): rechecking an entry more is harmless, missing one is not.
 */
class Namers {
  private readonly extra = new Map<number, number[]>();

  constructor(
    private readonly offsets: Int32Array,
    private readonly sources: Int32Array,
  ) {}

  /** Calls `f` with each entry that names index `t` (possibly repeated). */
  forEach(t: number, f: (source: number) => void): void {
    if (t + 1 < this.offsets.length) {
      for (let e = this.offsets[t]!; e < this.offsets[t + 1]!; e++) f(this.sources[e]!);
    }
    const more = this.extra.get(t);
    if (more) for (const s of more) f(s);
  }

  /** Records that `source` names index `t`. */
  add(t: number, source: number): void {
    const more = this.extra.get(t);
    if (more) more.push(source);
    else this.extra.set(t, [source]);
  }
}

/** Builds Namers from (target, source) pairs by a counting sort. */
function namersOf(n: number, targets: number[], sources: number[]): Namers {
  const offsets = new Int32Array(n + 1);
  for (const t of targets) offsets[t + 1]!++;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const out = new Int32Array(targets.length);
  for (let e = 0; e < targets.length; e++) out[fill[targets[e]!]!++] = sources[e]!;
  return new Namers(offsets, out);
}

/**
 * The ids each credential's `requires` names (credits members included), as positions in compressed
 * rows: credential i names `named[start[i]]` up to `named[start[i + 1]]`. A compiled index has them
 * (the engine's `depStart` / `deps`); given them, the reverse index is a counting sort of typed
 * arrays instead of a walk of every rule.
 */
export interface RequiresRows {
  readonly start: Int32Array;
  readonly named: Int32Array;
}

/**
 * What a base would otherwise read every credential for, when the caller has it already (a store's
 * compiled index): with it and the positions, building a base reads no credential, so a catalog
 * decoded on demand stays undecoded.
 */
export interface CredentialLookups {
  /** Each alias and the position of its credential. */
  readonly aliases: Iterable<readonly [alias: string, position: number]>;
  /** The positions of the credentials with a `renewal`. */
  readonly renewals: Iterable<number>;
  /**
   * The sums over the credentials of each quantity's figures (cost and renewal cost, durationWeeks,
   * effortHours and renewal effortHours, credits): at least the true sums.
   */
  readonly sums: Readonly<Record<Quantity, number>>;
}

/** @returns Namers whose rows are the reverse of `rows`' (sources are the naming credentials) */
function reverseRows(rows: RequiresRows): Namers {
  const m = rows.start.length - 1;
  const offsets = new Int32Array(m + 1);
  const { start, named } = rows;
  const edges = start[m]!;
  for (let e = 0; e < edges; e++) offsets[named[e]! + 1]!++;
  for (let i = 0; i < m; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, m);
  const out = new Int32Array(edges);
  for (let i = 0; i < m; i++)
    for (let e = start[i]!; e < start[i + 1]!; e++) out[fill[named[e]!]!++] = i;
  return new Namers(offsets, out);
}

/**
 * Each credential id's index: a lookup the base was given (a compiled index's id map, exactly the
 * catalog's) or built, with the changes of later updates over it.
 */
class IdPositions implements CredentialPositions {
  /** Ids whose index changed since: their index, or -1 when they left. */
  private readonly changes = new Map<string, number>();

  constructor(private readonly given: CredentialPositions) {}

  get(id: string): number | undefined {
    const changed = this.changes.get(id);
    if (changed !== undefined) return changed < 0 ? undefined : changed;
    return this.given.get(id);
  }

  set(id: string, i: number): void {
    this.changes.set(id, i);
  }

  delete(id: string): void {
    this.changes.set(id, -1);
  }
}

/** A silent walk's visitor that collects the ids named. */
class Collect {
  constructor(private readonly into: string[]) {}
  ref(id: string): void {
    this.into.push(id);
  }
  credits(): void {}
}

/** The ids an entry names through its rules: `requires` (credits members too), renewals, prices. */
export function namedIds(
  entry: Record<string, unknown>,
  list: 'credentials' | 'offers',
  v2: boolean,
  walker: RequirementWalker,
  into: string[],
): void {
  if ('requires' in entry) walker.walk(entry.requires, undefined, new Collect(into));
  if (list === 'offers') {
    if (isObject(entry.prices))
      for (const key of Object.keys(entry.prices)) if (isPricedId(key)) into.push(key);
    return;
  }
  const owner = typeof entry.id === 'string' ? entry.id : undefined;
  if (v2 && isObject(entry.renewal) && Array.isArray(entry.renewal.by)) {
    for (const item of entry.renewal.by as unknown[]) {
      const id = renewerOf(item, owner);
      if (id !== undefined) into.push(id);
    }
  }
}

/** A valid catalog's lookups for incremental validation; see `validateCatalogUpdate`. */
export class ValidationBase {
  /** The catalog this base describes (advanced by each valid update). */
  catalog: Catalog;
  format: CatalogFormat;
  credentials: readonly Credential[];
  providers: readonly unknown[];
  offers: readonly unknown[];
  /** Each credential id and its index. */
  readonly idIndex: IdPositions;
  /** Each alias and the index of its credential. */
  readonly aliasOwner = new Map<string, number>();
  /** Each offer id and its index. */
  readonly offerIndex = new Map<string, number>();
  /** Upper bounds of the catalog-wide sums, per quantity (QUANTITIES order). */
  readonly sums = new Float64Array(QUANTITIES.length);
  /**
   * Who names each credential, built on the first question (from the catalog as it then is): a
   * publish of new credentials never asks (a valid catalog names no id it lacks), and building it
   * walks every rule of the catalog, most of a first publish's time into 10^6 credentials.
   */
  private named: { namers: Namers; offerNamers: Namers } | undefined;
  /** The catalog's `requires` rows when given, and the credentials changed since they were. */
  private requires: RequiresRows | undefined;
  private readonly sinceRequires: number[] = [];
  /** The credentials with a renewal when given (lookups), else found by walking them all. */
  private readonly renewals: Iterable<number> | undefined;

  /**
   * Builds the lookups of a catalog in one pass (who names what: when first asked).
   * @param catalog - a catalog that passed `validateCatalog` (not checked again)
   * @param positions - each of its credential ids' index, when the caller has it already (a store's
   *   compiled index): exactly the catalog's, never changed after; else a map is built here
   * @param requires - the ids each credential's `requires` names, as the same positions, when the
   *   caller has them (a store's compiled index): exactly the catalog's, never changed after; else
   *   the reverse index walks every rule
   * @param lookups - the aliases, renewals and sums of the catalog's credentials, when the caller has
   *   them with `positions` (a store's compiled index): then no credential is read here
   */
  constructor(
    catalog: Catalog,
    positions?: CredentialPositions,
    requires?: RequiresRows,
    lookups?: CredentialLookups,
  ) {
    this.catalog = catalog;
    this.requires =
      requires !== undefined && requires.start.length === catalog.credentials.length + 1
        ? requires
        : undefined;
    this.format = catalog.format === CATALOG_FORMAT_V2 ? CATALOG_FORMAT_V2 : CATALOG_FORMAT;
    this.credentials = catalog.credentials;
    this.providers = catalog.providers ?? [];
    this.offers = catalog.offers ?? [];
    const v2 = this.format === CATALOG_FORMAT_V2;
    const credentials = this.credentials;
    const built = positions === undefined ? new Map<string, number>() : undefined;
    this.idIndex = new IdPositions(positions ?? built!);
    const given = positions !== undefined ? lookups : undefined;
    this.renewals = given?.renewals;
    if (given !== undefined) {
      if (v2) for (const [alias, i] of given.aliases) this.aliasOwner.set(alias, i);
      QUANTITIES.forEach((q, k) => (this.sums[k] = given.sums[q]));
    }
    for (let i = 0; given === undefined && i < credentials.length; i++) {
      const c = credentials[i]!;
      built?.set(c.id, i);
      if (v2 && c.aliases) for (const alias of c.aliases) this.aliasOwner.set(alias, i);
      this.addFigures(c as unknown as Record<string, unknown>, 'credentials', v2);
    }
    for (let i = 0; i < this.offers.length; i++) {
      const offer = this.offers[i] as Record<string, unknown>;
      this.offerIndex.set(offer.id as string, i);
      this.addFigures(offer, 'offers', v2);
    }
  }

  /** @returns who names each credential, built from the current catalog when first asked */
  private namersNow(): { namers: Namers; offerNamers: Namers } {
    if (this.named !== undefined) return this.named;
    const v2 = this.format === CATALOG_FORMAT_V2;
    const walker = new RequirementWalker(new FaultList());
    const named: string[] = [];
    const pairs = (list: 'credentials' | 'offers', entries: readonly unknown[]): Namers => {
      const targets: number[] = [];
      const sources: number[] = [];
      for (let i = 0; i < entries.length; i++) {
        named.length = 0;
        namedIds(entries[i] as Record<string, unknown>, list, v2, walker, named);
        for (const id of named) {
          const t = this.idIndex.get(id);
          if (t === undefined) continue;
          targets.push(t);
          sources.push(i);
        }
      }
      return namersOf(this.credentials.length, targets, sources);
    };
    this.named = {
      namers:
        this.requires === undefined
          ? pairs('credentials', this.credentials)
          : this.namersFromRows(this.requires, v2),
      offerNamers: pairs('offers', this.offers),
    };
    return this.named;
  }

  /**
   * @returns who names each credential: the reverse of the given `requires` rows, then what their
   *   rows lack, walked: the credentials changed since the rows (their old rows stay: more than the
   *   truth is harmless) and every renewal's `by` ids
   */
  private namersFromRows(rows: RequiresRows, v2: boolean): Namers {
    const namers = reverseRows(rows);
    const walk = new Set(this.sinceRequires);
    if (v2 && this.renewals !== undefined) for (const i of this.renewals) walk.add(i);
    else if (v2)
      for (let i = 0; i < this.credentials.length; i++)
        if ((this.credentials[i] as { renewal?: unknown }).renewal !== undefined) walk.add(i);
    this.addNamed(namers, this.credentials, walk, v2);
    return namers;
  }

  /** Adds to `namers` the ids each credential at `indices` of `credentials` names (placed here). */
  private addNamed(
    namers: Namers,
    credentials: readonly Credential[],
    indices: Iterable<number>,
    v2: boolean,
  ): void {
    const walker = new RequirementWalker(new FaultList());
    const named: string[] = [];
    for (const i of indices) {
      named.length = 0;
      namedIds(
        credentials[i] as unknown as Record<string, unknown>,
        'credentials',
        v2,
        walker,
        named,
      );
      for (const id of named) {
        const t = this.idIndex.get(id);
        if (t !== undefined) namers.add(t, i);
      }
    }
  }

  /** The upper bound of the sum of `quantity`. */
  sum(quantity: Quantity): number {
    return this.sums[QUANTITIES.indexOf(quantity)]!;
  }

  /** Calls `f` with each credential index whose rules name the credential at `t` (maybe repeated). */
  credentialsNaming(t: number, f: (i: number) => void): void {
    this.namersNow().namers.forEach(t, f);
  }

  /** Calls `f` with each offer index whose rules name the credential at `t` (maybe repeated). */
  offersNaming(t: number, f: (i: number) => void): void {
    this.namersNow().offerNamers.forEach(t, f);
  }

  /**
   * Makes this base describe `next`, a valid catalog that differs from the current one only in the
   * credentials at `changed` (replaced or appended) and in providers appended.
   * @param next - the new catalog (it passed validation)
   * @param changed - the indices of the credentials that differ, ascending
   */
  advance(next: Catalog, changed: readonly number[]): void {
    const v2 = this.format === CATALOG_FORMAT_V2;
    const before = this.credentials;
    const moved = new Map<number, number>();
    for (const i of changed) {
      const old = before[i];
      if (old === undefined) continue;
      if (this.idIndex.get(old.id) === i) this.idIndex.delete(old.id);
      if (v2)
        for (const a of old.aliases ?? [])
          if (this.aliasOwner.get(a) === i) this.aliasOwner.delete(a);
    }
    for (const i of changed) {
      const c = next.credentials[i]!;
      const old = before[i];
      this.idIndex.set(c.id, i);
      if (v2) for (const a of c.aliases ?? []) this.aliasOwner.set(a, i);
      if (old !== undefined && old.id !== c.id) moved.set(i, -1);
    }
    for (const i of changed)
      this.addFigures(next.credentials[i] as unknown as Record<string, unknown>, 'credentials', v2);
    // Who names what, when built (else it is built from the catalog as it is when first asked).
    const built = this.named;
    // Rows name positions: an id that moved makes them wrong where it was, so they are dropped.
    if (built === undefined && moved.size > 0) this.requires = undefined;
    if (built === undefined && this.requires !== undefined) this.sinceRequires.push(...changed);
    if (built !== undefined) {
      const { namers, offerNamers } = built;
      // An id that moved to another index takes its namers along (kept at the old index too).
      for (const i of moved.keys()) {
        const to = this.idIndex.get(before[i]!.id);
        if (to !== undefined) namers.forEach(i, (s) => namers.add(to, s));
        if (to !== undefined) offerNamers.forEach(i, (s) => offerNamers.add(to, s));
      }
      this.addNamed(namers, next.credentials, changed, v2);
    }
    this.catalog = next;
    this.credentials = next.credentials;
    this.providers = next.providers ?? [];
    this.offers = next.offers ?? [];
  }

  /** Adds an entry's figures to the sums' upper bounds (never subtracted: they only bound). */
  private addFigures(
    entry: Record<string, unknown>,
    list: 'credentials' | 'offers',
    v2: boolean,
  ): void {
    eachFigure(entry, list, v2, (quantity, obj, key) => {
      const value = summand(obj, key);
      if (value !== undefined) this.sums[QUANTITIES.indexOf(quantity)]! += value;
    });
  }
}

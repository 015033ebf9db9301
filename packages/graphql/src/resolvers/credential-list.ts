/**
 * The credentials a Query.credentials filter keeps, as their positions in the catalog, kept per
 * catalog version so that paging through a large list costs one page a request, not one catalog scan
 * a page (the board's map reads 10^5 credentials in pages of 1,000: a scan a page made that
 * quadratic). Lists live as long as their catalog index (a WeakMap), at most LISTS_PER_INDEX filters
 * each, the oldest dropped first. Kind and provider are read off a compiled index's columns when it
 * has them; a skill or a text reads the credentials, in slices, letting other requests in between.
 * A page reads (and, read on demand, decodes) only its own credentials.
 */
import type { CatalogIndex, Credential } from '@pathwise/core';
import type { CredentialFilter } from './inputs.js';

/** A filtered list of a catalog version, in catalog order. */
export interface CredentialList {
  /** How many credentials it has. */
  readonly size: number;
  /** @returns its credentials `from..to-1` (fewer at its end) */
  slice(from: number, to: number): Credential[];
  /** The position of a credential id in the list, or undefined when the filter dropped it. */
  positionOf(id: string): number | undefined;
}

/** Filters remembered per catalog index. */
const LISTS_PER_INDEX = 16;

/** Credentials a filter reads between two turns of the event loop. */
const SLICE = 4096;

const lists = new WeakMap<CatalogIndex, Map<string, Promise<CredentialList>>>();

/**
 * @param index - the catalog version's index
 * @param filter - the query's filter (or none)
 * @param keep - the filter as a predicate (query-credentials.ts's matchesFilter)
 * @returns the credentials it keeps, computed once per index and filter (requests asking for a
 *   list being computed wait for that one)
 */
export function credentialList(
  index: CatalogIndex,
  filter: CredentialFilter | null | undefined,
  keep: (c: Credential) => boolean,
): Promise<CredentialList> {
  let byFilter = lists.get(index);
  if (!byFilter) lists.set(index, (byFilter = new Map()));
  const key = filterKey(filter);
  const known = byFilter.get(key);
  if (known) return known;
  const list = key === '' ? Promise.resolve(wholeCatalog(index)) : filtered(index, filter!, keep);
  if (byFilter.size >= LISTS_PER_INDEX) byFilter.delete(byFilter.keys().next().value!);
  byFilter.set(key, list);
  // A list that failed (a credential that could not be read) is not kept: the next request tries again.
  list.catch(() => {
    if (byFilter.get(key) === list) byFilter.delete(key);
  });
  return list;
}

/**
 * @param index - a catalog version's index
 * @param kinds - the kinds wanted
 * @returns the positions of the credentials of those kinds: off the compiled columns when the
 *   index has them, else read in slices
 */
export function positionsOfKinds(
  index: CatalogIndex,
  kinds: ReadonlySet<string>,
): Promise<Int32Array> {
  if (index.positionsWhere) return Promise.resolve(index.positionsWhere(kinds, null));
  return filterInSlices(index.catalog.credentials, (c) => kinds.has(c.kind));
}

/**
 * @param all - the catalog's credentials
 * @param keep - what to keep
 * @param among - the positions to read (all when not given)
 * @returns the positions of the credentials `keep` keeps, read in slices with a turn of the event
 *   loop between them: a filter over a national catalog reads (and, read on demand, decodes) every
 *   credential, seconds of work that would otherwise hold up every other request
 */
export async function filterInSlices(
  all: readonly Credential[],
  keep: (c: Credential) => boolean,
  among?: Int32Array,
): Promise<Int32Array> {
  const kept: number[] = [];
  const count = among?.length ?? all.length;
  for (let k = 0; k < count; k++) {
    if (k % SLICE === SLICE - 1) await new Promise<void>((resolve) => setImmediate(resolve));
    const i = among ? among[k]! : k;
    if (keep(all[i]!)) kept.push(i);
  }
  return Int32Array.from(kept);
}

/** @returns the list of a filter: kind and provider off the compiled columns where there are some */
async function filtered(
  index: CatalogIndex,
  filter: CredentialFilter,
  keep: (c: Credential) => boolean,
): Promise<CredentialList> {
  const all = index.catalog.credentials;
  const text = filter.text?.trim();
  const columns = index.positionsWhere && (filter.kind != null || filter.provider != null);
  const among = columns
    ? index.positionsWhere!(
        filter.kind != null ? new Set([filter.kind]) : null,
        filter.provider ?? null,
      )
    : undefined;
  const positions =
    among && filter.skill == null && !text ? among : await filterInSlices(all, keep, among);
  return positioned(index, positions);
}

/** @returns the whole catalog as a list */
function wholeCatalog(index: CatalogIndex): CredentialList {
  const all = index.catalog.credentials;
  // A compiled index knows each id's position: a cursor then decodes no credential.
  let positions: Map<string, number> | undefined;
  return {
    size: all.length,
    slice: (from, to) => all.slice(from, to),
    positionOf(id) {
      if (index.positionOf) return index.positionOf(id);
      positions ??= new Map(all.map((c, i) => [c.id, i] as const));
      return positions.get(id);
    },
  };
}

/** @returns the list of these catalog positions (ascending) */
function positioned(index: CatalogIndex, positions: Int32Array): CredentialList {
  const all = index.catalog.credentials;
  let byId: Map<string, number> | undefined;
  return {
    size: positions.length,
    slice: (from, to) => Array.from(positions.subarray(from, to), (i) => all[i]!),
    positionOf(id) {
      if (!index.positionOf) {
        // Built on the first cursor rather than on the first page.
        byId ??= new Map(Array.from(positions, (i, k) => [all[i]!.id, k] as const));
        return byId.get(id);
      }
      const at = index.positionOf(id);
      if (at === undefined) return undefined;
      const k = lowerBound(positions, at);
      return positions[k] === at ? k : undefined;
    },
  };
}

/** @returns the first k with sorted[k] >= x (sorted.length when none) */
function lowerBound(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** @returns a key equal for filters that keep the same credentials ('' for no filter) */
function filterKey(filter: CredentialFilter | null | undefined): string {
  const text = filter?.text?.trim().toLowerCase() || null;
  const parts = [filter?.kind ?? null, filter?.provider ?? null, filter?.skill ?? null, text];
  return parts.every((p) => p === null) ? '' : JSON.stringify(parts);
}

/**
 * The credentials a Query.credentials filter keeps, with each one's position, kept per catalog
 * version so that paging through a large list costs one page a request, not one catalog scan a page
 * (the board's map reads 10^5 credentials in pages of 1,000: a scan a page made that quadratic).
 * Lists live as long as their catalog index (a WeakMap), at most LISTS_PER_INDEX filters each, the
 * oldest dropped first. A filter reads the catalog in slices, letting other requests in between.
 */
import type { CatalogIndex, Credential } from '@pathwise/core';
import type { CredentialFilter } from './inputs.js';

/** A filtered list of a catalog version, in catalog order. */
export interface CredentialList {
  readonly credentials: readonly Credential[];
  /** The position of a credential id in `credentials`, or undefined when the filter dropped it. */
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
  const all = index.catalog.credentials;
  // The whole list is the catalog: a compiled index knows its positions, and then paging through
  // it decodes only the pages of a catalog read on demand (a filter reads every credential).
  const list =
    key === ''
      ? Promise.resolve(
          index.positionOf ? { credentials: all, positionOf: index.positionOf } : positioned(all),
        )
      : filterInSlices(all, keep).then(positioned);
  if (byFilter.size >= LISTS_PER_INDEX) byFilter.delete(byFilter.keys().next().value!);
  byFilter.set(key, list);
  // A list that failed (a credential that could not be read) is not kept: the next request tries again.
  list.catch(() => {
    if (byFilter.get(key) === list) byFilter.delete(key);
  });
  return list;
}

/**
 * @returns the credentials `keep` keeps, read in slices with a turn of the event loop between them:
 *   a filter over a national catalog reads (and, read on demand, decodes) every credential, seconds
 *   of work that would otherwise hold up every other request
 */
export async function filterInSlices(
  all: readonly Credential[],
  keep: (c: Credential) => boolean,
): Promise<Credential[]> {
  const kept: Credential[] = [];
  for (let i = 0; i < all.length; i++) {
    if (i % SLICE === SLICE - 1) await new Promise<void>((resolve) => setImmediate(resolve));
    const credential = all[i]!;
    if (keep(credential)) kept.push(credential);
  }
  return kept;
}

/** @returns a key equal for filters that keep the same credentials ('' for no filter) */
function filterKey(filter: CredentialFilter | null | undefined): string {
  const text = filter?.text?.trim().toLowerCase() || null;
  const parts = [filter?.kind ?? null, filter?.provider ?? null, filter?.skill ?? null, text];
  return parts.every((p) => p === null) ? '' : JSON.stringify(parts);
}

/** @returns the list, its positions built on the first cursor rather than on the first page */
function positioned(credentials: readonly Credential[]): CredentialList {
  let positions: Map<string, number> | undefined;
  return {
    credentials,
    positionOf(id) {
      positions ??= new Map(credentials.map((c, i) => [c.id, i] as const));
      return positions.get(id);
    },
  };
}

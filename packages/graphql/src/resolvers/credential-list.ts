/**
 * The credentials a Query.credentials filter keeps, with each one's position, kept per catalog
 * version so that paging through a large list costs one page a request, not one catalog scan a page
 * (the board's map reads 10^5 credentials in pages of 1,000: a scan a page made that quadratic).
 * Lists live as long as their catalog index (a WeakMap), at most LISTS_PER_INDEX filters each, the
 * oldest dropped first.
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

const lists = new WeakMap<CatalogIndex, Map<string, CredentialList>>();

/**
 * @param index - the catalog version's index
 * @param filter - the query's filter (or none)
 * @param keep - the filter as a predicate (query-credentials.ts's matchesFilter)
 * @returns the credentials it keeps, computed once per index and filter
 */
export function credentialList(
  index: CatalogIndex,
  filter: CredentialFilter | null | undefined,
  keep: (c: Credential) => boolean,
): CredentialList {
  let byFilter = lists.get(index);
  if (!byFilter) lists.set(index, (byFilter = new Map()));
  const key = filterKey(filter);
  const known = byFilter.get(key);
  if (known) return known;
  const all = index.catalog.credentials;
  const list = positioned(key === '' ? all : all.filter(keep));
  if (byFilter.size >= LISTS_PER_INDEX) byFilter.delete(byFilter.keys().next().value!);
  byFilter.set(key, list);
  return list;
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

/**
 * The whole catalog for the map, page by page (Query.credentials with its cursor), in pages as large
 * as the service allows: it asks for LARGE_PAGE first and, when the service refuses that size
 * (BAD_USER_INPUT: its `maxPageSize` is smaller, 100 by default), for MAP_PAGE_SIZE. Ten times fewer
 * round trips where a service allows 1000 matter for 10^5 credentials.
 */
import { ApiError, request } from '../api/client.js';
import type { Doc } from '../api/client.js';
import { MAP_PAGE, type MapCredential, type MapPageData } from '../api/map-documents.js';

/** The page size every service allows (the default `maxPageSize`). */
export const MAP_PAGE_SIZE = 100;
/** The page size tried first. */
export const LARGE_PAGE = 1000;

/**
 * @param onProgress - called after each page with how many were read of how many
 * @param document - the page document (MAP_PAGE, or MAP_METRICS_PAGE for the blocking factors)
 * @returns every credential of the catalog, in catalog order
 * @throws ApiError with the service's message when a page cannot be read
 */
export async function fetchCatalog<N = MapCredential>(
  onProgress: (read: number, total: number) => void = () => undefined,
  document: Doc<MapPageData<N>, { first: number; after: string | null }> = MAP_PAGE as never,
): Promise<N[]> {
  const all: N[] = [];
  let after: string | null = null;
  let first = LARGE_PAGE;
  for (;;) {
    let data: MapPageData<N>;
    try {
      data = await request(document, { first, after });
    } catch (e) {
      const refusedSize = e instanceof ApiError && e.codes.includes('BAD_USER_INPUT');
      if (!refusedSize || first === MAP_PAGE_SIZE) throw e;
      first = MAP_PAGE_SIZE;
      continue;
    }
    const page = data.credentials;
    all.push(...page.nodes);
    onProgress(all.length, page.totalCount);
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) return all;
    after = page.pageInfo.endCursor;
  }
}

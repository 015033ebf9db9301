/**
 * The whole catalog for the map, page by page (Query.credentials with its cursor), as many pages as
 * the service allows per request (`maxPageSize`, 100 by default).
 */
import { request } from '../api/client.js';
import type { Doc } from '../api/client.js';
import { MAP_PAGE, type MapCredential, type MapPageData } from '../api/map-documents.js';

/** The largest page the map asks for; the service may allow less (its error says so). */
export const MAP_PAGE_SIZE = 100;

/**
 * @param onProgress - called after each page with how many were read of how many
 * @param document - the page document (MAP_PAGE, or MAP_METRICS_PAGE for the blocking factors)
 * @returns every credential of the catalog, in catalog order
 */
export async function fetchCatalog<N = MapCredential>(
  onProgress: (read: number, total: number) => void = () => undefined,
  document: Doc<MapPageData<N>, { first: number; after: string | null }> = MAP_PAGE as never,
): Promise<N[]> {
  const all: N[] = [];
  let after: string | null = null;
  for (;;) {
    const data: MapPageData<N> = await request(document, { first: MAP_PAGE_SIZE, after });
    const page = data.credentials;
    all.push(...page.nodes);
    onProgress(all.length, page.totalCount);
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) return all;
    after = page.pageInfo.endCursor;
  }
}

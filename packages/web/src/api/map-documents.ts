/**
 * The board's catalog map document (typed like documents.ts and checked against the schema by
 * test/web/documents.test.ts): one page of credentials with what the map draws and colours.
 */
import { doc } from './client.js';
import type { RequirementJson } from './documents.js';

/** One credential as the map draws it. */
export interface MapCredential {
  id: string;
  name: string;
  provider: { id: string; name: string } | null;
  requiresJson: RequirementJson | null;
}

/** One credential's blocking factor, asked for only when the map is coloured by it. */
export interface MapMetric {
  id: string;
  metrics: { blockingFactor: number };
}

/** One page as the API answers it. */
export interface MapPageData<N = MapCredential> {
  credentials: {
    totalCount: number;
    nodes: N[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** What both map queries page by: the count and the cursor. */
const MAP_PAGE_INFO = /* GraphQL */ `
  fragment MapPageInfo on CredentialConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`;

/** A page of the catalog for the map. */
export const MAP_PAGE = doc<MapPageData, { first: number; after: string | null }>(/* GraphQL */ `
  query MapPage($first: Int!, $after: String) {
    credentials(first: $first, after: $after) {
      ...MapPageInfo
      nodes {
        id
        name
        provider {
          id
          name
        }
        requiresJson
      }
    }
  }
  ${MAP_PAGE_INFO}
`);

/**
 * A page of blocking factors. Apart from MAP_PAGE because the service computes the metrics of the
 * whole catalog on first use, which takes long on a large one: the map shows without them.
 */
export const MAP_METRICS_PAGE = doc<
  MapPageData<MapMetric>,
  { first: number; after: string | null }
>(/* GraphQL */ `
  query MapMetricsPage($first: Int!, $after: String) {
    credentials(first: $first, after: $after) {
      ...MapPageInfo
      nodes {
        id
        metrics {
          blockingFactor
        }
      }
    }
  }
  ${MAP_PAGE_INFO}
`);

/** The catalog version now served: the map's data is kept per version (load-map-data.ts). */
export const CATALOG_VERSION = doc<{ catalogVersion: number }, Record<string, never>>(
  /* GraphQL */ `
    query MapCatalogVersion {
      catalogVersion
    }
  `,
);

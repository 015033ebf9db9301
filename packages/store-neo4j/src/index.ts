/**
 * @pathwise/store-neo4j: the CatalogStore on Neo4j (neo4j-driver). Which store a service uses is the
 * service's choice (services/api's open-store.ts), not this package's.
 */
export { Neo4jCatalogStore } from './neo4j-catalog-store.js';
export type { Neo4jCatalogStoreOptions } from './neo4j-catalog-store.js';
export { DEFAULT_LEASE_MS } from './publish-lease.js';
export { connectNeo4j } from './connect.js';
export type { Neo4jConnection } from './connect.js';
export { dropCatalog } from './drop-catalog.js';
export { SCHEMA_STATEMENTS, ensureSchema } from './schema.js';
export { credentialPageQuery } from './read-catalog.js';
export { DELTA_RANGE_QUERIES } from './read-delta.js';

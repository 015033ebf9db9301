/**
 * @pathwise/store-neo4j: the CatalogStore on Neo4j (neo4j-driver), and the factory a service uses to
 * pick Neo4j or the file store from its environment.
 */
export { Neo4jCatalogStore } from './neo4j-catalog-store.js';
export type { Neo4jCatalogStoreOptions } from './neo4j-catalog-store.js';
export { connectNeo4j } from './connect.js';
export type { Neo4jConnection } from './connect.js';
export { openCatalogStore } from './open-catalog-store.js';
export type { OpenCatalogStoreOptions, CatalogStoreKind } from './open-catalog-store.js';
export { dropCatalog } from './drop-catalog.js';
export { SCHEMA_STATEMENTS, ensureSchema } from './schema.js';

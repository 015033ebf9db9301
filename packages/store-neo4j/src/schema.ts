/**
 * The uniqueness constraints and indexes of the Pathwise graph. Every node carries `catalog` (the
 * store's name), so several catalogs (tests, tenants) share one database. A credential id has one node
 * per version that wrote it (`from`), so `(catalog, id, from)` is unique; provider ids and requirement
 * rids (which carry their version) are unique per catalog.
 */
import type { Driver } from 'neo4j-driver';

/** Rules of earlier releases that the versioned graph must not have (one credential node per id). */
const DROPPED = ['pathwise_credential'];

/** Cypher schema statements, idempotent (IF NOT EXISTS). */
export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT pathwise_meta IF NOT EXISTS FOR (m:CatalogMeta) REQUIRE m.catalog IS UNIQUE',
  'CREATE CONSTRAINT pathwise_provider IF NOT EXISTS FOR (p:Provider) REQUIRE (p.catalog, p.id) IS UNIQUE',
  'CREATE CONSTRAINT pathwise_credential_version IF NOT EXISTS FOR (c:Credential) REQUIRE (c.catalog, c.id, c.from) IS UNIQUE',
  'CREATE INDEX pathwise_credential_id IF NOT EXISTS FOR (c:Credential) ON (c.catalog, c.id)',
  'CREATE INDEX pathwise_credential_from IF NOT EXISTS FOR (c:Credential) ON (c.catalog, c.from)',
  'CREATE INDEX pathwise_credential_to IF NOT EXISTS FOR (c:Credential) ON (c.catalog, c.to)',
  'CREATE CONSTRAINT pathwise_requirement IF NOT EXISTS FOR (r:Requirement) REQUIRE (r.catalog, r.rid) IS UNIQUE',
  'CREATE CONSTRAINT pathwise_change IF NOT EXISTS FOR (x:CatalogChange) REQUIRE (x.catalog, x.version) IS UNIQUE',
  'CREATE INDEX pathwise_requirement_owner IF NOT EXISTS FOR (r:Requirement) ON (r.catalog, r.owner)',
  'CREATE INDEX pathwise_credential_catalog IF NOT EXISTS FOR (c:Credential) ON (c.catalog)',
  'CREATE INDEX pathwise_requirement_catalog IF NOT EXISTS FOR (r:Requirement) ON (r.catalog)',
  'CREATE INDEX pathwise_provider_catalog IF NOT EXISTS FOR (p:Provider) ON (p.catalog)',
  'CREATE INDEX pathwise_change_catalog IF NOT EXISTS FOR (x:CatalogChange) ON (x.catalog)',
];

/**
 * Creates the constraints and indexes when missing and waits until they are online. Two processes
 * racing here is fine: an "already exists" answer counts as success.
 * @param driver - an open driver
 * @param database - the database name, or undefined for the default
 */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  // Already there (every open after the first): one read instead of ten schema commands.
  const { records } = await driver.executeQuery(
    `SHOW INDEXES YIELD name, state WHERE name STARTS WITH 'pathwise_' AND state = 'ONLINE'
     RETURN collect(name) AS names`,
    {},
    { database },
  );
  const online = new Set(records[0]?.get('names') as string[]);
  const wanted = SCHEMA_STATEMENTS.map((s) => /(pathwise_\w+)/.exec(s)?.[1]);
  const dropped = DROPPED.every((name) => !online.has(name));
  if (dropped && wanted.every((name) => name !== undefined && online.has(name))) return;
  for (const name of DROPPED)
    await driver.executeQuery(`DROP CONSTRAINT ${name} IF EXISTS`, {}, { database });
  for (const statement of SCHEMA_STATEMENTS) {
    try {
      await driver.executeQuery(statement, {}, { database });
    } catch (error) {
      const code = String((error as { code?: unknown }).code ?? '');
      if (!/AlreadyExists|EquivalentSchemaRule/.test(code)) throw error;
    }
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
}

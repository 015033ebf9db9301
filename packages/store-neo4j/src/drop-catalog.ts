/**
 * Deletes one catalog (all its nodes) from Neo4j, in batches; for tests, benchmarks and tenants leaving.
 */
import type { Driver } from 'neo4j-driver';
import { wrapDriverError } from './wrap-error.js';

/**
 * @param driver - an open driver
 * @param catalog - the catalog name
 * @param database - the database, or undefined for the default
 * @throws PathwiseError STORE_UNAVAILABLE
 */
export async function dropCatalog(
  driver: Driver,
  catalog: string,
  database?: string,
): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database });
  try {
    for (const label of ['Requirement', 'Credential', 'Provider', 'CatalogChange', 'CatalogMeta']) {
      await session.run(
        `MATCH (n:${label} {catalog: $catalog})
         CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
        { catalog },
      );
    }
  } catch (error) {
    throw wrapDriverError(error, 'drop catalog');
  } finally {
    await session.close();
  }
}

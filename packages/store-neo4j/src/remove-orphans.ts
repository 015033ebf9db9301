/**
 * Removes what a publish that never switched left behind (its writer was killed, or failed before the
 * switch): credential nodes and their requirement trees, providers and change-log nodes tagged with a
 * version above the published one, and the `to` marks it put on the published version's nodes. Every
 * node removed here is invisible to readers (they see only `from <= version`), so readers are never
 * disturbed; it runs in bounded batches under the publish lease, before the new publish writes.
 */
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { PublishLease } from './publish-lease.js';
import { leasedBatch } from './publish-lease.js';
import { toNumber } from './wrap-error.js';

const STATEMENTS = [
  `MATCH (c:Credential {catalog: $catalog}) USING INDEX SEEK c:Credential(catalog, from)
   WHERE c.from > $published
   WITH c LIMIT $limit
   OPTIONAL MATCH (c)-[:REQUIRES]->(root:Requirement)
   OPTIONAL MATCH (root)-[:OF*0..]->(r:Requirement)
   WITH c, collect(DISTINCT r) AS tree
   FOREACH (r IN tree | DETACH DELETE r)
   DETACH DELETE c
   RETURN count(*) AS n`,
  `MATCH (c:Credential {catalog: $catalog}) USING INDEX SEEK c:Credential(catalog, to)
   WHERE c.to > $published
   WITH c LIMIT $limit SET c.to = null RETURN count(*) AS n`,
  `MATCH (p:Provider {catalog: $catalog}) WHERE p.from > $published
   WITH p LIMIT $limit DETACH DELETE p RETURN count(*) AS n`,
  `MATCH (x:CatalogChange {catalog: $catalog}) WHERE x.version > $published
   WITH x LIMIT $limit DELETE x RETURN count(*) AS n`,
];

/**
 * @param driver - an open driver
 * @param lease - the lease this process holds (the orphans are above `lease.version - 1`)
 * @param limit - nodes per transaction
 * @returns how many nodes were removed or restored
 */
export async function removeOrphans(
  driver: Driver,
  lease: PublishLease,
  limit: number,
): Promise<number> {
  const params = { catalog: lease.catalog, published: lease.version - 1, limit: neo4j.int(limit) };
  let total = 0;
  for (const statement of STATEMENTS) {
    for (;;) {
      let n = 0;
      await leasedBatch(driver, lease, async (tx) => {
        const result = await tx.run(statement, params);
        n = toNumber(result.records[0]?.get('n') ?? 0);
      });
      total += n;
      if (n < limit) break;
    }
  }
  return total;
}

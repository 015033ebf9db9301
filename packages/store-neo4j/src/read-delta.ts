/**
 * Reads the changes of the graph since a version a process already holds, and applies them to its
 * catalog: the credential nodes written after it (with their requirement trees), the ids replaced or
 * retired after it, the providers added after it, and the catalog's top-level fields. A later version
 * then costs a process a read proportional to the change, not to the catalog (issue 14: "changes since
 * version N"). Nodes carry their version range (write-catalog.ts), which is what makes this a query.
 * Like a whole read, it takes each credential's `json`, and the requirement trees only of the nodes
 * written before that property.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Credential } from '@pathwise/core';
import type { CatalogSnapshot } from '@pathwise/store';
import {
  REQUIREMENT_COLUMNS,
  catalogOf,
  credentialsQuery,
  readCredentials,
  readMeta,
  readProviders,
  readRequirementNodes,
} from './read-catalog.js';
import { toNumber } from './wrap-error.js';

/**
 * Written after `$base`, and still current at `$version` (a seek of the `(catalog, from)` index: a
 * plain hint may scan the whole index, every catalog's every version, for a delta of a few nodes).
 */
const ADDED = `USING INDEX SEEK c:Credential(catalog, from)
  WHERE c.from > $base AND c.from <= $version AND (c.to IS NULL OR c.to > $version)`;

/** The nodes `$base` saw that a later version up to `$version` replaced or retired, with their place. */
const GONE = `MATCH (c:Credential {catalog: $catalog}) USING INDEX SEEK c:Credential(catalog, to)
  WHERE c.to > $base AND c.to <= $version AND coalesce(c.from, 0) <= $base
  RETURN c.id AS id, c.order AS order`;

/** The two range reads of a delta as run (parameters `catalog`, `base`, `version`), for plan checks. */
export const DELTA_RANGE_QUERIES = [credentialsQuery(ADDED), GONE];

/**
 * @param tx - a read transaction
 * @param catalog - the catalog name
 * @param base - the snapshot the process holds (not modified)
 * @returns the snapshot at the version read at the start, or undefined when the catalog is gone
 */
export async function readDelta(
  tx: ManagedTransaction,
  catalog: string,
  base: CatalogSnapshot,
): Promise<Delta | undefined> {
  const meta = await readMeta(tx, catalog);
  if (!meta) return undefined;
  if (meta.version === base.version) return { ...base, changed: [] };
  const params = { catalog, base: base.version, version: meta.version };
  const nodes = await readRequirementNodes(
    tx,
    `MATCH (c:Credential {catalog: $catalog}) ${ADDED}
     WITH c WHERE c.json IS NULL
     MATCH (c)-[:REQUIRES]->(:Requirement)-[:OF*0..]->(r:Requirement)
     MATCH (r)-[o:OF]->(t)
     RETURN ${REQUIREMENT_COLUMNS}`,
    params,
  );
  const added = await readCredentials(tx, ADDED, params, nodes);
  const goneResult = await tx.run(GONE, params);
  const gone = new Map(
    goneResult.records.map((r) => [r.get('id') as string, toNumber(r.get('order'))]),
  );
  const inPlace = new Map<string, Credential>();
  const appended: Credential[] = [];
  for (const { credential, order } of added) {
    // A replaced credential keeps its place; a new (or retired and published again) one comes last.
    if (gone.get(credential.id) === order) inPlace.set(credential.id, credential);
    else appended.push(credential);
  }
  const credentials: Credential[] = [];
  let changed: number[] | undefined = [];
  for (const credential of base.catalog.credentials) {
    const replacement = inPlace.get(credential.id);
    if (replacement) {
      changed?.push(credentials.length);
      credentials.push(replacement);
    } else if (!gone.has(credential.id)) credentials.push(credential);
    else changed = undefined; // it left its place (for the end, or for good): later ones move up
  }
  credentials.push(...appended);
  const providers = [
    ...(base.catalog.providers ?? []),
    ...(await readProviders(tx, catalog, base.version, meta.version)),
  ];
  return { version: meta.version, catalog: catalogOf(meta.props, providers, credentials), changed };
}

/** A snapshot read as a delta, and how its credentials stand to the base's. */
export interface Delta extends CatalogSnapshot {
  /**
   * The positions of the base's credentials that were replaced in place (the rest are the base's
   * own objects, in their places, and new ones come after them), or undefined when some credential
   * left its place, so that positions moved.
   */
  changed: number[] | undefined;
}

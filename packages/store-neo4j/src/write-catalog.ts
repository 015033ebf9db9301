/**
 * Writes one change (or a whole seed) into the graph inside a caller's transaction, in batched
 * `UNWIND` statements: new providers, replaced or new credentials with their requirement trees
 * (old trees deleted first), retired credentials, then the CatalogMeta version and the change log node.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Catalog, Credential, Provider } from '@pathwise/core';
import type { ChangeRecord } from '@pathwise/store';
import type { CredentialRows, Props } from './graph-rows.js';
import { catalogMetaProps, credentialRows, providerProps } from './graph-rows.js';

/** Everything one transaction writes. */
export interface WritePlan {
  catalog: string;
  /** Providers not in the graph yet, with their order. */
  newProviders: { provider: Provider; order: number }[];
  /** Credentials to create or replace; `order` is used only when the node is new. */
  upserts: { credential: Credential; order: number }[];
  /** Credential ids to delete. */
  retired: string[];
  /** The resulting catalog (its top-level fields go on CatalogMeta). */
  next: Catalog;
  version: number;
  nextOrder: number;
  /** The log record, absent for a seed. */
  record?: ChangeRecord;
  batchSize: number;
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

async function batched<T>(
  tx: ManagedTransaction,
  query: string,
  rows: T[],
  params: Record<string, unknown>,
  size: number,
): Promise<void> {
  for (const chunk of chunks(rows, size)) await tx.run(query, { ...params, rows: chunk });
}

/**
 * Runs every statement of the plan in `tx` (the caller commits).
 * @param tx - a write transaction that already holds the CatalogMeta lock
 * @param plan - what to write
 */
export async function writePlan(tx: ManagedTransaction, plan: WritePlan): Promise<void> {
  const p = { catalog: plan.catalog };
  const size = plan.batchSize;
  await batched(
    tx,
    'UNWIND $rows AS row CREATE (n:Provider) SET n = row, n.catalog = $catalog',
    plan.newProviders.map(({ provider, order }) => providerProps(provider, order)),
    p,
    size,
  );

  const replacedOrRetired = [...plan.upserts.map((u) => u.credential.id), ...plan.retired];
  await batched(
    tx,
    'UNWIND $rows AS id MATCH (r:Requirement {catalog: $catalog, owner: id}) DETACH DELETE r',
    replacedOrRetired,
    p,
    size,
  );
  await batched(
    tx,
    'UNWIND $rows AS id MATCH (c:Credential {catalog: $catalog, id: id}) DETACH DELETE c',
    plan.retired,
    p,
    size,
  );

  const rows: (CredentialRows & { order: number; provider: string | null })[] = plan.upserts.map(
    ({ credential, order }) => ({ ...credentialRows(credential), order, provider: credential.provider ?? null }),
  );
  await batched(
    tx,
    `UNWIND $rows AS row
     MERGE (c:Credential {catalog: $catalog, id: row.props.id})
     WITH c, row, c.order AS old
     SET c = row.props
     SET c.catalog = $catalog, c.order = coalesce(old, row.order)`,
    rows.map((r) => ({ props: r.props, order: r.order })),
    p,
    size,
  );
  await batched(
    tx,
    `UNWIND $rows AS row
     MATCH (n:Provider {catalog: $catalog, id: row.provider})
     MATCH (c:Credential {catalog: $catalog, id: row.id})
     MERGE (n)-[:ISSUES]->(c)`,
    rows.filter((r) => r.provider !== null).map((r) => ({ id: r.props.id, provider: r.provider })),
    p,
    size,
  );
  const requirements = rows.flatMap((r) => r.requirements);
  await batched(
    tx,
    `UNWIND $rows AS row
     CREATE (r:Requirement {catalog: $catalog, rid: row.rid, owner: row.owner, kind: row.kind})
     SET r.k = row.k, r.credits = row.credits`,
    requirements,
    p,
    size,
  );
  await batched(
    tx,
    `UNWIND $rows AS row
     MATCH (c:Credential {catalog: $catalog, id: row.owner})
     MATCH (r:Requirement {catalog: $catalog, rid: row.rid})
     CREATE (c)-[:REQUIRES]->(r)`,
    requirements.filter((r) => r.rid === `${r.owner}#r`).map((r) => ({ owner: r.owner, rid: r.rid })),
    p,
    size,
  );
  const edges = rows.flatMap((r) => r.edges);
  await batched(
    tx,
    `UNWIND $rows AS e
     MATCH (r:Requirement {catalog: $catalog, rid: e.from})
     MATCH (t:Credential {catalog: $catalog, id: e.to})
     CREATE (r)-[:OF {order: e.order}]->(t)`,
    edges.filter((e) => e.to !== null),
    p,
    size,
  );
  await batched(
    tx,
    `UNWIND $rows AS e
     MATCH (r:Requirement {catalog: $catalog, rid: e.from})
     MATCH (t:Requirement {catalog: $catalog, rid: e.child})
     CREATE (r)-[:OF {order: e.order}]->(t)`,
    edges.filter((e) => e.child !== null),
    p,
    size,
  );

  const meta: Props = { ...catalogMetaProps(plan.next), version: plan.version, nextOrder: plan.nextOrder };
  await tx.run('MATCH (m:CatalogMeta {catalog: $catalog}) SET m += $meta', { ...p, meta });
  if (plan.record) {
    await tx.run(
      'CREATE (:CatalogChange {catalog: $catalog, version: $version, change: $change, appliedAt: $appliedAt})',
      {
        ...p,
        version: plan.record.version,
        change: JSON.stringify(plan.record.change),
        appliedAt: plan.record.appliedAt,
      },
    );
  }
}

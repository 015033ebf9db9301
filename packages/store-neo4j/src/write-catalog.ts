/**
 * Writes one change (or a whole seed) into the graph inside a caller's transaction, in batched
 * `UNWIND` statements: new providers, replaced or new credentials with their requirement trees
 * (old trees deleted first), retired credentials (marked `retired`, never deleted: holdings of them
 * and rules naming them keep their meaning), then the CatalogMeta version and the change log node.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Catalog, Credential, Provider } from '@pathwise/core';
import type { ChangeRecord } from '@pathwise/store';
import type { CredentialRows, Props, RequirementRow } from './graph-rows.js';
import { catalogMetaProps, credentialRows, providerProps } from './graph-rows.js';

/** Everything one transaction writes. */
export interface WritePlan {
  catalog: string;
  /** Providers not in the graph yet, with their order. */
  newProviders: { provider: Provider; order: number }[];
  /** Credentials to create (`isNew`, at `order`) or replace (keeping their order). */
  upserts: { credential: Credential; order: number; isNew: boolean }[];
  /** Credential ids to mark retired (nothing is deleted). */
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

  await batched(
    tx,
    'UNWIND $rows AS id MATCH (r:Requirement {catalog: $catalog, owner: id}) USING INDEX r:Requirement(catalog, owner) DETACH DELETE r',
    plan.upserts.filter((u) => !u.isNew).map((u) => u.credential.id),
    p,
    size,
  );
  await batched(
    tx,
    'UNWIND $rows AS id MATCH (c:Credential {catalog: $catalog, id: id}) USING INDEX c:Credential(catalog, id) SET c.retired = true',
    plan.retired,
    p,
    size,
  );

  const rows: (CredentialRows & { order: number; provider: string | null; isNew: boolean })[] =
    plan.upserts.map(({ credential, order, isNew }) => ({
      ...credentialRows(credential),
      order,
      provider: credential.provider ?? null,
      isNew,
    }));
  // New credentials: CREATE with their issuer. Replaced ones keep their node (and so the OF edges
  // pointing at them) and their order; `+=` with every field present (null when absent) replaces all.
  await batched(
    tx,
    `UNWIND $rows AS row
     CREATE (c:Credential) SET c = row.props, c.catalog = $catalog, c.order = row.order
     WITH c, row WHERE row.provider IS NOT NULL
     MATCH (n:Provider {catalog: $catalog, id: row.provider}) USING INDEX n:Provider(catalog, id)
     CREATE (n)-[:ISSUES]->(c)`,
    rows
      .filter((r) => r.isNew)
      .map((r) => ({ props: r.props, order: r.order, provider: r.provider })),
    p,
    size,
  );
  await batched(
    tx,
    `UNWIND $rows AS row
     MATCH (c:Credential {catalog: $catalog, id: row.props.id}) USING INDEX c:Credential(catalog, id)
     SET c += row.props`,
    rows.filter((r) => !r.isNew).map((r) => ({ props: r.props })),
    p,
    size,
  );
  // Requirement groups are created with the edge from their parent, root first, one depth at a time,
  // each with its OF edges to credentials (`leaves`) in the same statement.
  const leaves = new Map<string, { to: string; order: number }[]>();
  for (const e of rows.flatMap((r) => r.edges)) {
    if (e.to === null) continue;
    const list = leaves.get(e.from) ?? [];
    list.push({ to: e.to, order: e.order });
    leaves.set(e.from, list);
  }
  const requirements = rows.flatMap((r) => r.requirements);
  const node = (r: RequirementRow) => ({
    rid: r.rid,
    owner: r.owner,
    kind: r.kind,
    k: r.k,
    credits: r.credits,
    parent: r.parent,
    order: r.order,
    leaves: leaves.get(r.rid) ?? [],
  });
  const createLeaves = `WITH r, row UNWIND row.leaves AS leaf
     MATCH (t:Credential {catalog: $catalog, id: leaf.to}) USING INDEX t:Credential(catalog, id)
     CREATE (r)-[:OF {order: leaf.order}]->(t)`;
  await batched(
    tx,
    `UNWIND $rows AS row
     MATCH (c:Credential {catalog: $catalog, id: row.owner}) USING INDEX c:Credential(catalog, id)
     CREATE (c)-[:REQUIRES]->(r:Requirement {catalog: $catalog, rid: row.rid, owner: row.owner, kind: row.kind})
     SET r.k = row.k, r.credits = row.credits
     ${createLeaves}`,
    requirements.filter((r) => r.parent === null).map(node),
    p,
    size,
  );
  const maxDepth = requirements.reduce((max, r) => Math.max(max, r.depth), 0);
  for (let depth = 1; depth <= maxDepth; depth++) {
    await batched(
      tx,
      `UNWIND $rows AS row
       MATCH (p:Requirement {catalog: $catalog, rid: row.parent}) USING INDEX p:Requirement(catalog, rid)
       CREATE (p)-[:OF {order: row.order}]->(r:Requirement {catalog: $catalog, rid: row.rid, owner: row.owner, kind: row.kind})
       SET r.k = row.k, r.credits = row.credits
       ${createLeaves}`,
      requirements.filter((r) => r.depth === depth).map(node),
      p,
      size,
    );
  }

  const meta: Props = {
    ...catalogMetaProps(plan.next),
    version: plan.version,
    nextOrder: plan.nextOrder,
  };
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

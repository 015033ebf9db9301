/**
 * Writes one change (or a whole seed) as version N of the graph, in bounded transactions, then
 * switches the version in one small transaction that touches only the CatalogMeta node.
 *
 * Every node carries the version range it belongs to: `from` (the version that wrote it) and `to`
 * (the version that replaced or retired it; null while current). Readers at version V see the nodes
 * with `from <= V < to`. A publish of version N creates new nodes with `from = N` and marks the
 * nodes it replaces with `to = N`; both are invisible to a reader at N - 1, so the batches can commit
 * one by one. Only the switch makes N visible, and by then every batch has committed and been applied.
 * (Neo4j applies one transaction's record changes before its index changes, so a reader can see part
 * of a large transaction; hence nothing a reader at the new version needs is written by the switch.)
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Catalog, Credential, Provider } from '@pathwise/core';
import type { ChangeRecord } from '@pathwise/store';
import type { Props, RequirementRow } from './graph-rows.js';
import { catalogMetaProps, credentialRows, providerProps, rootRid } from './graph-rows.js';
import type { PublishLease } from './publish-lease.js';
import { leasedBatch, renewLease } from './publish-lease.js';
import { sharedSession } from './connect.js';

/** Everything one version writes. */
export interface WritePlan {
  /** Providers not in the graph yet, with their order. */
  newProviders: { provider: Provider; order: number }[];
  /**
   * Credentials to create, or to replace (`replaces`: the catalog had it; the new node keeps the
   * replaced one's order); a retired credential is replaced by its `retired: true` form.
   */
  upserts: { credential: Credential; order: number; replaces: boolean }[];
  /** The resulting catalog (its top-level fields go on CatalogMeta). */
  next: Catalog;
  nextOrder: number;
  /** The log record, absent for a seed. */
  record?: ChangeRecord;
  /** Rows per transaction. */
  batchSize: number;
}

/** Fault-injection seam for crash tests: after each committed batch, and inside the switch. */
export type FaultHook = (stage: 'after-batch' | 'before-commit', batch: number) => Promise<void>;

const ISSUED_BY = `WITH c, row WHERE row.provider IS NOT NULL
  MATCH (n:Provider {catalog: $catalog, id: row.provider}) USING INDEX n:Provider(catalog, id)
  CREATE (n)-[:ISSUES]->(c)`;

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

// A credential the catalog had: its current node is marked replaced and the new one keeps its order.
const REPLACE_CREDENTIALS = `UNWIND $rows AS row
  OPTIONAL MATCH (old:Credential {catalog: $catalog, id: row.id})
    USING INDEX old:Credential(catalog, id)
    WHERE old.to IS NULL AND coalesce(old.from, 0) < $version
  SET old.to = $version
  CREATE (c:Credential) SET c = row.props, c.catalog = $catalog, c.from = $version,
    c.order = coalesce(old.order, row.order)
  ${ISSUED_BY}`;

// A credential the catalog did not have (every one of a seed): no node to look up or mark.
const CREATE_CREDENTIALS = `UNWIND $rows AS row
  CREATE (c:Credential) SET c = row.props, c.catalog = $catalog, c.from = $version,
    c.order = row.order
  ${ISSUED_BY}`;

// A leaf names a credential by id: the node current at the new version is the one not yet replaced
// (`to IS NULL`); the credential pass has already marked every node this version replaces.
const CREATE_LEAVES = `WITH r, row UNWIND row.leaves AS leaf
  MATCH (t:Credential {catalog: $catalog, id: leaf.to}) USING INDEX t:Credential(catalog, id)
  WHERE t.to IS NULL
  CREATE (r)-[:OF {order: leaf.order}]->(t)`;

const CREATE_ROOTS = `UNWIND $rows AS row
  MATCH (c:Credential {catalog: $catalog, id: row.owner}) USING INDEX c:Credential(catalog, id)
  WHERE c.from = $version
  CREATE (c)-[:REQUIRES]->(r:Requirement {catalog: $catalog, rid: row.rid, owner: row.owner, kind: row.kind})
  SET r.k = row.k, r.credits = row.credits
  ${CREATE_LEAVES}`;

const CREATE_CHILDREN = `UNWIND $rows AS row
  MATCH (p:Requirement {catalog: $catalog, rid: row.parent}) USING INDEX p:Requirement(catalog, rid)
  CREATE (p)-[:OF {order: row.order}]->(r:Requirement {catalog: $catalog, rid: row.rid, owner: row.owner, kind: row.kind})
  SET r.k = row.k, r.credits = row.credits
  ${CREATE_LEAVES}`;

/** The statements of one version, each with its rows, in the order they must run. */
function statementsOf(plan: WritePlan, version: number): { query: string; rows: unknown[] }[] {
  const rows = plan.upserts.map(({ credential, order, replaces }) => ({
    ...credentialRows(credential, rootRid(credential.id, version)),
    order,
    replaces,
    provider: credential.provider ?? null,
  }));
  const credentials = rows.map((r) => ({
    id: r.props.id,
    props: r.props,
    order: r.order,
    provider: r.provider,
    replaces: r.replaces,
  }));
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
  const maxDepth = requirements.reduce((max, r) => Math.max(max, r.depth), 0);
  const out = [
    {
      query: `UNWIND $rows AS row CREATE (n:Provider) SET n = row, n.catalog = $catalog, n.from = $version`,
      rows: plan.newProviders.map(({ provider, order }) =>
        providerProps(provider, order),
      ) as unknown[],
    },
    { query: CREATE_CREDENTIALS, rows: credentials.filter((r) => !r.replaces) },
    { query: REPLACE_CREDENTIALS, rows: credentials.filter((r) => r.replaces) },
    { query: CREATE_ROOTS, rows: requirements.filter((r) => r.depth === 0).map(node) },
  ];
  for (let depth = 1; depth <= maxDepth; depth++)
    out.push({
      query: CREATE_CHILDREN,
      rows: requirements.filter((r) => r.depth === depth).map(node),
    });
  return out;
}

/**
 * Writes the plan as version `lease.version` in batches of at most `plan.batchSize` rows, then
 * switches the catalog to it and gives up the lease.
 * @param driver - an open driver
 * @param lease - the publish lease (taken for exactly this version)
 * @param plan - what to write
 * @param faultHook - crash-test seam
 * @throws PathwiseError CONFLICT when the lease was lost on the way
 */
export async function writeVersion(
  driver: Driver,
  lease: PublishLease,
  plan: WritePlan,
  faultHook?: FaultHook,
): Promise<void> {
  const params = { catalog: lease.catalog, version: lease.version };
  let batch = 0;
  const committed = async () => {
    batch += 1;
    await faultHook?.('after-batch', batch);
  };
  for (const { query, rows } of statementsOf(plan, lease.version)) {
    for (const chunk of chunks(rows, plan.batchSize)) {
      await leasedBatch(driver, lease, async (tx) => {
        await tx.run(query, { ...params, rows: chunk });
      });
      await committed();
    }
  }
  if (plan.record) {
    const record = plan.record;
    await leasedBatch(driver, lease, async (tx) => {
      await tx.run(
        'CREATE (:CatalogChange {catalog: $catalog, version: $version, change: $change, appliedAt: $appliedAt})',
        { ...params, change: JSON.stringify(record.change), appliedAt: record.appliedAt },
      );
    });
    await committed();
  }
  const session = sharedSession(driver, lease.database, 'WRITE');
  try {
    await session.executeWrite(async (tx) => {
      await renewLease(tx, lease);
      await switchVersion(tx, lease, plan);
      await faultHook?.('before-commit', batch);
    });
  } finally {
    await session.close();
  }
}

/** The switch: the new version, its top-level fields, and the lease given up, on CatalogMeta only. */
async function switchVersion(
  tx: ManagedTransaction,
  lease: PublishLease,
  plan: WritePlan,
): Promise<void> {
  const meta: Props = {
    ...catalogMetaProps(plan.next),
    version: lease.version,
    nextOrder: plan.nextOrder,
    pending: null,
    leaseOwner: null,
    leaseUntil: null,
  };
  await tx.run('MATCH (m:CatalogMeta {catalog: $catalog}) SET m += $meta', {
    catalog: lease.catalog,
    meta,
  });
}

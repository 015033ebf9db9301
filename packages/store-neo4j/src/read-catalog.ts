/**
 * Reads a whole catalog back from the graph in four flat queries (meta, providers, credentials with
 * their issuer, requirement nodes with their OF edges) and rebuilds it in JS: flat scans stream far
 * faster than per-credential tree traversals at 10^5 credentials. Only the nodes of the published
 * version are taken (`from <= version < to`, see write-catalog.ts); the requirement nodes of other
 * versions are read and left unused (their rids carry their version, so they never collide).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Catalog, Credential, Provider } from '@pathwise/core';
import type { Props, RequirementNode } from './graph-rows.js';
import { credentialFromProps, requirementFromNodes, restoreExtras, rootRid } from './graph-rows.js';
import { toNumber } from './wrap-error.js';

/** The CatalogMeta bookkeeping of a catalog. */
export interface MetaState {
  version: number;
  nextOrder: number;
}

/**
 * Reads and locks nothing: the version and order counter of a catalog.
 * @returns them, or undefined when the catalog does not exist
 */
export async function readMeta(
  tx: ManagedTransaction,
  catalog: string,
): Promise<(MetaState & { props: Props }) | undefined> {
  const result = await tx.run('MATCH (m:CatalogMeta {catalog: $catalog}) RETURN m {.*} AS m', {
    catalog,
  });
  const record = result.records[0];
  if (!record) return undefined;
  const props = record.get('m') as Props;
  return { version: toNumber(props.version), nextOrder: toNumber(props.nextOrder ?? 0), props };
}

/**
 * @param tx - a read transaction
 * @param catalog - the catalog name
 * @returns the catalog and the version read at the start, or undefined when it does not exist
 */
export async function readCatalog(
  tx: ManagedTransaction,
  catalog: string,
): Promise<{ version: number; catalog: Catalog } | undefined> {
  const meta = await readMeta(tx, catalog);
  if (!meta) return undefined;

  const providerResult = await tx.run(
    `MATCH (p:Provider {catalog: $catalog}) WHERE coalesce(p.from, 0) <= $version
     RETURN p {.*} AS p ORDER BY p.order`,
    { catalog, version: meta.version },
  );
  const providers: Provider[] = providerResult.records.map((r) => {
    const p = r.get('p') as Props;
    const provider: Record<string, unknown> = { id: p.id, name: p.name };
    if (p.kind !== null && p.kind !== undefined) provider.kind = p.kind;
    if (p.url !== null && p.url !== undefined) provider.url = p.url;
    return restoreExtras(provider as unknown as Provider, p.extras);
  });

  const nodes = new Map<string, RequirementNode>();
  const reqResult = await tx.run(
    `MATCH (r:Requirement {catalog: $catalog})-[o:OF]->(t)
     RETURN r.rid AS rid, r.kind AS kind, r.k AS k, r.credits AS credits, o.order AS i, t.id AS to, t.rid AS child`,
    { catalog },
  );
  for (const record of reqResult.records) {
    const rid = record.get('rid') as string;
    let node = nodes.get(rid);
    if (!node) {
      const k = record.get('k') as unknown;
      const credits = record.get('credits') as unknown;
      node = {
        kind: record.get('kind') as RequirementNode['kind'],
        k: k === null ? null : toNumber(k),
        credits: credits === null ? null : toNumber(credits),
        members: [],
      };
      nodes.set(rid, node);
    }
    node.members.push({
      order: toNumber(record.get('i')),
      to: record.get('to') as string | null,
      child: record.get('child') as string | null,
    });
  }

  const credResult = await tx.run(
    `MATCH (c:Credential {catalog: $catalog})
     WHERE coalesce(c.from, 0) <= $version AND (c.to IS NULL OR c.to > $version)
     OPTIONAL MATCH (p:Provider)-[:ISSUES]->(c)
     RETURN c {.*} AS c, p.id AS provider ORDER BY c.order`,
    { catalog, version: meta.version },
  );
  const credentials: Credential[] = credResult.records.map((record) => {
    const props = record.get('c') as Props;
    // Nodes written before versioned nodes (no `from`) have the untagged root rid.
    const rid =
      props.from === null || props.from === undefined
        ? `${String(props.id)}#r`
        : rootRid(String(props.id), toNumber(props.from));
    const requires = nodes.has(rid) ? requirementFromNodes(rid, nodes) : undefined;
    return credentialFromProps(props, record.get('provider') as string | null, requires);
  });

  const result: Record<string, unknown> = { format: meta.props.format };
  if (meta.props.currency !== null && meta.props.currency !== undefined)
    result.currency = meta.props.currency;
  if (meta.props.hasProviders) result.providers = providers;
  result.credentials = credentials;
  if (typeof meta.props.offers === 'string') result.offers = JSON.parse(meta.props.offers);
  return {
    version: meta.version,
    catalog: restoreExtras(result as unknown as Catalog, meta.props.extras),
  };
}

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
 * @param above - read the providers written after this version
 * @param version - and up to this one
 * @returns the providers, in catalog order
 */
export async function readProviders(
  tx: ManagedTransaction,
  catalog: string,
  above: number,
  version: number,
): Promise<Provider[]> {
  const result = await tx.run(
    `MATCH (p:Provider {catalog: $catalog})
     WHERE coalesce(p.from, 0) > $above AND coalesce(p.from, 0) <= $version
     RETURN p {.*} AS p ORDER BY p.order`,
    { catalog, above, version },
  );
  return result.records.map((r) => {
    const p = r.get('p') as Props;
    const provider: Record<string, unknown> = { id: p.id, name: p.name };
    if (p.kind !== null && p.kind !== undefined) provider.kind = p.kind;
    if (p.url !== null && p.url !== undefined) provider.url = p.url;
    return restoreExtras(provider as unknown as Provider, p.extras);
  });
}

/**
 * @param tx - a read transaction
 * @param query - returns one row per OF edge: rid, kind, k, credits, i (order), to (a credential
 *   id) or child (a requirement rid)
 * @param params - its parameters
 * @returns the Requirement nodes by rid
 */
export async function readRequirementNodes(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
): Promise<Map<string, RequirementNode>> {
  const nodes = new Map<string, RequirementNode>();
  const result = await tx.run(query, params);
  for (const record of result.records) {
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
  return nodes;
}

/** The RETURN clause `readRequirementNodes` expects, for a match of `(r)-[o:OF]->(t)`. */
export const REQUIREMENT_COLUMNS =
  'r.rid AS rid, r.kind AS kind, r.k AS k, r.credits AS credits, o.order AS i, t.id AS to, t.rid AS child';

/**
 * @param tx - a read transaction
 * @param where - what follows the match of the Credential node `c` of the catalog: an index hint if
 *   any, and `WHERE` with the condition
 * @param params - the parameters of `where` and `catalog`
 * @param nodes - the Requirement nodes their trees are made of
 * @returns the credentials, with each node's `order`, in catalog order
 */
export async function readCredentials(
  tx: ManagedTransaction,
  where: string,
  params: Record<string, unknown>,
  nodes: Map<string, RequirementNode>,
): Promise<{ credential: Credential; order: number }[]> {
  const result = await tx.run(
    `MATCH (c:Credential {catalog: $catalog}) ${where}
     OPTIONAL MATCH (p:Provider)-[:ISSUES]->(c)
     RETURN c {.*} AS c, p.id AS provider ORDER BY c.order`,
    params,
  );
  return result.records.map((record) => {
    const props = record.get('c') as Props;
    // Nodes written before versioned nodes (no `from`) have the untagged root rid.
    const rid =
      props.from === null || props.from === undefined
        ? `${String(props.id)}#r`
        : rootRid(String(props.id), toNumber(props.from));
    const requires = nodes.has(rid) ? requirementFromNodes(rid, nodes) : undefined;
    const credential = credentialFromProps(
      props,
      record.get('provider') as string | null,
      requires,
    );
    return { credential, order: toNumber(props.order) };
  });
}

/**
 * @param meta - the CatalogMeta properties
 * @param providers - the providers
 * @param credentials - the credentials
 * @returns the catalog document
 */
export function catalogOf(meta: Props, providers: Provider[], credentials: Credential[]): Catalog {
  const result: Record<string, unknown> = { format: meta.format };
  if (meta.currency !== null && meta.currency !== undefined) result.currency = meta.currency;
  if (meta.hasProviders) result.providers = providers;
  result.credentials = credentials;
  if (typeof meta.offers === 'string') result.offers = JSON.parse(meta.offers);
  return restoreExtras(result as unknown as Catalog, meta.extras);
}

/** Visible at `$version`: written by it or before, not replaced or retired by then. */
export const VISIBLE =
  'WHERE coalesce(c.from, 0) <= $version AND (c.to IS NULL OR c.to > $version)';

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
  const params = { catalog, version: meta.version };
  const providers = await readProviders(tx, catalog, -1, meta.version);
  const nodes = await readRequirementNodes(
    tx,
    `MATCH (r:Requirement {catalog: $catalog})-[o:OF]->(t) RETURN ${REQUIREMENT_COLUMNS}`,
    params,
  );
  const credentials = await readCredentials(tx, VISIBLE, params, nodes);
  return {
    version: meta.version,
    catalog: catalogOf(
      meta.props,
      providers,
      credentials.map((c) => c.credential),
    ),
  };
}

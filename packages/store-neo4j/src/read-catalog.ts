/**
 * Reads a whole catalog back from the graph: meta, providers, then pages of credentials, each one JSON
 * string (its catalog JSON, written at publish): one property per credential streams several times
 * faster than its properties plus its requirement tree's nodes and edges, which stay in the graph for
 * Cypher queries. A node written before the `json` property is rebuilt from its properties, issuer and
 * requirement nodes instead (read for its page only when the page has such a node), so a database of
 * an earlier release loads as it is. Only the nodes of the published version are taken
 * (`from <= version < to`, see write-catalog.ts); the requirement nodes of other versions are read and
 * left unused (their rids carry their version, so they never collide).
 */
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
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
 * The RETURN clause `credentialsOf` expects, for a Credential node `c`: its catalog JSON, or for a
 * node written before the `json` property its properties and issuer to rebuild it from.
 */
const CREDENTIAL_COLUMNS = `c.id AS id, c.order AS place, c.json AS json,
  CASE WHEN c.json IS NULL THEN c {.*} END AS props,
  CASE WHEN c.json IS NULL THEN [(p:Provider)-[:ISSUES]->(c) | p.id][0] END AS provider`;

/**
 * @param records - rows of CREDENTIAL_COLUMNS
 * @param nodes - the Requirement nodes the trees of the rows without `json` are made of
 * @returns the credentials, with each node's `order`, in the rows' order
 */
function credentialsOf(
  records: Iterable<Neo4jRecord>,
  nodes: Map<string, RequirementNode>,
): { credential: Credential; order: number }[] {
  const out: { credential: Credential; order: number }[] = [];
  for (const record of records) {
    const order = toNumber(record.get('place'));
    const json = record.get('json') as string | null;
    if (json !== null) {
      out.push({ credential: JSON.parse(json) as Credential, order });
      continue;
    }
    const props = record.get('props') as Props;
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
    out.push({ credential, order });
  }
  return out;
}

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
  const result = await tx.run(credentialsQuery(where), params);
  return credentialsOf(result.records, nodes);
}

/**
 * @param where - what follows the match of the Credential node `c` of the catalog
 * @returns the query `readCredentials` runs
 */
export function credentialsQuery(where: string): string {
  return `MATCH (c:Credential {catalog: $catalog}) ${where}
     RETURN ${CREDENTIAL_COLUMNS} ORDER BY place`;
}

/** Visible at `$version`: written by it or before, not replaced or retired by then. */
export const VISIBLE =
  'WHERE coalesce(c.from, 0) <= $version AND (c.to IS NULL OR c.to > $version)';

/**
 * `VISIBLE` with no OR for the planner to split: given `c.to IS NULL OR c.to > $version`, Neo4j 5.26
 * may answer a page as a union of a seek on `(catalog, id)` and one on `(catalog, to)`, which loses
 * the index order and sorts every remaining credential for each page (seen once, on a fresh database
 * in CI). `coalesce` is not indexable, so the hinted seek is the only plan left.
 */
const VISIBLE_WITHOUT_OR =
  'WHERE coalesce(c.from, 0) <= $version AND coalesce(c.to, $version + 1) > $version';

/**
 * Credentials per page of a whole read (the default of `readCatalog`'s `pageSize`): bounded, so that
 * neither Neo4j nor the driver ever holds a result of the whole catalog (2x10^6 credentials are some
 * 10^7 rows).
 */
export const READ_PAGE_SIZE = 20_000;

/**
 * @param limit - credentials per page
 * @returns the query of one page: the credentials visible at `$version` with an id above `$after`
 *   (parameters `catalog`, `version`, `after`), in the index's order, `c.catalog, c.id`: ordered by
 *   `c.id` alone, Neo4j 5.26 sorts every remaining credential for each page's top rows (quadratic in
 *   the catalog), where the index's order lets it stop after a page; and a SEEK hint, as under a
 *   plain index hint the planner may scan the whole index from its start for every page
 */
export function credentialPageQuery(limit: number): string {
  return `MATCH (c:Credential {catalog: $catalog}) USING INDEX SEEK c:Credential(catalog, id)
    ${VISIBLE_WITHOUT_OR} AND c.id > $after
    WITH c ORDER BY c.catalog, c.id LIMIT ${String(limit)}
    RETURN ${CREDENTIAL_COLUMNS}`;
}

/**
 * Reads every credential visible at `$version` in pages ordered by id (keyset pagination on the
 * `(catalog, id)` index: each page starts after the last id of the one before, so no page rescans
 * what came before, as SKIP would); the requirement trees only of a page's nodes without `json`.
 * @param tx - a read transaction
 * @param params - `catalog` and `version`
 * @param pageSize - credentials per page (a positive integer)
 * @returns the credentials in catalog order
 */
async function readAllCredentials(
  tx: ManagedTransaction,
  params: { catalog: string; version: number },
  pageSize: number,
): Promise<Credential[]> {
  const limit = Math.max(1, Math.floor(pageSize));
  const all: { credential: Credential; order: number }[] = [];
  let after = '';
  for (;;) {
    const page = await tx.run(credentialPageQuery(limit), { ...params, after });
    if (page.records.length === 0) break;
    let last = after;
    for (const record of page.records) {
      const id = record.get('id') as string;
      if (id > last) last = id;
    }
    const legacy = page.records.filter((r) => r.get('json') === null).map((r) => r.get('id'));
    const nodes =
      legacy.length > 0
        ? await readRequirementNodes(
            tx,
            `UNWIND $legacy AS id
             MATCH (c:Credential {catalog: $catalog, id: id}) USING INDEX c:Credential(catalog, id)
             ${VISIBLE} AND c.json IS NULL
             MATCH (c)-[:REQUIRES]->(:Requirement)-[:OF*0..]->(r:Requirement)
             MATCH (r)-[o:OF]->(t) RETURN ${REQUIREMENT_COLUMNS}`,
            { ...params, legacy },
          )
        : new Map<string, RequirementNode>();
    for (const entry of credentialsOf(page.records, nodes)) all.push(entry);
    if (page.records.length < limit) break;
    after = last;
  }
  all.sort((a, b) => a.order - b.order);
  return all.map((c) => c.credential);
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

/**
 * @param tx - a read transaction
 * @param catalog - the catalog name
 * @param pageSize - credentials per page of the read
 * @returns the catalog and the version read at the start, or undefined when it does not exist
 */
export async function readCatalog(
  tx: ManagedTransaction,
  catalog: string,
  pageSize = READ_PAGE_SIZE,
): Promise<{ version: number; catalog: Catalog } | undefined> {
  const meta = await readMeta(tx, catalog);
  if (!meta) return undefined;
  const params = { catalog, version: meta.version };
  const providers = await readProviders(tx, catalog, -1, meta.version);
  const credentials = await readAllCredentials(tx, params, pageSize);
  return { version: meta.version, catalog: catalogOf(meta.props, providers, credentials) };
}

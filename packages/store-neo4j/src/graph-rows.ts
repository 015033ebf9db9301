/**
 * The pure mapping between a catalog and the rows written to / read from Neo4j: one row per provider
 * and credential (the credential's catalog JSON whole as `json`, which is what a load reads, and for
 * browsing and Cypher queries its fields as plain properties, `x-` extensions as one JSON string
 * `extras`; of the catalog-v2
 * fields, `pace` and `retired` are plain properties and the lists and objects JSON strings, and a v2
 * catalog's `offers` one JSON string on CatalogMeta), and the requirement
 * tree flattened into Requirement rows (`rid` = `<owner>#r.0.1`, its path under the owner) and OF
 * edges with their `order`. No I/O, so it is unit-tested without a database.
 */
import type { Catalog, Credential, Provider, Requirement } from '@pathwise/core';
import {
  CREDENTIAL_FIELDS_V2 as CORE_CREDENTIAL_FIELDS,
  isAll,
  isAny,
  isAtLeast,
  isCredits,
} from '@pathwise/core';

/** Property values a node may carry. */
export type Props = Record<string, string | number | boolean | string[] | null>;

/** A Requirement node: `kind` is all/any/atLeast/credits, or `id` for a bare credential id. */
export interface RequirementRow {
  rid: string;
  owner: string;
  /** The enclosing group's rid and this node's position in it; null for the root. */
  parent: string | null;
  order: number | null;
  depth: number;
  kind: 'all' | 'any' | 'atLeast' | 'credits' | 'id';
  k: number | null;
  credits: number | null;
}

/** An OF edge from a Requirement to a Credential (`to`) or to a nested Requirement (`child`). */
export interface OfEdgeRow {
  from: string;
  order: number;
  to: string | null;
  child: string | null;
}

/** What one credential contributes to the graph. */
export interface CredentialRows {
  props: Props;
  requirements: RequirementRow[];
  edges: OfEdgeRow[];
}

/** The credential fields stored as node properties (id is the key; provider and requires are edges). */
const CREDENTIAL_FIELDS = CORE_CREDENTIAL_FIELDS.filter(
  (f): f is Exclude<(typeof CORE_CREDENTIAL_FIELDS)[number], 'id' | 'provider' | 'requires'> =>
    f !== 'id' && f !== 'provider' && f !== 'requires',
);

/**
 * The catalog-v2 credential fields kept as JSON strings: lists and objects (a list property of
 * Neo4j cannot tell an empty list from none, and objects are no property type at all).
 */
const JSON_FIELDS: ReadonlySet<string> = new Set([
  'starts',
  'aliases',
  'renewal',
  'outcomes',
  'recognizedBy',
]);

/** Splits `x-` fields into one JSON string (null when there are none). */
function extrasOf(value: object): string | null {
  const extras = Object.entries(value).filter(([key]) => key.startsWith('x-'));
  return extras.length === 0 ? null : JSON.stringify(Object.fromEntries(extras));
}

/** Adds the `x-` fields of a stored `extras` string back onto `target`. */
export function restoreExtras<T extends object>(target: T, extras: unknown): T {
  if (typeof extras === 'string') Object.assign(target, JSON.parse(extras) as object);
  return target;
}

/**
 * @param provider - a provider of the catalog
 * @param order - its position in `providers`
 * @returns its node properties (without `catalog`)
 */
export function providerProps(provider: Provider, order: number): Props {
  return {
    id: provider.id,
    name: provider.name,
    kind: provider.kind ?? null,
    url: provider.url ?? null,
    extras: extrasOf(provider),
    order,
  };
}

/**
 * @param id - a credential id
 * @param version - the catalog version that wrote the credential's node
 * @returns the rid of that node's requirement root
 */
export const rootRid = (id: string, version: number): string => `${id}@${version}#r`;

/**
 * Flattens a credential into node properties, Requirement rows and OF edges.
 * @param credential - a credential of a valid catalog
 * @param rootRid - the rid of its requirement root (default `<id>#r`; the store tags it with the
 *   version that writes it, so that two versions of one credential never share a Requirement node)
 * @returns its rows (`provider` is the ISSUES relationship, not a property)
 */
export function credentialRows(
  credential: Credential,
  rootRid = `${credential.id}#r`,
): CredentialRows {
  // Absent fields are left out rather than sent as nulls: a new node has no property to remove.
  const props: Props = { id: credential.id, json: JSON.stringify(credential) };
  for (const field of CREDENTIAL_FIELDS) {
    const value = credential[field];
    if (value !== undefined)
      props[field] = JSON_FIELDS.has(field) ? JSON.stringify(value) : (value as Props[string]);
  }
  const extras = extrasOf(credential);
  if (extras !== null) props.extras = extras;
  props.hasSkills = credential.skills !== undefined;
  const requirements: RequirementRow[] = [];
  const edges: OfEdgeRow[] = [];
  const walk = (
    requirement: Requirement,
    rid: string,
    parent: string | null,
    at: number | null,
    depth: number,
  ): void => {
    const row: RequirementRow = {
      rid,
      owner: credential.id,
      parent,
      order: at,
      depth,
      kind: 'id',
      k: null,
      credits: null,
    };
    requirements.push(row);
    let members: Requirement[];
    if (typeof requirement === 'string') members = [requirement];
    else if (isAll(requirement)) [row.kind, members] = ['all', requirement.all];
    else if (isAny(requirement)) [row.kind, members] = ['any', requirement.any];
    else if (isAtLeast(requirement))
      [row.kind, row.k, members] = ['atLeast', requirement.atLeast, requirement.of];
    else if (isCredits(requirement))
      [row.kind, row.credits, members] = ['credits', requirement.credits, requirement.of];
    else throw new Error(`unknown requirement form in ${credential.id}`);
    members.forEach((member, order) => {
      if (typeof member === 'string') {
        edges.push({ from: rid, order, to: member, child: null });
      } else {
        const child = `${rid}.${order}`;
        edges.push({ from: rid, order, to: null, child });
        walk(member, child, rid, order, depth + 1);
      }
    });
  };
  if (credential.requires !== undefined) walk(credential.requires, rootRid, null, null, 0);
  return { props, requirements, edges };
}

/**
 * Rebuilds a credential from its stored properties and its requirement tree: for nodes written before
 * the `json` property (a load reads `json` where there is one).
 * @param props - the node's properties
 * @param provider - the issuing provider's id, if any
 * @param requires - the rebuilt requirement, if any
 * @returns the credential as it was published
 */
export function credentialFromProps(
  props: Props,
  provider: string | null,
  requires: Requirement | undefined,
): Credential {
  const credential: Record<string, unknown> = { id: props.id };
  for (const field of CREDENTIAL_FIELDS) {
    const value = props[field];
    if (field === 'skills' && props.hasSkills) credential.skills = props.skills ?? [];
    else if (value !== null && value !== undefined)
      credential[field] = JSON_FIELDS.has(field) ? (JSON.parse(String(value)) as unknown) : value;
    if (field === 'kind' && provider !== null) credential.provider = provider;
  }
  if (requires !== undefined) credential.requires = requires;
  return restoreExtras(credential as unknown as Credential, props.extras);
}

/** A Requirement node with its OF edges, as read back. */
export interface RequirementNode {
  kind: RequirementRow['kind'];
  k: number | null;
  credits: number | null;
  members: { order: number; to: string | null; child: string | null }[];
}

/**
 * Rebuilds the requirement tree rooted at `rid`.
 * @param rid - the root's rid (`<credential id>#r`)
 * @param nodes - every Requirement node of the catalog by rid
 * @returns the requirement in catalog-v1 form
 */
export function requirementFromNodes(
  rid: string,
  nodes: Map<string, RequirementNode>,
): Requirement {
  const node = nodes.get(rid);
  if (!node) throw new Error(`requirement ${rid} is missing its node`);
  const members = [...node.members]
    .sort((a, b) => a.order - b.order)
    .map((m): Requirement =>
      m.child !== null ? requirementFromNodes(m.child, nodes) : (m.to as string),
    );
  switch (node.kind) {
    case 'id':
      return members[0] as string;
    case 'all':
      return { all: members };
    case 'any':
      return { any: members };
    case 'atLeast':
      return { atLeast: node.k as number, of: members };
    case 'credits':
      return { credits: node.credits as number, of: members as string[] };
  }
}

/**
 * @param catalog - a catalog
 * @returns its top-level properties for the CatalogMeta node (without version bookkeeping)
 */
export function catalogMetaProps(catalog: Catalog): Props {
  return {
    format: catalog.format,
    currency: catalog.currency ?? null,
    extras: extrasOf(catalog),
    hasProviders: catalog.providers !== undefined,
    offers: catalog.offers === undefined ? null : JSON.stringify(catalog.offers),
  };
}

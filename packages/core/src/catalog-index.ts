/**
 * Lookups over a validated catalog: credentials by id (or, for holdings, by alias) and the reverse
 * "stacks into" relation.
 */
import type { Catalog, Credential, Provider } from './model/types.js';
import { requirementIds } from './requirement/walk.js';
import { UnknownCredentialError } from './errors.js';

/** A validated catalog with its lookups built once. */
export interface CatalogIndex {
  readonly catalog: Catalog;
  readonly byId: ReadonlyMap<string, Credential>;
  readonly providersById: ReadonlyMap<string, Provider>;
  /** For each credential, the ids of the credentials whose `requires` names it. */
  readonly stacksInto: ReadonlyMap<string, readonly string[]>;
  /**
   * Each alias with the id of its credential, when the index has them at hand (a compiled one);
   * else `aliasesOf(catalog)` scans the credentials.
   */
  readonly aliases?: ReadonlyMap<string, string>;
  /**
   * Each credential id's position in `catalog.credentials`, when the index has it at hand (a
   * compiled one): a reader that pages through the catalog then decodes no credential to find one.
   */
  readonly positionOf?: (id: string) => number | undefined;
  /**
   * The positions in `catalog.credentials`, ascending, of the credentials of one of `kinds` (any
   * kind when null) and of `provider` (any provider when null), when the index has both at hand (a
   * compiled one): a filter on them then decodes no credential of a catalog read on demand.
   */
  readonly positionsWhere?: (
    kinds: ReadonlySet<string> | null,
    provider: string | null,
  ) => Int32Array;
}

/**
 * Builds the lookups of a catalog that has passed validation.
 * @param catalog - a valid catalog (see `parseCatalog`)
 * @returns the index; the catalog is not copied or changed
 */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const byId = new Map<string, Credential>();
  const stacksInto = new Map<string, string[]>();
  for (const c of catalog.credentials) {
    byId.set(c.id, c);
    stacksInto.set(c.id, []);
  }
  for (const c of catalog.credentials) {
    for (const id of requirementIds(c.requires)) stacksInto.get(id)?.push(c.id);
  }
  const providersById = new Map((catalog.providers ?? []).map((p) => [p.id, p] as const));
  return { catalog, byId, providersById, stacksInto };
}

/**
 * @returns the credential with this id
 * @throws UnknownCredentialError when the catalog has none
 */
export function getCredential(index: CatalogIndex, id: string): Credential {
  const credential = index.byId.get(id);
  if (!credential) throw new UnknownCredentialError(id);
  return credential;
}

/** Each catalog's aliases, built on first use (a CatalogIndex may be a view that does not carry them). */
const aliasCache = new WeakMap<Catalog, ReadonlyMap<string, string>>();

/**
 * The credential ids of a catalog's aliases (catalog-v2 `aliases`).
 * @param catalog - a valid catalog
 * @returns each alias with the id of its credential (empty for a v1 catalog)
 */
export function aliasesOf(catalog: Catalog): ReadonlyMap<string, string> {
  let aliases = aliasCache.get(catalog);
  if (!aliases) {
    const map = new Map<string, string>();
    for (const c of catalog.credentials) for (const alias of c.aliases ?? []) map.set(alias, c.id);
    aliasCache.set(catalog, map);
    aliases = map;
  }
  return aliases;
}

/**
 * Resolves a name a holding uses (a credential id or one of its aliases) to the credential id.
 * Ids and aliases share one namespace in a valid catalog, so the answer is unique.
 * @param index - the catalog
 * @param idOrAlias - the name
 * @returns the credential id
 * @throws UnknownCredentialError when the name is neither
 */
export function resolveCredentialId(index: CatalogIndex, idOrAlias: string): string {
  if (index.byId.has(idOrAlias)) return idOrAlias;
  const id = (index.aliases ?? aliasesOf(index.catalog)).get(idOrAlias);
  if (id === undefined) throw new UnknownCredentialError(idOrAlias);
  return id;
}

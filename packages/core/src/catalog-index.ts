/**
 * Lookups over a validated catalog: credentials by id and the reverse "stacks into" relation.
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

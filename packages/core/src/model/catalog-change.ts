/**
 * Changes a publisher makes to a catalog (publish a programme, retire credentials), applied purely:
 * the input catalog is never mutated, and the result still has to pass `parseCatalog`. Retiring
 * deletes nothing (catalog-v2 `retired`): the credential stays, marked, so holdings of it and rules
 * naming it keep their meaning, and a v1 catalog becomes v2, the first format with `retired`.
 */
import type { Catalog, Credential } from './types.js';
import { CATALOG_FORMAT_V2 } from './types.js';
import { PathwiseError } from '../errors.js';

/** Upsert a provider's credentials (a programme): new ids are added, existing ids replaced. */
export interface PublishChange {
  kind: 'publish';
  provider: string;
  /** Name used when the provider is not in the catalog yet. */
  providerName?: string;
  credentials: Credential[];
}

/** Mark credentials of a provider retired (catalog-v2 `retired: true`), by id; nothing is deleted. */
export interface RetireChange {
  kind: 'retire';
  provider: string;
  ids: string[];
}

/** Any change a store applies atomically. */
export type CatalogChange = PublishChange | RetireChange;

/** Where each credential id of a catalog is: its index in `credentials`. */
export interface CredentialPositions {
  get(id: string): number | undefined;
}

/**
 * Applies a change to a catalog without touching the input. Credentials published by a provider
 * carry that provider; a publisher may not overwrite or retire another provider's credentials, but
 * may always retire its own, whoever's rules name them. Retiring credentials that are all retired
 * already changes nothing: the catalog itself is returned (the same object), so a store can tell.
 * Every credential the change does not touch is the same object in the result.
 * @param positions - the index of each credential id in `catalog` when the caller keeps one (a
 *   ValidationBase's `idIndex`), so the change costs no pass over the catalog's ids; else built here
 * @returns the changed catalog (validate it before keeping it), or `catalog` when nothing changes
 * @throws PathwiseError FORBIDDEN when the change touches another provider's credential
 * @throws PathwiseError NOT_FOUND when a retired id is not in the catalog
 */
export function applyCatalogChange(
  catalog: Catalog,
  change: CatalogChange,
  positions?: CredentialPositions,
): Catalog {
  const at = positions ?? new Map(catalog.credentials.map((c, i) => [c.id, i] as const));
  const find = (id: string): Credential | undefined => {
    const i = at.get(id);
    return i === undefined ? undefined : catalog.credentials[i];
  };
  const guard = (id: string): void => {
    const existing = find(id);
    if (existing !== undefined && existing.provider !== change.provider) {
      const current = existing.provider;
      throw new PathwiseError(
        'FORBIDDEN',
        `credential "${id}" belongs to ${current ? `provider "${current}"` : 'no provider'}, not "${change.provider}"`,
      );
    }
  };
  if (change.kind === 'retire') {
    for (const id of change.ids) {
      if (!find(id)) throw new PathwiseError('NOT_FOUND', `no credential "${id}" to retire`);
      guard(id);
    }
    if (change.ids.every((id) => find(id)!.retired === true)) return catalog;
    const credentials = catalog.credentials.slice();
    for (const id of change.ids) {
      const i = at.get(id)!;
      if (credentials[i]!.retired !== true) credentials[i] = { ...credentials[i]!, retired: true };
    }
    return { ...catalog, format: CATALOG_FORMAT_V2, credentials };
  }
  const incoming = new Map<string, Credential>();
  for (const c of change.credentials) {
    guard(c.id);
    incoming.set(c.id, { ...c, provider: change.provider });
  }
  // One new array, the appended credentials included (a copy then pushes would copy it twice).
  const appended = [...incoming.values()].filter((c) => at.get(c.id) === undefined);
  const credentials = catalog.credentials.concat(appended);
  for (const [id, c] of incoming) {
    const i = at.get(id);
    if (i !== undefined) credentials[i] = c;
  }
  const providers = catalog.providers ?? [];
  const hasProvider = providers.some((p) => p.id === change.provider);
  return {
    ...catalog,
    providers: hasProvider
      ? providers
      : [...providers, { id: change.provider, name: change.providerName ?? change.provider }],
    credentials,
  };
}

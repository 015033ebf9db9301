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

/**
 * Applies a change to a catalog without touching the input. Credentials published by a provider
 * carry that provider; a publisher may not overwrite or retire another provider's credentials, but
 * may always retire its own, whoever's rules name them. Retiring credentials that are all retired
 * already changes nothing: the catalog itself is returned (the same object), so a store can tell.
 * @returns the changed catalog (validate it before keeping it), or `catalog` when nothing changes
 * @throws PathwiseError FORBIDDEN when the change touches another provider's credential
 * @throws PathwiseError NOT_FOUND when a retired id is not in the catalog
 */
export function applyCatalogChange(catalog: Catalog, change: CatalogChange): Catalog {
  const owner = new Map(catalog.credentials.map((c) => [c.id, c.provider] as const));
  const guard = (id: string): void => {
    const current = owner.get(id);
    if (owner.has(id) && current !== change.provider) {
      throw new PathwiseError(
        'FORBIDDEN',
        `credential "${id}" belongs to ${current ? `provider "${current}"` : 'no provider'}, not "${change.provider}"`,
      );
    }
  };
  if (change.kind === 'retire') {
    for (const id of change.ids) {
      if (!owner.has(id)) throw new PathwiseError('NOT_FOUND', `no credential "${id}" to retire`);
      guard(id);
    }
    const retiring = new Set(change.ids);
    if (catalog.credentials.every((c) => !retiring.has(c.id) || c.retired === true)) return catalog;
    return {
      ...catalog,
      format: CATALOG_FORMAT_V2,
      credentials: catalog.credentials.map((c) =>
        retiring.has(c.id) && c.retired !== true ? { ...c, retired: true } : c,
      ),
    };
  }
  const incoming = new Map<string, Credential>();
  for (const c of change.credentials) {
    guard(c.id);
    incoming.set(c.id, { ...c, provider: change.provider });
  }
  const credentials = catalog.credentials.map((c) => incoming.get(c.id) ?? c);
  const existing = new Set(catalog.credentials.map((c) => c.id));
  for (const [id, c] of incoming) if (!existing.has(id)) credentials.push(c);
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

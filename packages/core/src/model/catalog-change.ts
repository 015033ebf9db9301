/**
 * Changes a publisher makes to a catalog (publish a programme, retire credentials), applied purely:
 * the input catalog is never mutated, and the result still has to pass `parseCatalog`.
 */
import type { Catalog, Credential } from './types.js';
import { PathwiseError } from '../errors.js';

/** Upsert a provider's credentials (a programme): new ids are added, existing ids replaced. */
export interface PublishChange {
  kind: 'publish';
  provider: string;
  /** Name used when the provider is not in the catalog yet. */
  providerName?: string;
  credentials: Credential[];
}

/** Remove credentials of a provider by id. */
export interface RetireChange {
  kind: 'retire';
  provider: string;
  ids: string[];
}

/** Any change a store applies atomically. */
export type CatalogChange = PublishChange | RetireChange;

/**
 * Applies a change to a catalog without touching the input. Credentials published by a provider
 * carry that provider; a publisher may not overwrite or retire another provider's credentials.
 * @returns the changed catalog (validate it before keeping it)
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
    const retired = new Set(change.ids);
    return { ...catalog, credentials: catalog.credentials.filter((c) => !retired.has(c.id)) };
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

/**
 * Mutation.publishProgram and Mutation.retireCredential: atomic, validated changes through the
 * store (core's applyCatalogChange + parseCatalog of the whole result, inside `store.apply`).
 */
import type { Credential } from '@pathwise/core';
import { InvalidInputError, PathwiseError, indexCatalog } from '@pathwise/core';
import type { PathwiseContext } from '../context.js';
import { requirePublisher } from '../auth/require-publisher.js';
import type { CredentialParent } from './parents.js';
import { credentialRef } from './parents.js';
import type { CredentialInput, PublishProgramInput } from './inputs.js';

/** PublishResult. */
export interface PublishResultParent {
  catalogVersion: number;
  credentials: CredentialParent[];
}

/**
 * A CredentialInput as a catalog-v1 credential: null fields dropped, `extensions` spread as x- fields.
 * Whatever is wrong with it is reported by the store's whole-catalog validation.
 */
export function toCredential(input: CredentialInput): Credential {
  const { extensions, ...fields } = input;
  const credential: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value != null) credential[key] = value;
  for (const [key, value] of Object.entries(extensions ?? {})) {
    if (!key.startsWith('x-')) {
      throw new InvalidInputError(
        `extension field "${key}" of credential "${input.id}" must start with "x-"`,
      );
    }
    credential[key] = value;
  }
  return credential as unknown as Credential;
}

/**
 * Publishes credentials as a provider and returns them as the new catalog version holds them.
 * @throws PathwiseError UNAUTHENTICATED / FORBIDDEN, CatalogInvalidError (BAD_USER_INPUT)
 */
export async function publishCredentials(
  ctx: PathwiseContext,
  provider: string,
  credentials: Credential[],
  providerName?: string,
): Promise<PublishResultParent> {
  if (credentials.length > ctx.limits.maxPublishCredentials) {
    throw new InvalidInputError(
      `${credentials.length} credentials exceed the limit of ${ctx.limits.maxPublishCredentials} per publish`,
    );
  }
  const snapshot = await ctx.store.apply({
    kind: 'publish',
    provider,
    credentials,
    providerName: providerName || undefined,
  });
  const index = indexCatalog(snapshot.catalog);
  return {
    catalogVersion: snapshot.version,
    credentials: credentials.map((c) => credentialRef(index, c.id)),
  };
}

/**
 * Mutation.publishProgram.
 * @throws PathwiseError UNAUTHENTICATED / FORBIDDEN (another provider's key, credential or provider field)
 * @throws CatalogInvalidError (BAD_USER_INPUT) listing every fault of the resulting catalog; nothing changes
 */
export async function publishProgramResolver(
  _root: unknown,
  { input }: { input: PublishProgramInput },
  ctx: PathwiseContext,
): Promise<PublishResultParent> {
  const provider = requirePublisher(ctx.principal, input.provider);
  for (const c of input.credentials) {
    if (c.provider != null && c.provider !== provider) {
      throw new PathwiseError(
        'FORBIDDEN',
        `credential "${c.id}" names provider "${c.provider}"; this programme publishes for "${provider}"`,
      );
    }
  }
  return publishCredentials(
    ctx,
    provider,
    input.credentials.map(toCredential),
    input.providerName ?? undefined,
  );
}

/**
 * Mutation.retireCredential: marks the caller's credential retired (nothing is deleted), whoever's
 * rules name it; retiring a retired one answers the current version and changes nothing.
 * @throws PathwiseError UNAUTHENTICATED, FORBIDDEN (another provider's), NOT_FOUND
 */
export async function retireCredentialResolver(
  _root: unknown,
  { id }: { id: string },
  ctx: PathwiseContext,
): Promise<{ catalogVersion: number; id: string }> {
  const provider = requirePublisher(ctx.principal);
  const snapshot = await ctx.store.apply({ kind: 'retire', provider, ids: [id] });
  return { catalogVersion: snapshot.version, id };
}

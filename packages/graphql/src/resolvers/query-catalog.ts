/**
 * Catalog look-ups: credential(id), providers, provider(id), catalogVersion.
 */
import type { PathwiseContext } from '../context.js';
import type { CredentialParent, ProviderParent } from './parents.js';
import { maybeCredentialRef } from './parents.js';

/** @returns the credential, or null when the catalog has none with this id */
export async function credentialResolver(
  _root: unknown,
  { id }: { id: string },
  ctx: PathwiseContext,
): Promise<CredentialParent | null> {
  const { index } = await ctx.catalog();
  return maybeCredentialRef(index, id);
}

/** @returns every provider, in catalog order */
export async function providersResolver(
  _root: unknown,
  _args: unknown,
  ctx: PathwiseContext,
): Promise<ProviderParent[]> {
  const { index } = await ctx.catalog();
  return (index.catalog.providers ?? []).map((provider) => ({ provider, index }));
}

/** @returns the provider, or null */
export async function providerResolver(
  _root: unknown,
  { id }: { id: string },
  ctx: PathwiseContext,
): Promise<ProviderParent | null> {
  const { index } = await ctx.catalog();
  const provider = index.providersById.get(id);
  return provider ? { provider, index } : null;
}

/** @returns the catalog version answering the request */
export async function catalogVersionResolver(
  _root: unknown,
  _args: unknown,
  ctx: PathwiseContext,
): Promise<number> {
  return (await ctx.catalog()).version;
}

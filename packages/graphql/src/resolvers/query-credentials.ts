/**
 * Query.credentials: filter by kind, provider, skill and text; cursor pagination in catalog order.
 * A cursor names the last credential seen (base64url of its id), so pages stay stable when
 * credentials are added elsewhere in the catalog. The filtered list and its positions are computed
 * once per catalog version and filter (credential-list.ts).
 */
import type { Credential } from '@pathwise/core';
import { InvalidInputError } from '@pathwise/core';
import type { PathwiseContext } from '../context.js';
import type { CredentialParent } from './parents.js';
import type { CredentialFilter } from './inputs.js';
import { credentialList } from './credential-list.js';

/** One page of credentials. */
export interface CredentialConnectionParent {
  edges: { cursor: string; node: CredentialParent }[];
  nodes: CredentialParent[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** @returns the opaque cursor of a credential */
export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

/** @returns the credential id a cursor names */
export function decodeCursor(cursor: string): string {
  return Buffer.from(cursor, 'base64url').toString('utf8');
}

/** @returns a predicate keeping the credentials that match every given field of the filter */
export function matchesFilter(
  filter: CredentialFilter | null | undefined,
): (c: Credential) => boolean {
  const text = filter?.text?.trim().toLowerCase();
  return (c) =>
    (filter?.kind == null || c.kind === filter.kind) &&
    (filter?.provider == null || c.provider === filter.provider) &&
    (filter?.skill == null || (c.skills ?? []).includes(filter.skill)) &&
    (!text ||
      c.id.toLowerCase().includes(text) ||
      c.name.toLowerCase().includes(text) ||
      (c.description ?? '').toLowerCase().includes(text));
}

/**
 * @returns the page after `after` of at most `first` matching credentials
 * @throws InvalidInputError (BAD_USER_INPUT) for a page size outside 0..maxPageSize or an unknown cursor
 */
export async function credentialsResolver(
  _root: unknown,
  args: { filter?: CredentialFilter | null; first?: number | null; after?: string | null },
  ctx: PathwiseContext,
): Promise<CredentialConnectionParent> {
  const first = args.first ?? 20;
  const max = ctx.limits.maxPageSize;
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw new InvalidInputError(`first must be an integer from 0 to ${max}, got ${first}`);
  }
  const { index } = await ctx.catalog();
  const list = await credentialList(index, args.filter, matchesFilter(args.filter));
  let start = 0;
  if (args.after != null) {
    const at = list.positionOf(decodeCursor(args.after));
    if (at === undefined)
      throw new InvalidInputError(`cursor "${args.after}" names no credential of this list`);
    start = at + 1;
  }
  const page = list.slice(start, start + first);
  const edges = page.map((credential) => ({
    cursor: encodeCursor(credential.id),
    node: { credential, index },
  }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: start + first < list.size,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: list.size,
  };
}

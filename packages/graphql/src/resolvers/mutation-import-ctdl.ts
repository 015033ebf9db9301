/**
 * Mutation.importCtdl: a publisher sends a CTDL pathway (JSON-LD); its credentials are published as
 * the caller's provider in one atomic, validated change, with the import's warnings returned.
 */
import { importCtdl } from '@pathwise/interop';
import type { PathwiseContext } from '../context.js';
import { requirePublisher } from '../auth/require-publisher.js';
import { publishCredentials, type PublishResultParent } from './mutation-publish.js';

/** One import warning as the schema shows it. */
export interface ImportWarningParent {
  code: string;
  path: string;
  message: string;
}

/**
 * @returns the new catalog version, the published credentials and the import warnings
 * @throws PathwiseError UNAUTHENTICATED without a valid key
 * @throws ImportInvalidError (BAD_USER_INPUT, every fault in extensions.faults) for a malformed document
 * @throws CatalogInvalidError (BAD_USER_INPUT) when the resulting catalog is invalid; nothing changes
 */
export async function importCtdlResolver(
  _root: unknown,
  args: { document: unknown; providerName?: string | null },
  ctx: PathwiseContext,
): Promise<PublishResultParent & { warnings: ImportWarningParent[] }> {
  const provider = requirePublisher(ctx.principal);
  const { catalog, warnings } = importCtdl(args.document);
  const published = await publishCredentials(
    ctx,
    provider,
    catalog.credentials,
    args.providerName ?? undefined,
  );
  return { ...published, warnings };
}

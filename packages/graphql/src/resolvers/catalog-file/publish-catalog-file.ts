/**
 * Mutation.publishCatalogFile: publishes a catalog file (catalog JSON, CSV or CTDL) as the caller's
 * provider, atomically and validated like publishProgram. Query.validateCatalogFile is its dry run.
 */
import { PathwiseError } from '@pathwise/core';
import { ImportInvalidError, type ImportFaultCode } from '@pathwise/interop';
import type { PathwiseContext } from '../../context.js';
import { requirePublisher } from '../../auth/require-publisher.js';
import type { ImportWarningParent } from '../mutation-import-ctdl.js';
import { publishCredentials, type PublishResultParent } from '../mutation-publish.js';
import type { CatalogFileInput } from './check-catalog-file.js';
import { readCatalogFile } from './read-catalog-file.js';

/**
 * @returns the new catalog version, the published credentials and the import's warnings
 * @throws PathwiseError UNAUTHENTICATED without a valid key; FORBIDDEN when the file names another
 *   provider
 * @throws ImportInvalidError (BAD_USER_INPUT, every fault) for an unreadable or malformed file
 * @throws CatalogInvalidError (BAD_USER_INPUT) when the resulting catalog is invalid; nothing changes
 */
export async function publishCatalogFileResolver(
  _root: unknown,
  { input }: { input: CatalogFileInput },
  ctx: PathwiseContext,
): Promise<PublishResultParent & { warnings: ImportWarningParent[] }> {
  const provider = requirePublisher(ctx.principal);
  const file = readCatalogFile(input.format, input.content, provider);
  const forbidden = file.faults.find((f) => f.code === 'FORBIDDEN');
  if (forbidden) throw new PathwiseError('FORBIDDEN', forbidden.message);
  if (file.faults.length > 0)
    throw new ImportInvalidError(
      // FORBIDDEN aside, a file's faults are its importer's (or MALFORMED, read-catalog-file.ts).
      file.faults.map(({ code, path, message }) => ({
        code: code as ImportFaultCode,
        path,
        message,
      })),
    );
  const published = await publishCredentials(
    ctx,
    provider,
    file.credentials,
    input.providerName ?? undefined,
  );
  return { ...published, warnings: file.warnings };
}

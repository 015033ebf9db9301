/**
 * Query.validateCatalogFile: a dry run of publishing a catalog file. The file is read
 * (read-catalog-file.ts), the publish applied to the current catalog and validated whole exactly as
 * the store would (@pathwise/store's nextCatalog), and nothing is written. It answers every fault,
 * beside the credentials it concerns, and what the publish would change.
 */
import { CatalogInvalidError, type Catalog, type Credential } from '@pathwise/core';
import { nextCatalog } from '@pathwise/store';
import type { PathwiseContext } from '../../context.js';
import { requirePublisher } from '../../auth/require-publisher.js';
import type { ImportWarningParent } from '../mutation-import-ctdl.js';
import { readCatalogFile, type CatalogFileFormat, type FileFault } from './read-catalog-file.js';
import { credentialDiff, type CredentialDiff } from './credential-diff.js';

/** CatalogFileInput. */
export interface CatalogFileInput {
  format: CatalogFileFormat;
  content: string;
  providerName?: string | null;
}

/** CatalogFileCheck. */
export interface CatalogFileCheckParent extends CredentialDiff {
  catalogVersion: number;
  valid: boolean;
  faults: (FileFault & { credential: string | null })[];
  warnings: ImportWarningParent[];
}

/**
 * @returns the faults of publishing the file now, and the diff it would make (empty when faulty)
 * @throws PathwiseError UNAUTHENTICATED without a valid publisher key
 */
export async function validateCatalogFileResolver(
  _root: unknown,
  { input }: { input: CatalogFileInput },
  ctx: PathwiseContext,
): Promise<CatalogFileCheckParent> {
  const provider = requirePublisher(ctx.principal);
  const current = await ctx.store.load();
  const file = readCatalogFile(input.format, input.content, provider);
  const faults = [...file.faults];
  const empty: CredentialDiff = { added: [], changed: [], unchanged: [], unlisted: [] };
  if (faults.length === 0 && file.credentials.length === 0)
    faults.push({
      code: 'NO_CONTENT',
      path: 'credentials',
      message: 'the file has no credential',
      ids: [],
    });
  if (faults.length === 0) faults.push(...ownership(current.catalog, file.credentials, provider));
  if (faults.length > 0)
    return {
      catalogVersion: current.version,
      valid: false,
      faults: located(faults, file.credentials),
      warnings: file.warnings,
      ...empty,
    };
  if (file.credentials.length > ctx.limits.maxPublishCredentials) {
    const message = `${file.credentials.length} credentials exceed the limit of ${ctx.limits.maxPublishCredentials} per publish`;
    faults.push({ code: 'TOO_MANY', path: 'credentials', message, ids: [] });
  }
  let next: Catalog | undefined;
  try {
    next = nextCatalog(
      current,
      {
        kind: 'publish',
        provider,
        credentials: file.credentials,
        providerName: input.providerName || undefined,
      },
      {},
    );
  } catch (error) {
    if (!(error instanceof CatalogInvalidError)) throw error;
    faults.push(...error.faults);
  }
  return {
    catalogVersion: current.version,
    valid: faults.length === 0,
    faults: located(faults, file.credentials),
    warnings: file.warnings,
    ...(next && faults.length === 0
      ? credentialDiff(
          current.catalog,
          next,
          file.credentials.map((c) => c.id),
          provider,
        )
      : empty),
  };
}

const AT_SENT = /^credentials\[(\d+)\]/;

/** @returns the faults, each with the id of the sent credential its path points into, else null */
function located(
  faults: FileFault[],
  sent: readonly Credential[],
): (FileFault & { credential: string | null })[] {
  return faults.map((f) => {
    if (f.credential !== undefined) return { ...f, credential: f.credential };
    const at = AT_SENT.exec(f.path);
    return { ...f, credential: (at && sent[Number(at[1])]?.id) ?? null };
  });
}

/** A file may not replace another provider's credential (core's applyCatalogChange refuses it). */
function ownership(catalog: Catalog, credentials: Credential[], provider: string): FileFault[] {
  const owner = new Map(catalog.credentials.map((c) => [c.id, c.provider] as const));
  return credentials.flatMap((c, j) => {
    if (!owner.has(c.id) || owner.get(c.id) === provider) return [];
    const other = owner.get(c.id);
    return [
      {
        code: 'FORBIDDEN',
        path: `credentials[${j}].id`,
        message: `credential "${c.id}" belongs to ${other ? `provider "${other}"` : 'no provider'}, not "${provider}"`,
        ids: [c.id],
      },
    ];
  });
}

/**
 * A catalog whose credentials are read on demand (lazy-credentials.ts) as the document they are read
 * from plus a small text of the rest: the catalog around its credentials, and the credentials a
 * change put in place of the document's or after them. The engine shares a catalog version with its
 * planning workers this way when the document is already in shared memory (the file store reads its
 * catalog file there): the document is handed over as it is, not copied, however many credentials a
 * publish has replaced or added since it was read.
 */
import { PathwiseError } from '../errors.js';
import type { Catalog } from '../model/types.js';
import { checkSpans, type CredentialDocument } from './catalog-document.js';
import { credentialPatchOf, credentialSourceOf, lazyCredentials } from './lazy-credentials.js';

/** A catalog as its credentials' document and the rest. */
export interface PatchedCatalog {
  /** The document its credentials are decoded from (which may hold more than the catalog). */
  document: CredentialDocument;
  /** JSON: the catalog around its credentials, and what they hold apart from the document's. */
  rest: string;
}

/**
 * @param catalog - a catalog
 * @returns it as its credentials' document and the rest, when they are read on demand; else
 *   undefined (write it whole: writeCatalogDocument)
 */
export function patchedCatalogOf(catalog: Catalog): PatchedCatalog | undefined {
  const source = credentialSourceOf(catalog.credentials);
  const patch = credentialPatchOf(catalog.credentials);
  if (source === undefined || patch === undefined) return undefined;
  const rest = JSON.stringify({ catalog: { ...catalog, credentials: [] }, ...patch });
  return { document: { bytes: source.bytes, spans: source.spans }, rest };
}

/**
 * @param document - the document a `patchedCatalogOf` answer names (its bytes may be shared)
 * @param rest - that answer's rest
 * @returns the catalog, its credentials decoded on demand from the document, the rest in place
 * @throws PathwiseError INVALID_INPUT when the spans do not fit the bytes or the rest is not one of
 *   a catalog; SyntaxError when the rest is not JSON
 */
export function readPatchedCatalog(document: CredentialDocument, rest: string): Catalog {
  checkSpans(document);
  const value = JSON.parse(rest) as Partial<Record<'catalog' | 'replaced' | 'appended', unknown>>;
  const { catalog, replaced, appended } = value ?? {};
  if (
    catalog === null ||
    typeof catalog !== 'object' ||
    !Array.isArray(replaced) ||
    !replaced.every((r) => Array.isArray(r) && r.length === 2 && typeof r[0] === 'number') ||
    !Array.isArray(appended)
  )
    throw new PathwiseError('INVALID_INPUT', 'a patched catalog has no catalog and patch');
  const credentials = lazyCredentials(document.bytes, document.spans, { replaced, appended });
  return { ...(catalog as Catalog), credentials };
}

/**
 * A publisher's catalog file (catalog-v1/v2 JSON, CSV or a CTDL pathway) as the credentials one
 * publish would send, with every fault of the file itself (unreadable, malformed, a credential of
 * another provider) named beside the credential it concerns. The importers are @pathwise/interop's.
 */
import type { Credential } from '@pathwise/core';
import { ImportInvalidError, importCsv, importCtdl, readJsonText } from '@pathwise/interop';
import type { ImportWarningParent } from '../mutation-import-ctdl.js';

/** The file formats a publisher may upload. */
export type CatalogFileFormat = 'CATALOG_JSON' | 'CSV' | 'CTDL';

/** One fault of a catalog file or of the catalog it would make, with the credential ids it concerns. */
export interface FileFault {
  code: string;
  path: string;
  message: string;
  ids: string[];
  /** The file's credential it lies in, when the reader knows it (else found from `path`). */
  credential?: string | null;
}

/** What read a catalog file gives. */
export interface CatalogFileContent {
  credentials: Credential[];
  faults: FileFault[];
  warnings: ImportWarningParent[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The catalog a format's importer makes of the text; its faults thrown as ImportInvalidError. */
function imported(
  format: CatalogFileFormat,
  content: string,
): { credentials: unknown[]; warnings: ImportWarningParent[] } {
  const fromCatalog = (r: {
    catalog: { credentials: unknown[] };
    warnings: ImportWarningParent[];
  }) => ({
    credentials: r.catalog.credentials,
    warnings: r.warnings,
  });
  // The rows join the catalog: the publish's dry run validates them with it (a row may require a
  // credential already published), so the CSV is not validated as a catalog of its own.
  if (format === 'CSV') return fromCatalog(importCsv(content, { validate: false }));
  if (format === 'CTDL') return fromCatalog(importCtdl(content));
  const doc = readJsonText(content);
  if (!isObject(doc) || !Array.isArray(doc.credentials))
    throw new ImportInvalidError([
      {
        code: 'MALFORMED',
        path: '',
        message: 'a catalog is a JSON object with a "credentials" list',
      },
    ]);
  const warnings: ImportWarningParent[] = Object.keys(doc)
    .filter((k) => !['format', 'providers', 'credentials'].includes(k))
    .map((k) => ({
      code: 'IGNORED_PROPERTY',
      path: k,
      message: `"${k}" is not published from a file: a publish sends credentials only`,
    }));
  return { credentials: doc.credentials, warnings };
}

/**
 * @param format - the file's format
 * @param content - the file's text
 * @param provider - the caller's provider: a credential naming another is a FORBIDDEN fault; one
 *   naming none (and every credential of a CTDL pathway, as Mutation.importCtdl) becomes the caller's
 * @returns the credentials to publish, in file order (so fault paths `credentials[j]` count the
 *   file's credentials), and the file's faults and warnings
 */
export function readCatalogFile(
  format: CatalogFileFormat,
  content: string,
  provider: string,
): CatalogFileContent {
  let found: { credentials: unknown[]; warnings: ImportWarningParent[] };
  try {
    found = imported(format, content);
  } catch (error) {
    if (!(error instanceof ImportInvalidError)) throw error;
    return { credentials: [], faults: error.faults.map((f) => ({ ...f, ids: [] })), warnings: [] };
  }
  const warnings = found.warnings;
  const faults: FileFault[] = [];
  const credentials: Credential[] = [];
  found.credentials.forEach((c, j) => {
    if (!isObject(c) || typeof c.id !== 'string' || c.id === '') {
      faults.push({
        code: 'MALFORMED',
        path: `credentials[${j}]`,
        message: 'a credential is an object with a non-empty string "id"',
        ids: [],
        credential: null,
      });
      return;
    }
    const owner = c.provider;
    if (format !== 'CTDL' && owner !== undefined && owner !== provider) {
      faults.push({
        code: 'FORBIDDEN',
        path: `credentials[${j}].provider`,
        message: `credential "${c.id}" names provider "${String(owner)}"; this key publishes for "${provider}"`,
        ids: [c.id],
        credential: c.id,
      });
    }
    credentials.push({ ...c, provider } as unknown as Credential);
  });
  return { credentials, faults, warnings };
}

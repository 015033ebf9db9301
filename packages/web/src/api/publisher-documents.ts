/**
 * The publisher view's GraphQL documents (typed like documents.ts, and checked against the schema
 * by test/web/documents.test.ts): the dry run of a catalog file, its publish, and retiring.
 */
import { doc } from './client.js';

/** The formats a catalog file may be in. */
export type CatalogFileFormat = 'CATALOG_JSON' | 'CSV' | 'CTDL';

/** Variables naming a catalog file. */
export interface CatalogFileVariables {
  input: { format: CatalogFileFormat; content: string; providerName: string | null };
}

/** One fault of a file, beside the credential it concerns. */
export interface FileFaultData {
  code: string;
  path: string;
  message: string;
  ids: string[];
  credential: string | null;
}

/** What the dry run answers. */
export interface CatalogFileCheckData {
  catalogVersion: number;
  valid: boolean;
  faults: FileFaultData[];
  warnings: { code: string; path: string; message: string }[];
  added: string[];
  changed: { id: string; fields: string[] }[];
  unchanged: string[];
  unlisted: string[];
}

/** Every fault of publishing a file now, and what it would change; nothing is written. */
export const VALIDATE_FILE = doc<
  { validateCatalogFile: CatalogFileCheckData },
  CatalogFileVariables
>(/* GraphQL */ `
  query ValidateCatalogFile($input: CatalogFileInput!) {
    validateCatalogFile(input: $input) {
      catalogVersion
      valid
      faults {
        code
        path
        message
        ids
        credential
      }
      warnings {
        code
        path
        message
      }
      added
      changed {
        id
        fields
      }
      unchanged
      unlisted
    }
  }
`);

/** Publishes a file. */
export const PUBLISH_FILE = doc<
  { publishCatalogFile: { catalogVersion: number; credentials: { id: string }[] } },
  CatalogFileVariables
>(/* GraphQL */ `
  mutation PublishCatalogFile($input: CatalogFileInput!) {
    publishCatalogFile(input: $input) {
      catalogVersion
      credentials {
        id
      }
    }
  }
`);

/** Retires one of the caller's credentials. */
export const RETIRE = doc<
  { retireCredential: { catalogVersion: number; id: string } },
  { id: string }
>(/* GraphQL */ `
  mutation Retire($id: ID!) {
    retireCredential(id: $id) {
      catalogVersion
      id
    }
  }
`);

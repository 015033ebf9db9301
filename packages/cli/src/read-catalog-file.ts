/**
 * Reads and validates a catalog file; an unreadable file or non-JSON text is a fault like any other.
 */
import type { Catalog } from '@pathwise/core';
import { CatalogInvalidError, parseCatalogJson } from '@pathwise/core';
import type { CliIo } from './io.js';

/**
 * @param path - the catalog file
 * @param io - where it is read from
 * @param read - its text when the caller has read it already
 * @returns the valid catalog
 * @throws CatalogInvalidError (UNREADABLE, NOT_JSON, or any catalog fault)
 */
export async function readCatalogFile(path: string, io: CliIo, read?: string): Promise<Catalog> {
  let text: string;
  try {
    text = read ?? (await io.readText(path));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CatalogInvalidError([
      { code: 'UNREADABLE', path: '', message: `cannot read ${path}: ${reason}`, ids: [] },
    ]);
  }
  return parseCatalogJson(text);
}

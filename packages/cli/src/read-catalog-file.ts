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
    throw unreadable(path, error);
  }
  return parseCatalogJson(text);
}

/** @returns the UNREADABLE fault of a file that could not be read */
export function unreadable(path: string, error: unknown): CatalogInvalidError {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new CatalogInvalidError([
    { code: 'UNREADABLE', path: '', message: `cannot read ${path}: ${reason}`, ids: [] },
  ]);
}

/**
 * @returns the file's bytes; undefined when the io reads text only (a test double), or when the
 *   file cannot be read or is refused (the text path then reports it: UNREADABLE)
 */
export async function readFileBytes(path: string, io: CliIo): Promise<Uint8Array | undefined> {
  try {
    return await io.readTextBytes?.(path);
  } catch {
    return undefined;
  }
}

/**
 * Which format a catalog file is in, from its name and first characters: `.csv` is CSV; JSON that
 * speaks CTDL (`ceterms:` terms or the CTDL context) is CTDL; other JSON is a Pathwise catalog.
 */
import type { CatalogFileFormat } from '../api/publisher-documents.js';

/**
 * @param name - the file's name
 * @param text - its text
 * @returns the format it is most likely in (the view lets the publisher change it)
 */
export function guessFormat(name: string, text: string): CatalogFileFormat {
  if (/\.csv$/i.test(name)) return 'CSV';
  const head = text.slice(0, 4000);
  if (/ceterms:|credreg\.net|"@graph"/.test(head)) return 'CTDL';
  if (/^\s*[[{]/.test(text)) return 'CATALOG_JSON';
  return 'CSV';
}

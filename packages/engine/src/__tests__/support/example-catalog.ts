/** Test support: the example catalog (examples/catalogs/tech-careers.json), parsed. */
import { readFileSync } from 'node:fs';
import { parseCatalog, type Catalog } from '@pathwise/core';

/** @returns the example catalog, parsed */
export function exampleCatalog(): Catalog {
  const url = new URL('../../../../../examples/catalogs/tech-careers.json', import.meta.url);
  return parseCatalog(JSON.parse(readFileSync(url, 'utf8')) as Catalog);
}

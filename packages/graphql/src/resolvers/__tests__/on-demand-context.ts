/**
 * A resolver context over a catalog read on demand (its credentials decoded from the document the
 * first time they are read), with its compiled index's view, as a store's lazy start serves it: for
 * tests that count what a resolver decodes (core's decodedCount). No planning.
 */
import { readCatalogDocument, writeCatalogDocument, type Catalog } from '@pathwise/core';
import { catalogIndexView, compileIndex } from '@pathwise/engine';
import { DEFAULT_LIMITS, type PathwiseContext, type ApiLimits } from '../../context.js';

/**
 * @param catalog - a valid catalog
 * @param limits - limits to change from the defaults
 * @returns the on-demand copy of the catalog (count its decoded credentials) and a context over it
 */
export function onDemandContext(
  catalog: Catalog,
  limits: Partial<ApiLimits> = {},
): { read: Catalog; ctx: PathwiseContext } {
  const read = readCatalogDocument(writeCatalogDocument(catalog)) as Catalog;
  const view = { version: 1, index: catalogIndexView(read, compileIndex(catalog)) };
  const ctx = {
    catalog: () => Promise.resolve(view),
    limits: { ...DEFAULT_LIMITS, ...limits },
  } as unknown as PathwiseContext;
  return { read, ctx };
}

/**
 * @pathwise/store: the CatalogStore interface and the embedded file store.
 */
export * from './catalog-store.js';

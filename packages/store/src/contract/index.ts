/**
 * `@pathwise/store/contract`: the CatalogStore contract suite and catalog fixtures, for store tests.
 */
export * from './describe-catalog-store-contract.js';
export * from './catalog-fixtures.js';
export * from './describe-retire-contract.js';

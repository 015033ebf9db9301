/**
 * @pathwise/core: the catalog model, requirement semantics, holdings and lapse, validation. No I/O.
 */
export * from './model/types.js';
export * from './model/offer.js';
export * from './model/catalog-change.js';
export * from './errors.js';
export * from './revive-error.js';
export * from './requirement/walk.js';
export * from './requirement/evaluate.js';
export { requirementText } from './requirement/requirement-text.js';
export * from './holdings/dates.js';
export * from './holdings/active-holdings.js';
export * from './holdings/implied-holdings.js';
export * from './holdings/future-holding-error.js';
export * from './catalog-index.js';
export * from './document/catalog-document.js';
export * from './document/patched-catalog.js';
export {
  credentialPatchOf,
  credentialSourceOf,
  decodedCount,
  differingPositions,
  isLazyCredentials,
  lazyCredentials,
  type CredentialPatch,
  type LazyOptions,
} from './document/lazy-credentials.js';
export { arraySpans } from './document/credential-spans.js';
export * from './validate/parse-catalog.js';
export {
  parseCatalogBytes,
  readCatalogBytes,
  type CompileAsRead,
} from './validate/parse-document.js';
export { ID_PATTERN } from './validate/check-fields.js';
export { MAX_REQUIREMENT_DEPTH } from './validate/check-requirement.js';
export { ALIAS_PATTERN, RECOGNITION_PATTERN } from './validate/check-credential-v2.js';
export {
  ValidationBase,
  type CredentialLookups,
  type RequiresRows,
} from './validate/incremental/validation-base.js';
export {
  validateCatalogUpdate,
  type UpdateValidation,
} from './validate/incremental/validate-catalog-update.js';

/**
 * @pathwise/interop: CTDL JSON-LD in and out, Open Badges 3.0 / CLR 2.0 wallets to holdings,
 * CSV catalogs in.
 */
export * from './errors.js';
export { importCtdl } from './ctdl/import-ctdl.js';
export { readJsonText, readJsonDocuments } from './json/read-json-text.js';
export { MAX_NESTING, MAX_RULE_DEPTH } from './json/nesting.js';
export { CTDL_ID_FIELD, CTDL_PATHWAYS_FIELD } from './ctdl/identity-fields.js';
export type { ImportCtdlOptions, ImportCtdlResult, ImportedPathway } from './ctdl/import-ctdl.js';
export { exportCtdl } from './ctdl/export-ctdl.js';
export type { ExportCtdlOptions } from './ctdl/export-ctdl.js';
export { canonicalRequirement } from './requirement/canonical.js';
export { holdingsFromWallet } from './wallet/holdings-from-wallet.js';
export type {
  WalletOptions,
  WalletHoldings,
  UnmatchedAchievement,
  ExpiredAchievement,
  RejectedAchievement,
} from './wallet/holdings-from-wallet.js';
export { verifyWalletProofs } from './wallet/verify-proofs.js';
export type { ProofCheck, ProofChecks } from './wallet/verify-proofs.js';
export { importCsv } from './csv/import-csv.js';
export type { ImportCsvOptions } from './csv/import-csv.js';
export {
  parseRequirementExpression,
  formatRequirementExpression,
  ExpressionError,
} from './csv/requirement-expression.js';
export { exportCsv } from './csv/export-csv.js';

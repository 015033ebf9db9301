/**
 * @pathwise/engine: the catalog as a graphology graph, exact cheapest and fastest planners, schedules.
 */
export * from './plan-types.js';
export * from './planner.js';
export type {
  Target,
  TargetForm,
  AnyOfTarget,
  SkillsTarget,
  RecognizedByTarget,
  Reached,
} from './target/target-types.js';
export { isTargetForm, TARGET_FORM_KEYS } from './target/target-types.js';
export { targetText } from './target/target-text.js';
export type {
  Explanation,
  StepReason,
  RuleMet,
  ChoiceExplanation,
  PassedOver,
  HoldingUse,
  LapsedNote,
  RenewalNote,
} from './explain/explain-types.js';
export { MAX_ALTERNATIVES } from './explain/explain-alternatives.js';
export type { Frontier, FrontierGap } from './frontier/frontier-types.js';
export { createPlanner, type PlannerOptions, type CompiledPlanner } from './plan/create-planner.js';
export type { MipModel, MipResult, MipSolver, MipTerm } from './mip/mip-model.js';
export { loadHighsSolver, solverFor } from './mip/highs-solver.js';
export {
  compileIndex,
  indexBuilder,
  updateIndex,
  type CompactIndex,
  type IndexBuilder,
} from './compile/compact-index.js';
export { catalogIndexView } from './compile/catalog-index-view.js';
export type { HoursTables } from './hours/hours-model.js';
export {
  readSharedCatalog,
  shareCatalog,
  type SharedCatalog,
  type SharedCatalogView,
} from './compile/shared-catalog.js';
export { indexSnapshotCodec } from './compile/snapshot-codec.js';
export { readIndexSnapshotFile } from './compile/snapshot-file.js';
export { readIndexSnapshot, type SnapshotMemory } from './compile/read-index-snapshot.js';
export {
  writeIndexSnapshot,
  SNAPSHOT_FORMAT,
  SNAPSHOT_HEADER_BYTES,
  SNAPSHOT_KEY_BYTES,
} from './compile/index-snapshot.js';
export { cleanNumber } from './numeric/clean-number.js';
export { mulberry32 } from './numeric/mulberry32.js';
export { cleanPlan } from './plan/clean-plan.js';
export { loadWarnings, HEAVY_WEEKLY_HOURS } from './plan/load-warnings.js';
export { DEFAULT_TIME_BUDGET_MS } from './query/resolve-query.js';
export { checkPlanQuery, PLAN_QUERY_FIELDS, MAX_WEEKLY_HOURS } from './query/check-query.js';
export {
  ENGINE_ERROR_REVIVERS,
  InvalidQueryError,
  UnknownQueryCredentialError,
  type QueryFault,
} from './query/query-errors.js';
export {
  shortestWeeks,
  fitsHours,
  highestLoad,
  stepHoursPerWeek,
  type StepPace,
} from './hours/weekly-load.js';
export { validatePlan, type PlanFault, type PlanFaultCode } from './validate/validate-plan.js';
export {
  catalogGraph,
  type CatalogGraph,
  type CredentialNodeAttributes,
  type RequirementNodeAttributes,
  type CatalogEdgeAttributes,
} from './graph/catalog-graph.js';
export {
  catalogMetrics,
  BETWEENNESS_MAX_CREDENTIALS,
  type CatalogMetrics,
  type CredentialMetrics,
} from './metrics/catalog-metrics.js';
export { credentialDag, type CredentialDag } from './metrics/credential-dag.js';
export {
  curricularMetrics,
  type DagMetrics,
  type VertexMetrics,
} from './metrics/curricular-metrics.js';

/**
 * @pathwise/graphql: the SDL schema, typed resolvers and error mapping of the Pathwise API; no server.
 */
export { typeDefs } from './schema/type-defs.js';
export { createPathwiseSchema } from './schema/create-schema.js';
export { resolvers } from './resolvers/index.js';
export type {
  CatalogView,
  TimedPlan,
  TimedFrontier,
  PlanRun,
  Principal,
  ApiLimits,
  PathwiseContext,
} from './context.js';
export { DEFAULT_LIMITS } from './context.js';
export { GRAPHQL_CODES, formatPathwiseError } from './errors/map-error.js';
export { requirePublisher } from './auth/require-publisher.js';
export { requirementText } from '@pathwise/core';

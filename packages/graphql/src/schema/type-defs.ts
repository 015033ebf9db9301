/**
 * The Pathwise GraphQL schema in SDL (schema-first). plan-v1.md's contract (Query.plan, credential,
 * PlanInput, HoldingInput, Objective, Plan, PlanStep, Credential) is kept name for name; the rest
 * serves learners (browse, filter), universities (publish, retire, import) and workforce boards
 * (reachable, pathways).
 */
import { operations } from './sdl/operations.js';
import { planTypes } from './sdl/plan.js';
import { explanationTypes } from './sdl/explanation.js';
import { catalogTypes } from './sdl/catalog.js';
import { reachTypes } from './sdl/reach.js';
import { publishingTypes } from './sdl/publishing.js';

/** The schema's type definitions: its parts, by what they serve, in one document. */
export const typeDefs = [
  operations,
  planTypes,
  explanationTypes,
  catalogTypes,
  reachTypes,
  publishingTypes,
].join('\n');

/**
 * The Objective enum between GraphQL (CHEAPEST / FASTEST) and the engine ('cheapest' / 'fastest').
 */
import type { Objective } from '@pathwise/engine';

/** The schema's Objective values. */
export type GraphQLObjective = 'CHEAPEST' | 'FASTEST';

/** @returns the engine objective for a schema value */
export function toEngineObjective(objective: GraphQLObjective | null | undefined): Objective {
  return objective === 'FASTEST' ? 'fastest' : 'cheapest';
}

/** @returns the schema value for an engine objective */
export function toGraphQLObjective(objective: Objective): GraphQLObjective {
  return objective === 'fastest' ? 'FASTEST' : 'CHEAPEST';
}

/**
 * Builds the executable schema from the SDL and the resolvers (@graphql-tools/schema).
 */
import type { GraphQLSchema } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { typeDefs } from './type-defs.js';
import { resolvers } from '../resolvers/index.js';

/**
 * @returns the Pathwise schema; resolvers expect a PathwiseContext
 * @throws Error when the SDL and the resolver map disagree (a programming error)
 */
export function createPathwiseSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs,
    resolvers,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}

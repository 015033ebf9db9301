/**
 * The resolver map of the schema.
 */
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { objectTypeResolvers } from './object-types.js';
import { planResolver } from './query-plan.js';
import { frontierResolver, frontierTypeResolvers } from './query-frontier.js';
import { explanationTypeResolvers } from './explanation-types.js';
import {
  catalogVersionResolver,
  credentialResolver,
  providerResolver,
  providersResolver,
} from './query-catalog.js';
import { credentialsResolver } from './query-credentials.js';
import { reachableResolver } from './query-reachable.js';
import { pathwaysResolver } from './query-pathways.js';
import { publishProgramResolver, retireCredentialResolver } from './mutation-publish.js';
import { importCtdlResolver } from './mutation-import-ctdl.js';
import { walletHoldingsResolver } from './wallet-holdings.js';
import { validateCatalogFileResolver } from './catalog-file/check-catalog-file.js';
import { publishCatalogFileResolver } from './catalog-file/publish-catalog-file.js';

/** Every resolver, keyed by type and field. */
export const resolvers = {
  JSON: GraphQLJSON,
  JSONObject: GraphQLJSONObject,
  Query: {
    plan: planResolver,
    frontier: frontierResolver,
    credential: credentialResolver,
    credentials: credentialsResolver,
    providers: providersResolver,
    provider: providerResolver,
    reachable: reachableResolver,
    pathways: pathwaysResolver,
    catalogVersion: catalogVersionResolver,
    walletHoldings: walletHoldingsResolver,
    validateCatalogFile: validateCatalogFileResolver,
  },
  Mutation: {
    publishProgram: publishProgramResolver,
    retireCredential: retireCredentialResolver,
    importCtdl: importCtdlResolver,
    publishCatalogFile: publishCatalogFileResolver,
  },
  ...objectTypeResolvers,
  ...frontierTypeResolvers,
  ...explanationTypeResolvers,
};

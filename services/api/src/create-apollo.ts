/**
 * The Apollo Server 5 instance: the Pathwise schema, error mapping without stack traces, and the
 * depth / alias / cost rules. No HTTP here (see http/handle-graphql.ts).
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createPathwiseSchema, formatPathwiseError, type PathwiseContext } from '@pathwise/graphql';
import type { Logger } from './logger.js';
import { graphqlLogPlugin } from './graphql-log-plugin.js';
import { limitRules, type ServiceLimits } from './limits.js';

/**
 * @param limits - the service limits (validation rules come from them)
 * @param logger - where unexpected errors are logged (clients only see INTERNAL_SERVER_ERROR)
 * @returns a started ApolloServer
 */
export async function createApollo(
  limits: ServiceLimits,
  logger: Logger,
): Promise<ApolloServer<PathwiseContext>> {
  const apollo = new ApolloServer<PathwiseContext>({
    schema: createPathwiseSchema(),
    includeStacktraceInErrorResponses: false,
    validationRules: limitRules(limits),
    formatError: (formatted, error) =>
      formatPathwiseError(formatted, error, (err) =>
        logger.error({ err }, 'unexpected error in a request'),
      ),
    plugins: [ApolloServerPluginLandingPageDisabled(), graphqlLogPlugin(logger)],
    // The service stops Apollo itself after in-flight requests finish (start-server.ts); Apollo's own
    // handler would stop early and re-send the signal, killing the process mid-shutdown.
    stopOnTerminationSignals: false,
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  await apollo.start();
  return apollo;
}

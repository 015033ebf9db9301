/**
 * The Apollo Server 5 instance: the Pathwise schema, error mapping without stack traces or internal
 * paths, the depth / alias / cost rules, request metrics, and no schema hints in production. No HTTP
 * here (see http/handle-graphql.ts).
 */
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createPathwiseSchema, formatPathwiseError, type PathwiseContext } from '@pathwise/graphql';
import { metricsPlugin } from './apollo-metrics-plugin.js';
import type { Logger } from './logger.js';
import { graphqlLogPlugin } from './graphql-log-plugin.js';
import { limitRules, type ServiceLimits } from './limits.js';
import type { ServiceMetrics } from './metrics.js';

/** Options of createApollo. */
export interface ApolloOptions {
  /** Requests are counted here. */
  metrics: ServiceMetrics;
  /**
   * Production mode: no field suggestions ("Did you mean …") in errors; Apollo also turns
   * introspection off. Default: NODE_ENV is `production`.
   */
  production?: boolean;
}

/** The message a client sees for any store failure; the detail (paths, driver text) is logged. */
export const STORE_UNAVAILABLE_MESSAGE = 'the catalog store is unavailable; try again later';

/**
 * @param error - what a resolver threw
 * @returns true for a store failure: STORE_UNAVAILABLE, or a raw file-system error (ENOENT, EACCES,
 *   … with its syscall) that a store let through
 */
function isStoreFailure(error: unknown): boolean {
  // By shape, as map-error does: source and built copies of core's PathwiseError may both be loaded.
  if (!(error instanceof Error)) return false;
  const { code, syscall } = error as { code?: unknown; syscall?: unknown };
  return code === 'STORE_UNAVAILABLE' || (typeof code === 'string' && typeof syscall === 'string');
}

/**
 * @param limits - the service limits (validation rules come from them)
 * @param logger - where unexpected errors and store failures are logged (clients see a generic message)
 * @param options - metrics and production mode
 * @returns a started ApolloServer
 */
export async function createApollo(
  limits: ServiceLimits,
  logger: Logger,
  options: ApolloOptions,
): Promise<ApolloServer<PathwiseContext>> {
  const { metrics } = options;
  const apollo = new ApolloServer<PathwiseContext>({
    schema: createPathwiseSchema(),
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production ?? process.env.NODE_ENV === 'production',
    validationRules: limitRules(limits),
    formatError: (formatted, error) => {
      const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
      if (isStoreFailure(original)) {
        // Store messages name files, locks and hosts: log them, tell the client only an incident id.
        const incident = randomUUID();
        metrics.storeError('request');
        logger.error({ err: original, incident }, 'catalog store unavailable');
        return {
          message: STORE_UNAVAILABLE_MESSAGE,
          ...(formatted.path ? { path: formatted.path } : {}),
          extensions: { code: 'SERVICE_UNAVAILABLE', pathwiseCode: 'STORE_UNAVAILABLE', incident },
        };
      }
      return formatPathwiseError(formatted, error, (err) =>
        logger.error({ err }, 'unexpected error in a request'),
      );
    },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      graphqlLogPlugin(logger),
      metricsPlugin(metrics),
    ],
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

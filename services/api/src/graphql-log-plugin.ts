/**
 * Logs each GraphQL operation once it is answered: its name (or `(anonymous)`), its type, how long it
 * took, and the codes of the errors it ended in. An operation that ended in errors is logged at
 * `warn` (the client's fault: BAD_USER_INPUT, NOT_FOUND, …) or `error` (INTERNAL_SERVER_ERROR).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from './logger.js';

/**
 * @param logger - the service logger
 * @returns the Apollo plugin
 */
export function graphqlLogPlugin<C extends object>(logger: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, response }) {
          const errors =
            response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = [
            ...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'))),
          ];
          // Pathwise's own code (UNKNOWN_CREDENTIAL, CONFLICT, …) behind a BAD_USER_INPUT and the like.
          const pathwiseCodes = [
            ...new Set(
              errors.flatMap((e) =>
                e.extensions?.pathwiseCode ? [String(e.extensions.pathwiseCode)] : [],
              ),
            ),
          ];
          const said = [...pathwiseCodes, ...codes].join(', ');
          const record = {
            operation: operationName ?? operation?.name?.value ?? '(anonymous)',
            type: operation?.operation ?? 'unknown',
            ms: Number(process.hrtime.bigint() - started) / 1e6,
            ...(codes.length > 0 ? { errors: codes } : {}),
            ...(pathwiseCodes.length > 0 ? { pathwiseCodes } : {}),
          };
          if (codes.includes('INTERNAL_SERVER_ERROR'))
            logger.error(record, `graphql ${record.operation} failed: ${said}`);
          else if (codes.length > 0)
            logger.warn(record, `graphql ${record.operation} ended in errors: ${said}`);
          else logger.info(record, `graphql ${record.operation}`);
        },
      };
    },
  };
}

/**
 * Maps Pathwise errors to GraphQL errors with `extensions.code` (BAD_USER_INPUT, NOT_FOUND,
 * UNAUTHENTICATED, FORBIDDEN, ...), the way apollo-server's ApolloServerErrorCode does, and hides
 * anything unexpected behind a generic INTERNAL_SERVER_ERROR. No stack trace ever reaches a client.
 * A PathwiseError is recognised by class (errors from planning workers are rebuilt as their class by
 * core's `reviveError`), and its fields come from its own `toJSON()`.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { PathwiseError, type PathwiseErrorCode } from '@pathwise/core';

/** The `extensions.code` each PathwiseError code maps to. */
export const GRAPHQL_CODES: Readonly<Record<PathwiseErrorCode, string>> = {
  CATALOG_INVALID: 'BAD_USER_INPUT',
  UNKNOWN_CREDENTIAL: 'BAD_USER_INPUT',
  INVALID_INPUT: 'BAD_USER_INPUT',
  IMPORT_INVALID: 'BAD_USER_INPUT',
  INFEASIBLE: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  STORE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
};

/**
 * @param error - a PathwiseError (any subclass)
 * @returns the extensions a client sees: `code`, `pathwiseCode`, and the fields the error's class
 *   carries (`faults`, `id`), as its `toJSON()` gives them
 */
function pathwiseExtensions(error: PathwiseError): Record<string, unknown> {
  const { name: _name, message: _message, code, ...fields } = error.toJSON();
  void _name;
  void _message;
  return { code: GRAPHQL_CODES[code], pathwiseCode: code, ...fields };
}

/**
 * A GraphQLError, checked by shape: under a bundler or test runner, graphql's ESM and CJS builds can
 * both be loaded, and then `instanceof` fails across them.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError || (error instanceof Error && error.name === 'GraphQLError');
}

/**
 * Apollo's `formatError`: PathwiseErrors keep their message and get a mapped code; GraphQL's own
 * errors (syntax, validation, variable coercion, limits) pass through; anything else is reported to
 * `onUnexpected` (the server log) and reaches the client as INTERNAL_SERVER_ERROR with a generic message.
 * @param formatted - the error as Apollo would send it
 * @param error - the thrown error (usually a GraphQLError wrapping the resolver's error)
 * @param onUnexpected - called with every unexpected error
 * @returns what the client sees
 */
export function formatPathwiseError(
  formatted: GraphQLFormattedError,
  error: unknown,
  onUnexpected: (error: unknown) => void = () => {},
): GraphQLFormattedError {
  const original = isGraphQLError(error) && error.originalError ? error.originalError : error;
  const where = { locations: formatted.locations, path: formatted.path };
  if (original instanceof PathwiseError) {
    return { message: original.message, ...where, extensions: pathwiseExtensions(original) };
  }
  const code = formatted.extensions?.code;
  const isGraphQLOwn = isGraphQLError(original);
  if (isGraphQLOwn || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR')) {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    void _dropped;
    return { ...formatted, extensions };
  }
  onUnexpected(original);
  return {
    message: 'Internal server error',
    ...where,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

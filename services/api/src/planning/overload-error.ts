/**
 * What a client sees when the planning queue refuses a plan: overload is a GraphQL error with
 * `extensions.code` RATE_LIMITED (this client's share is full: HTTP 429) or SERVICE_UNAVAILABLE (the
 * whole queue is full: HTTP 503), `extensions.retryAfterSeconds` and a `Retry-After` header (Apollo
 * takes status and headers from `extensions.http` and strips it from the response). A plan dropped
 * at the request's deadline, or because the request ended, is a TIMEOUT like any other budget fault.
 */
import { GraphQLError } from 'graphql';
import { PathwiseError } from '@pathwise/core';
import type { QueueRefusedError } from './fair-queue.js';

/**
 * @param code - `extensions.code`
 * @param status - the HTTP status
 * @param message - what the client reads
 * @param retryAfterS - seconds to wait before retrying
 * @returns the error to throw from a resolver or to send as a response
 */
export function overloadError(
  code: 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE',
  status: 429 | 503,
  message: string,
  retryAfterS: number,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code,
      retryAfterSeconds: retryAfterS,
      http: { status, headers: new Map([['retry-after', String(retryAfterS)]]) },
    },
  });
}

/**
 * @param error - the queue's refusal
 * @returns the error the resolver throws
 */
export function fromQueueRefusal(error: QueueRefusedError): Error {
  switch (error.reason) {
    case 'client-full':
      return overloadError('RATE_LIMITED', 429, error.message, error.retryAfterS);
    case 'queue-full':
      return overloadError('SERVICE_UNAVAILABLE', 503, error.message, error.retryAfterS);
    default:
      return new PathwiseError('TIMEOUT', error.message);
  }
}

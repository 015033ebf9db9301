/**
 * Bridges node:http and Apollo: reads the body (within the size limit), hands the request to
 * `executeHTTPGraphQLRequest` with a per-request PathwiseContext, and writes Apollo's response.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { PathwiseContext } from '@pathwise/graphql';
import { BodyTooLargeError, readBody } from './read-body.js';
import { sendJson } from './send-json.js';
import { requestTiming } from '../request-timing.js';

/** What the handler needs besides the request. */
export interface GraphQLHandlerDeps {
  apollo: ApolloServer<PathwiseContext>;
  maxBodyBytes: number;
  /** @returns the context of one request */
  contextFor(req: IncomingMessage): PathwiseContext;
  /** Send the request's timing as a `Server-Timing` header (request-timing.ts). */
  serverTiming?: boolean;
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function requestError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/**
 * Serves one GraphQL request (GET or POST /graphql).
 * @param req - the request
 * @param res - the response
 * @param deps - Apollo, the body limit and the context factory
 */
export async function handleGraphQL(
  req: IncomingMessage,
  res: ServerResponse,
  deps: GraphQLHandlerDeps,
): Promise<void> {
  let body: unknown;
  try {
    const text = await readBody(req, deps.maxBodyBytes);
    const type = req.headers['content-type'] ?? '';
    if (text !== '' && type.includes('application/json')) body = JSON.parse(text);
    else body = text;
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      res.setHeader('connection', 'close');
      requestError(res, 413, 'PAYLOAD_TOO_LARGE', error.message);
      return;
    }
    if (error instanceof SyntaxError) {
      requestError(res, 400, 'BAD_REQUEST', 'request body is not valid JSON');
      return;
    }
    throw error;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const response = await deps.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: req.method ?? 'GET',
      headers: headerMap(req),
      search: url.search,
      body,
    },
    context: async () => deps.contextFor(req),
  });
  res.statusCode = response.status ?? 200;
  for (const [name, value] of response.headers) res.setHeader(name, value);
  const timing = deps.serverTiming ? requestTiming() : undefined;
  if (timing) res.setHeader('server-timing', timing.header());
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * Starts the Pathwise GraphQL service on node:http: POST/GET /graphql (Apollo), GET /healthz,
 * GET /readyz, GET /metrics (Prometheus), the page at / and GraphiQL for browsers
 * (http/serve-page.ts), one log record per request (warn for 4xx, error for 5xx), per-client rate
 * limits, and a graceful stop (stop accepting, finish in-flight requests, close the store). A
 * request's plans are cancelled when it ends or its client goes away.
 */
import { setMaxListeners } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Catalog } from '@pathwise/core';
import type { Planner } from '@pathwise/engine';
import type { CatalogView, PathwiseContext } from '@pathwise/graphql';
import type { CatalogStore } from '@pathwise/store';
import { apiKeysFrom, type ApiKeys } from './api-keys.js';
import { createApollo } from './create-apollo.js';
import { clientKey } from './http/client-key.js';
import { handleGraphQL } from './http/handle-graphql.js';
import { createPageServer } from './http/serve-page.js';
import { sendReadiness } from './http/readiness.js';
import { sendJson } from './http/send-json.js';
import { DEFAULT_SERVICE_LIMITS, type ServiceLimits } from './limits.js';
import { createLogger, type Logger } from './logger.js';
import { ServiceMetrics } from './metrics.js';
import { guardWrites, PlannerCache } from './planner-cache.js';
import { PlanPool } from './planning/plan-pool.js';
import { DEFAULT_HOST } from './config.js';
import { listenUrls } from './http/listen-urls.js';
import { RateLimiter } from './rate-limit.js';
import { RequestTiming, withRequestTiming } from './request-timing.js';

/** Options of startServer. */
export interface StartServerOptions {
  /** The catalog store; the server owns it and closes it on stop. */
  store: CatalogStore;
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on (default: 127.0.0.1, this machine only). */
  host?: string;
  /** Publisher keys (default: none, so every write is refused). */
  apiKeys?: ApiKeys;
  /** Limits; missing ones take DEFAULT_SERVICE_LIMITS. */
  limits?: Partial<ServiceLimits>;
  /** Logger (default: pino at `info` on stdout). */
  logger?: Logger;
  /** Compiles a catalog for planning in the server's thread (default: the engine's createPlanner). */
  createPlanner?: (catalog: Catalog) => Planner;
  /**
   * Worker threads that plan (default 0: plan in the server's thread, with `createPlanner`). With
   * workers, a long plan no longer holds up other requests.
   */
  planWorkers?: number;
  /** How long stop() waits for in-flight requests before cutting connections (default 10 s). */
  shutdownGraceMs?: number;
  /** No schema hints in errors (default: NODE_ENV is `production`). */
  production?: boolean;
  /**
   * Answer GraphQL requests with a `Server-Timing` header saying where their time went
   * (request-timing.ts; default off: it tells clients about the service's inside).
   */
  serverTiming?: boolean;
  /** Folder of the built page served at `/` and GraphiQL (default: @pathwise/web's `dist`). */
  webRoot?: string;
}

/** A running service. */
export interface RunningServer {
  /** `http://host:port/graphql`. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting, finishes in-flight requests, stops Apollo and closes the store. Idempotent. */
  stop(): Promise<void>;
}

/**
 * @param options - the store, port, keys and limits
 * @returns the running service once it listens
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { store } = options;
  const limits: ServiceLimits = { ...DEFAULT_SERVICE_LIMITS, ...options.limits };
  const logger = options.logger ?? createLogger();
  const apiKeys = options.apiKeys ?? apiKeysFrom([]);
  const metrics: ServiceMetrics = new ServiceMetrics({ queue: () => pool?.stats() });
  const pool = options.planWorkers
    ? new PlanPool(options.planWorkers, {
        maxQueued: limits.maxQueuedPlans,
        maxQueuedPerClient: limits.maxQueuedPlansPerClient,
        quickPlanMs: limits.quickPlanMs,
        mainLaneNice: limits.mainLaneNice,
        onWait: (ms) => metrics.queueWaited(ms),
        onRefused: (reason) => metrics.queueRefusal(reason),
      })
    : undefined;
  const cache = new PlannerCache(store, { build: options.createPlanner, pool, metrics });
  // Load the catalog now, so reads can be served from it should the store go away later.
  await cache.current().catch(() => undefined);
  const writes = guardWrites(store, cache);
  const apollo = await createApollo(limits, logger, { metrics, production: options.production });
  const rateLimiter = new RateLimiter(limits);
  const page = createPageServer(options.webRoot);
  let stopping = false;

  /** Aborted when a request ends or its client goes away: its plans stop (see createServer below). */
  const endedSignals = new WeakMap<IncomingMessage, AbortSignal>();

  const contextFor = (req: IncomingMessage): PathwiseContext => {
    let view: Promise<CatalogView> | undefined;
    const principal = apiKeys.principalFor(req.headers.authorization);
    return {
      catalog: () => (view ??= cache.current()),
      store: writes,
      principal,
      limits,
      planClock: { spentMs: 0 },
      signal: endedSignals.get(req),
      client: clientKey(req, principal),
    };
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (stopping) res.setHeader('connection', 'close');
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      if (stopping) return sendJson(res, 503, { status: 'stopping' });
      const health = await cache.health();
      if (health.catalogVersion === undefined) {
        logger.error({ reason: health.reason }, 'health check: store unavailable');
        return sendJson(res, 503, { status: 'store unavailable' });
      }
      // Degraded is still 200: reads are served (from the last loaded version), writes are not.
      if (health.degraded) {
        return sendJson(res, 200, {
          status: 'degraded',
          store: 'unavailable',
          catalogVersion: health.catalogVersion,
        });
      }
      return sendJson(res, 200, { status: 'ok', catalogVersion: health.catalogVersion });
    }
    if (path === '/readyz' && (req.method === 'GET' || req.method === 'HEAD')) {
      return sendReadiness(res, { store, pool, stopping: () => stopping, logger, metrics });
    }
    if (path === '/metrics' && req.method === 'GET') {
      res.setHeader('content-type', metrics.registry.contentType);
      res.end(await metrics.registry.metrics());
      return;
    }
    if (await page.handle(req, res, path)) return;
    if (path === '/graphql') {
      const verdict = await rateLimiter.take(
        clientKey(req, apiKeys.principalFor(req.headers.authorization)),
      );
      if (!verdict.ok) {
        metrics.request('http', 'RATE_LIMITED');
        res.setHeader('retry-after', String(verdict.retryAfterS));
        return sendJson(res, 429, {
          errors: [
            {
              message: 'too many requests from this client; retry later',
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: verdict.retryAfterS },
            },
          ],
        });
      }
      return handleGraphQL(req, res, {
        apollo,
        maxBodyBytes: limits.maxBodyBytes,
        contextFor,
        serverTiming: options.serverTiming,
      });
    }
    sendJson(res, 404, { error: 'not found; the API is at /graphql' });
  };

  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    const ended = new AbortController();
    setMaxListeners(0, ended.signal); // one listener per plan of the request
    endedSignals.set(req, ended.signal);
    // A client that leaves before its answer (mid-body, or while its plans run) is logged once, here.
    res.once('close', () => {
      ended.abort();
      if (res.writableFinished) return;
      logger.info(
        {
          method: req.method,
          path: (req.url ?? '/').split('?')[0],
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'client disconnected before the response was sent',
      );
    });
    res.once('finish', () => {
      // While stopping, a keep-alive connection that just went idle is closed at once.
      if (stopping) setImmediate(() => server.closeIdleConnections());
      const status = res.statusCode;
      logger[status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info'](
        {
          method: req.method,
          path: (req.url ?? '/').split('?')[0],
          status,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    // Timing is carried only when it is sent: AsyncLocalStorage costs every promise on Node 20.
    const routed = options.serverTiming
      ? withRequestTiming(new RequestTiming(), () => route(req, res))
      : route(req, res);
    routed.catch((err: unknown) => {
      // The client left (mid-body, or before its answer): logged once on 'close', no stack trace.
      if (req.socket.destroyed || (err as { code?: unknown }).code === 'ECONNRESET') return;
      logger.error({ err }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, {
          errors: [
            { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ],
        });
      else res.destroy();
    });
  });
  server.requestTimeout = 60_000;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? DEFAULT_HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    // e.g. EADDRINUSE: main.ts logs it and exits 1; the store stays the caller's to close.
    await apollo.stop();
    await pool?.close();
    throw error;
  }
  const { address, port } = server.address() as AddressInfo;
  const { url, ready } = listenUrls(address, port);
  logger.info({ address, port, url, planWorkers: options.planWorkers ?? 0 }, ready);

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopped ??= (async () => {
      stopping = true;
      logger.info('stopping: finishing in-flight requests');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = setTimeout(
        () => server.closeAllConnections(),
        options.shutdownGraceMs ?? 10_000,
      );
      await closed;
      clearTimeout(grace);
      await apollo.stop();
      await pool?.close();
      cache.close();
      await store.close();
      logger.info('stopped');
    })());

  return { url, port, stop };
}

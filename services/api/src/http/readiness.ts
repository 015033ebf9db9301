/**
 * GET /readyz: whether this instance should get more traffic. 200 `ready` with the planning queue's
 * state; 503 `saturated` (with `Retry-After`) while the queue is full so new plans are refused, 503
 * `stopping` during a graceful stop and 503 `store unavailable` when the store cannot be read.
 * /healthz stays a liveness check (the process and its store answer).
 */
import type { ServerResponse } from 'node:http';
import type { CatalogStore } from '@pathwise/store';
import type { Logger } from '../logger.js';
import type { ServiceMetrics } from '../metrics.js';
import type { PlanPool } from '../planning/plan-pool.js';
import { sendJson } from './send-json.js';

/** What the readiness check looks at. */
export interface ReadinessDeps {
  store: CatalogStore;
  pool: PlanPool | undefined;
  stopping: () => boolean;
  logger: Logger;
  metrics: ServiceMetrics;
}

/**
 * Answers one readiness probe.
 * @param res - the response
 * @param deps - the store, the planning pool and whether the server is stopping
 */
export async function sendReadiness(res: ServerResponse, deps: ReadinessDeps): Promise<void> {
  if (deps.stopping()) return sendJson(res, 503, { status: 'stopping' });
  const queue = deps.pool?.stats() ?? null;
  let catalogVersion: number;
  try {
    catalogVersion = await deps.store.currentVersion();
  } catch (err) {
    deps.metrics.storeError('readiness');
    deps.logger.warn({ err }, 'readiness: store unavailable');
    return sendJson(res, 503, { status: 'store unavailable' });
  }
  if (deps.pool && queue && queue.queued >= queue.maxQueued) {
    res.setHeader('retry-after', String(deps.pool.retryAfterS()));
    return sendJson(res, 503, { status: 'saturated', catalogVersion, queue });
  }
  sendJson(res, 200, { status: 'ready', catalogVersion, queue });
}

/**
 * The service's Prometheus metrics (prom-client), one registry per running server: requests by
 * operation and error code, plan latency by objective, proven-optimal plans, the planning queue
 * (depth, running, waits, refusals), the catalog version and how long it took to load, store
 * errors, and Node's process metrics. Served at GET /metrics (see http/metrics-route.ts).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { QueueRefusal, QueueStats } from './planning/fair-queue.js';

/** Where the metrics get numbers that are read when scraped. */
export interface MetricSources {
  /** The planning queue (undefined when plans run in the server's thread). */
  queue?: () => QueueStats | undefined;
}

/** Seconds buckets from 1 ms to 60 s. */
const SECONDS = [0.001, 0.005, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60];

/** The metrics of one service. */
export class ServiceMetrics {
  /** The registry /metrics serialises. */
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'code'>;
  private readonly planSeconds: Histogram<'objective'>;
  private readonly plans: Counter<'objective' | 'optimal'>;
  private readonly queueWait: Histogram;
  private readonly queueRefused: Counter<'reason'>;
  private readonly catalogVersion: Gauge;
  private readonly catalogLoadSeconds: Gauge;
  private readonly catalogLoadedAt: Gauge;
  private readonly storeErrors: Counter<'where'>;

  /** @param sources - live numbers read at scrape time */
  constructor(sources: MetricSources = {}) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'pathwise_' });
    this.requests = new Counter({
      name: 'pathwise_requests_total',
      help: 'GraphQL requests by operation (the root fields asked for) and outcome (OK or the first error code)',
      labelNames: ['operation', 'code'],
      registers,
    });
    this.planSeconds = new Histogram({
      name: 'pathwise_plan_duration_seconds',
      help: 'Planning time of one plan (in its worker), by objective',
      labelNames: ['objective'],
      buckets: SECONDS,
      registers,
    });
    this.plans = new Counter({
      name: 'pathwise_plans_total',
      help: 'Plans made, by objective and whether optimality was proven (optimal="true")',
      labelNames: ['objective', 'optimal'],
      registers,
    });
    this.queueWait = new Histogram({
      name: 'pathwise_plan_queue_wait_seconds',
      help: 'Time a plan waited in the planning queue for a worker',
      buckets: SECONDS,
      registers,
    });
    this.queueRefused = new Counter({
      name: 'pathwise_plan_queue_refused_total',
      help: 'Plans refused or dropped by the planning queue, by reason (client-full, queue-full, deadline, aborted)',
      labelNames: ['reason'],
      registers,
    });
    const queue = sources.queue;
    const queueGauge = (name: string, help: string, read: (s: QueueStats) => number): void => {
      new Gauge({
        name,
        help,
        registers,
        collect() {
          const stats = queue?.();
          this.set(stats ? read(stats) : 0);
        },
      });
    };
    queueGauge('pathwise_plan_queue_depth', 'Plans waiting for a worker', (s) => s.queued);
    queueGauge('pathwise_plan_queue_running', 'Plans running in workers', (s) => s.running);
    queueGauge('pathwise_plan_queue_capacity', 'Most plans that may wait', (s) => s.maxQueued);
    queueGauge('pathwise_plan_workers', 'Planning worker threads', (s) => s.concurrency);
    this.catalogVersion = new Gauge({
      name: 'pathwise_catalog_version',
      help: 'Catalog version the service answers from',
      registers,
    });
    this.catalogLoadSeconds = new Gauge({
      name: 'pathwise_catalog_load_seconds',
      help: 'Time the last catalog version took to load and compile',
      registers,
    });
    this.catalogLoadedAt = new Gauge({
      name: 'pathwise_catalog_loaded_timestamp_seconds',
      help: 'When the last catalog version was loaded (Unix time)',
      registers,
    });
    this.storeErrors = new Counter({
      name: 'pathwise_store_errors_total',
      help: 'Catalog store (file or Neo4j) failures, by where they were seen (request, health, readiness)',
      labelNames: ['where'],
      registers,
    });
  }

  /**
   * @param operation - the root fields of the operation, or `invalid` / `http`
   * @param code - `OK` or the first error's `extensions.code`
   */
  request(operation: string, code: string): void {
    this.requests.inc({ operation, code });
  }

  /**
   * @param objective - the plan's objective
   * @param ms - its planning time
   * @param optimal - whether optimality was proven
   */
  plan(objective: string, ms: number, optimal: boolean): void {
    this.planSeconds.observe({ objective }, ms / 1000);
    this.plans.inc({ objective, optimal: String(optimal) });
  }

  /** @param ms - how long a plan waited for a worker */
  queueWaited(ms: number): void {
    this.queueWait.observe(ms / 1000);
  }

  /** @param reason - why the queue refused or dropped a plan */
  queueRefusal(reason: QueueRefusal): void {
    this.queueRefused.inc({ reason });
  }

  /**
   * @param version - the catalog version now answering
   * @param ms - how long it took to load and compile
   */
  catalogLoaded(version: number, ms: number): void {
    this.catalogVersion.set(version);
    this.catalogLoadSeconds.set(ms / 1000);
    this.catalogLoadedAt.set(Date.now() / 1000);
  }

  /** @param where - where the store failure was seen */
  storeError(where: string): void {
    this.storeErrors.inc({ where });
  }
}

/**
 * One CatalogView per catalog version. Each request asks the store for its current version (cheap)
 * and the view is rebuilt when it moved, so several service processes on one store see each other's
 * publishes. Concurrent requests share one rebuild. Plans run in this thread, or in a PlanPool.
 * Each load and each plan is reported to the service metrics when given.
 * When the store does not answer (Neo4j stopped or frozen), reads are served from the last loaded
 * version and the cache is `degraded`: later reads do not wait on the store, one probe at a time (on
 * a request, or every second) checks it, and the first answer ends the degraded state, no restart.
 */
import { randomUUID } from 'node:crypto';
import { PathwiseError, indexCatalog, type Catalog } from '@pathwise/core';
import { createPlanner, type Planner } from '@pathwise/engine';
import type { CatalogView, TimedPlan } from '@pathwise/graphql';
import type { CatalogStore } from '@pathwise/store';
import type { ServiceMetrics } from './metrics.js';
import type { PlanPool } from './planning/plan-pool.js';
import { shareCatalog } from './planning/plan-task.js';

/** Options of PlannerCache. */
export interface PlannerCacheOptions {
  /** Compiles a catalog for planning in this thread (default: the engine's createPlanner). */
  build?: (catalog: Catalog) => Planner;
  /** Plan in these workers instead of this thread. */
  pool?: PlanPool;
  /** Told of each catalog load and each plan. */
  metrics?: ServiceMetrics;
}

/** How the cache stands with its store. */
export interface StoreHealth {
  /** True while the store does not answer and reads come from the last loaded version. */
  degraded: boolean;
  /** The version reads are served from (undefined: none loaded yet). */
  catalogVersion: number | undefined;
  /** Why the store is degraded (the last store error's message). */
  reason?: string;
}

const PROBE_EVERY_MS = 1000;

/** Keeps the CatalogView of the store's current version. */
export class PlannerCache {
  private view: CatalogView | undefined;
  private pending: Promise<CatalogView> | undefined;
  private readonly id = randomUUID();
  private degradedBy: Error | undefined;
  private probing: Promise<void> | undefined;
  private probeTimer: NodeJS.Timeout | undefined;

  /**
   * @param store - where the catalog lives
   * @param options - how to plan (this thread with `build`, or a worker pool)
   */
  constructor(
    private readonly store: CatalogStore,
    private readonly options: PlannerCacheOptions = {},
  ) {}

  /**
   * @returns the view of the store's current version, rebuilt when the version moved
   * @throws PathwiseError STORE_UNAVAILABLE when the store cannot be read
   */
  async current(): Promise<CatalogView> {
    if (this.degradedBy && this.view) {
      void this.probe();
      return this.view;
    }
    try {
      return await this.fromStore();
    } catch (error) {
      if (!this.view || !isStoreUnavailable(error)) throw error;
      this.noteUnavailable(error);
      return this.view;
    }
  }

  /** @returns whether reads come from the store or from the last loaded version */
  async health(): Promise<StoreHealth> {
    // Degraded: answer at once (current() only kicks a probe); else this waits at most the store's deadline.
    await this.current().catch(() => undefined);
    const catalogVersion = this.view?.version;
    return this.degradedBy
      ? { degraded: true, catalogVersion, reason: this.degradedBy.message }
      : { degraded: false, catalogVersion };
  }

  /** @returns the error to fail a write with at once while the store is away, else undefined */
  unavailable(): PathwiseError | undefined {
    if (!this.degradedBy) return undefined;
    void this.probe();
    return new PathwiseError(
      'STORE_UNAVAILABLE',
      'the catalog store is unavailable; reads are served from the last loaded version',
    );
  }

  /** Stops the background probe. */
  close(): void {
    clearInterval(this.probeTimer);
    this.probeTimer = undefined;
  }

  /**
   * Enters the degraded state when `error` says the store is unavailable and a version is loaded.
   * @param error - what a store call threw
   */
  noteUnavailable(error: unknown): void {
    if (!this.view || !isStoreUnavailable(error)) return;
    this.degradedBy = error as Error;
    this.probeTimer ??= setInterval(() => void this.probe(), PROBE_EVERY_MS).unref();
  }

  /** One store read at a time; the first that answers ends the degraded state. */
  private probe(): Promise<void> {
    this.probing ??= this.fromStore()
      .then(() => {
        this.degradedBy = undefined;
        this.close();
      })
      .catch((error: unknown) => {
        if (isStoreUnavailable(error)) this.degradedBy = error as Error;
      })
      .finally(() => {
        this.probing = undefined;
      });
    return this.probing;
  }

  private async fromStore(): Promise<CatalogView> {
    const version = await this.store.currentVersion();
    if (this.view && this.view.version >= version) return this.view;
    this.pending ??= this.rebuild().finally(() => {
      this.pending = undefined;
    });
    const view = await this.pending;
    // A publish may have landed while an older rebuild ran: go again for the newer one.
    return view.version >= version ? view : this.fromStore();
  }

  private async rebuild(): Promise<CatalogView> {
    const started = performance.now();
    const snapshot = await this.store.load();
    if (this.view && this.view.version >= snapshot.version) return this.view;
    const { pool, metrics } = this.options;
    const metered = async (timed: Promise<TimedPlan>): Promise<TimedPlan> => {
      const result = await timed;
      metrics?.plan(result.plan.objective, result.ms, result.plan.optimal);
      return result;
    };
    if (pool) {
      const key = `${this.id}:${snapshot.version}`;
      const shared = shareCatalog(snapshot.catalog);
      this.view = {
        version: snapshot.version,
        index: indexCatalog(snapshot.catalog),
        plan: (query, run) => metered(pool.plan(key, shared, query, run)),
        frontier: (query, run) => pool.frontier(key, shared, query, run),
      };
    } else {
      const planner = (this.options.build ?? createPlanner)(snapshot.catalog);
      this.view = {
        version: snapshot.version,
        index: planner.index,
        plan: (query) =>
          metered(
            (async () => {
              const planStarted = performance.now();
              const plan = planner.plan(query);
              return { plan, ms: performance.now() - planStarted };
            })(),
          ),
        frontier: async (query) => {
          const started = performance.now();
          const frontier = planner.frontier(query);
          return { frontier, ms: performance.now() - started };
        },
      };
    }
    metrics?.catalogLoaded(snapshot.version, performance.now() - started);
    return this.view;
  }
}

/**
 * The store as resolvers write to it: while the cache is degraded a write fails at once with
 * STORE_UNAVAILABLE (SERVICE_UNAVAILABLE to the client) instead of waiting on a store that is away,
 * and a write that finds the store away puts the cache in the degraded state.
 * @param store - the store
 * @param cache - the cache that knows whether the store answers
 * @returns a CatalogStore for the request context
 */
export function guardWrites(store: CatalogStore, cache: PlannerCache): CatalogStore {
  return {
    load: () => store.load(),
    currentVersion: () => store.currentVersion(),
    changesSince: (version) => store.changesSince(version),
    close: () => store.close(),
    apply: async (change, options) => {
      const away = cache.unavailable();
      if (away) throw away;
      try {
        return await store.apply(change, options);
      } catch (error) {
        cache.noteUnavailable(error);
        throw error;
      }
    },
  };
}

const isStoreUnavailable = (error: unknown): boolean =>
  error instanceof PathwiseError && error.code === 'STORE_UNAVAILABLE';

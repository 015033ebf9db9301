/**
 * One CatalogView per catalog version. Each request asks the store for its current version (cheap)
 * and the view is rebuilt when it moved, so several service processes on one store see each other's
 * publishes. Concurrent requests share one rebuild. Plans run in this thread, or in a PlanPool.
 * Each load and each plan is reported to the service metrics when given.
 */
import { randomUUID } from 'node:crypto';
import { indexCatalog, type Catalog } from '@pathwise/core';
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

/** Keeps the CatalogView of the store's current version. */
export class PlannerCache {
  private view: CatalogView | undefined;
  private pending: Promise<CatalogView> | undefined;
  private readonly id = randomUUID();

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
    const version = await this.store.currentVersion();
    if (this.view && this.view.version >= version) return this.view;
    this.pending ??= this.rebuild().finally(() => {
      this.pending = undefined;
    });
    const view = await this.pending;
    // A publish may have landed while an older rebuild ran: go again for the newer one.
    return view.version >= version ? view : this.current();
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
      };
    }
    metrics?.catalogLoaded(snapshot.version, performance.now() - started);
    return this.view;
  }
}

/**
 * One CatalogView per catalog version. Requests are answered from the loaded version at once; each
 * also has the store's current version checked in the background (one check at a time, never on the
 * request's path: on Neo4j it is a round trip), so several service processes on one store see each
 * other's publishes within a check and a load. A newer version is loaded and compiled in the
 * background while requests go on being answered from the loaded one: a version switch never holds
 * a request (only the very first load is waited for). A publish made through this process is adopted
 * at once (`adopt`), so its writer's next read sees it. Plans run in this thread, or in a PlanPool.
 * Each load and each plan is reported to the service metrics when given.
 * When the store does not answer (Neo4j stopped or frozen), reads are served from the last loaded
 * version and the cache is `degraded`: one probe at a time (on a request, or every second) checks
 * it, and the first answer ends the degraded state, no restart.
 */
import { randomUUID } from 'node:crypto';
import { PathwiseError, indexCatalog, type Catalog } from '@pathwise/core';
import {
  catalogIndexView,
  createPlanner,
  solverFor,
  type CompactIndex,
  type MipSolver,
  type Planner,
} from '@pathwise/engine';
import type { CatalogView, TimedPlan } from '@pathwise/graphql';
import type { CatalogSnapshot, CatalogStore } from '@pathwise/store';
import type { ServiceMetrics } from './metrics.js';
import type { PlanPool } from './planning/plan-pool.js';
import { shareCatalog } from './planning/plan-task.js';
import { requestTiming } from './request-timing.js';

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
  /** The in-thread planner's MIP solver, once a catalog with offers was loaded (rebuild). */
  private mip: MipSolver | undefined;
  private pending: Promise<CatalogView> | undefined;
  private readonly id = randomUUID();
  private degradedBy: Error | undefined;
  private probing: Promise<void> | undefined;
  private probeTimer: NodeJS.Timeout | undefined;
  private checking: Promise<number> | undefined;
  private refreshing: Promise<void> | undefined;
  /** The newest version the store has reported; a load runs until the view reaches it. */
  private wanted = 0;

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
    const timing = requestTiming();
    const started = performance.now();
    try {
      return await this.currentView();
    } finally {
      if (timing) timing.catalogMs += performance.now() - started;
    }
  }

  private async currentView(): Promise<CatalogView> {
    if (!this.view) return this.fromStore();
    if (this.degradedBy) void this.probe();
    else this.refresh();
    return this.view;
  }

  /**
   * Checks the store's version off the request's path (one check at a time; on Neo4j a round trip
   * that a loaded machine can make slow), loading a newer version in the background; a store that
   * does not answer puts the cache in the degraded state.
   */
  private refresh(): void {
    this.refreshing ??= this.fromStore()
      .then(
        () => undefined,
        (error: unknown) => {
          this.options.metrics?.storeError('version');
          this.noteUnavailable(error);
        },
      )
      .finally(() => {
        this.refreshing = undefined;
      });
  }

  /** @returns whether reads come from the store or from the last loaded version */
  async health(): Promise<StoreHealth> {
    // Degraded: answer at once (a probe is kicked); else this waits at most the store's deadline.
    if (!this.view || this.degradedBy) await this.current().catch(() => undefined);
    else {
      this.refresh();
      await this.refreshing;
    }
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

  /** One version check at a time: concurrent callers share it. */
  private checkVersion(): Promise<number> {
    this.checking ??= this.store.currentVersion().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  /**
   * The view to answer from: the loaded one when the store has not moved. When it has, the new
   * version is loaded and compiled in the background while requests go on being answered from the
   * loaded one (a switch never holds a request); only a cache with nothing loaded yet waits.
   */
  private async fromStore(): Promise<CatalogView> {
    const version = await this.checkVersion();
    if (this.view && this.view.version >= version) return this.view;
    this.wanted = Math.max(this.wanted, version);
    const loading = this.loadWanted();
    if (this.view) {
      loading.catch((error: unknown) => {
        this.options.metrics?.storeError('load');
        this.noteUnavailable(error);
      });
      return this.view;
    }
    const timing = requestTiming();
    if (timing) timing.switches++;
    return loading;
  }

  /** Loads until the view reaches the newest version seen (a publish may land during a load). */
  private loadWanted(): Promise<CatalogView> {
    this.pending ??= (async () => {
      let view = await this.rebuild();
      while (view.version < this.wanted) view = await this.rebuild();
      return view;
    })().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** @returns once no version check or load is running, the view (undefined: none loaded) */
  async settled(): Promise<CatalogView | undefined> {
    await this.refreshing;
    await this.pending?.catch(() => undefined);
    return this.view;
  }

  /**
   * Answers from `snapshot` from now on when it is newer than the loaded view: a publish made
   * through this process is seen by the next request at once (its writer reads its own write).
   * @param snapshot - what the store's apply returned
   */
  adopt(snapshot: CatalogSnapshot): void {
    if (this.view && this.view.version >= snapshot.version) return;
    const started = performance.now();
    this.view = this.viewOf(snapshot);
    this.options.metrics?.catalogLoaded(snapshot.version, performance.now() - started);
  }

  private async rebuild(): Promise<CatalogView> {
    const started = performance.now();
    const snapshot = await this.store.load();
    // The in-thread planner's MIP solver (the pool's workers load their own): once, for offers.
    if (!this.options.pool) this.mip ??= await solverFor(snapshot.catalog);
    // A newer version may have been adopted (or loaded) while this one was read.
    if (this.view && this.view.version >= snapshot.version) return this.view;
    this.view = this.viewOf(snapshot);
    this.options.metrics?.catalogLoaded(snapshot.version, performance.now() - started);
    return this.view;
  }

  /** @returns the view of one snapshot: planned in the pool's workers, or in this thread */
  private viewOf(snapshot: CatalogSnapshot): CatalogView {
    const { pool, metrics } = this.options;
    const metered = async (timed: () => Promise<TimedPlan>): Promise<TimedPlan> => {
      const timing = requestTiming();
      timing?.planStarted();
      const result = await timed().finally(() => timing?.planEnded());
      metrics?.plan(result.plan.objective, result.ms, result.plan.optimal);
      return result;
    };
    if (pool) {
      const key = `${this.id}:${snapshot.version}`;
      // The store's compiled index (the file store's snapshot, Neo4j's compiled per version) goes to
      // the workers as one shared snapshot: no worker compiles. Without one, each worker compiles
      // (never this thread).
      const compiled = snapshot.compiled as CompactIndex | undefined;
      const shared = shareCatalog(snapshot.catalog, key, compiled);
      return {
        version: snapshot.version,
        index: compiled
          ? catalogIndexView(snapshot.catalog, compiled)
          : indexCatalog(snapshot.catalog),
        plan: (query, run) => metered(() => pool.plan(key, shared, query, run)),
        frontier: (query, run) => pool.frontier(key, shared, query, run),
      };
    }
    // The store's compiled form is the engine's compact index (open-store.ts gives both stores the
    // engine's codec), so the planner starts from it instead of compiling.
    const compiled = snapshot.compiled as CompactIndex | undefined;
    const planner = this.options.build
      ? this.options.build(snapshot.catalog)
      : createPlanner(snapshot.catalog, { compiled, mip: this.mip });
    return {
      version: snapshot.version,
      index: planner.index,
      plan: (query) =>
        metered(async () => {
          const planStarted = performance.now();
          const plan = planner.plan(query);
          return { plan, ms: performance.now() - planStarted };
        }),
      frontier: async (query) => {
        const started = performance.now();
        const frontier = planner.frontier(query);
        return { frontier, ms: performance.now() - started };
      },
    };
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
        const snapshot = await store.apply(change, options);
        cache.adopt(snapshot);
        return snapshot;
      } catch (error) {
        cache.noteUnavailable(error);
        throw error;
      }
    },
  };
}

const isStoreUnavailable = (error: unknown): boolean =>
  error instanceof PathwiseError && error.code === 'STORE_UNAVAILABLE';

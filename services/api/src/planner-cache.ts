/**
 * One Planner per catalog version. Each request asks the store for its current version (cheap) and
 * the planner is rebuilt when it moved, so several service processes on one store see each other's
 * publishes. Concurrent requests share one rebuild.
 */
import type { Catalog } from '@pathwise/core';
import { createPlanner, type Planner } from '@pathwise/engine';
import type { CatalogView } from '@pathwise/graphql';
import type { CatalogStore } from '@pathwise/store';

/** Keeps the CatalogView of the store's current version. */
export class PlannerCache {
  private view: CatalogView | undefined;
  private pending: Promise<CatalogView> | undefined;

  /**
   * @param store - where the catalog lives
   * @param build - compiles a catalog for planning (default: the engine's createPlanner)
   */
  constructor(
    private readonly store: CatalogStore,
    private readonly build: (catalog: Catalog) => Planner = createPlanner,
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
    const snapshot = await this.store.load();
    if (this.view && this.view.version >= snapshot.version) return this.view;
    const planner = this.build(snapshot.catalog);
    this.view = { version: snapshot.version, planner, index: planner.index };
    return this.view;
  }
}

/**
 * A real CatalogStore whose loads can be held at a gate: a catalog version switch held open, for the
 * tests that show requests do not wait for one (planner-cache.test.ts, test/api/version-switch.test.ts).
 */
import type { CatalogStore } from '@pathwise/store';

/** The gated store and its controls. */
export interface GatedStore {
  store: CatalogStore;
  /** Holds every load from now on; @returns a function that lets them (and later ones) through. */
  hold(): () => void;
  /** @returns how many loads have started */
  loads(): number;
}

/** @param real - the store to pass every call to */
export function gatedStore(real: CatalogStore): GatedStore {
  let gate = Promise.resolve();
  let loads = 0;
  return {
    store: {
      load: async () => {
        loads++;
        await gate;
        return real.load();
      },
      currentVersion: () => real.currentVersion(),
      changesSince: (v) => real.changesSince(v),
      apply: (change, options) => real.apply(change, options),
      close: () => real.close(),
    },
    hold() {
      let open!: () => void;
      gate = new Promise<void>((resolve) => (open = resolve));
      return open;
    },
    loads: () => loads,
  };
}

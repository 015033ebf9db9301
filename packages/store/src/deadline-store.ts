/**
 * A CatalogStore whose every call answers within a deadline: a store that does not answer (a frozen
 * database, a hung disk) gives STORE_UNAVAILABLE after `timeoutMs` instead of holding the caller for
 * as long as the TCP connection lives. Drivers' own timeouts cover connecting and acquiring a
 * connection, but none bounds a query on a connection the server has stopped answering (SIGSTOP);
 * this does. The late answer of a call that timed out is dropped; an apply that timed out may still
 * commit once the store answers again, so SERVICE_UNAVAILABLE on a publish means "outcome unknown":
 * read the version, or publish again with `expectedVersion`.
 */
import { PathwiseError } from '@pathwise/core';
import type { ApplyOptions, CatalogSnapshot, CatalogStore, ChangeRecord } from './catalog-store.js';
import type { CatalogChange } from '@pathwise/core';

/**
 * @param work - the call
 * @param timeoutMs - how long to wait for it
 * @param what - what it does, for the message
 * @returns its result
 * @throws PathwiseError STORE_UNAVAILABLE when it does not settle in time
 */
export function withDeadline<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new PathwiseError(
            'STORE_UNAVAILABLE',
            `catalog store did not ${what} within ${timeoutMs} ms`,
          ),
        ),
      timeoutMs,
    );
  });
  work.catch(() => undefined); // a late failure is not an unhandled rejection
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** The default bulk deadline (load, apply, changesSince) of a DeadlineStore. */
export const DEFAULT_BULK_TIMEOUT_MS = 60_000;

/**
 * Wraps a store so that each of its calls answers in time: `currentVersion`, the cheap call every
 * request and health check makes, within `timeoutMs`; `load`, `apply` and `changesSince`, which move
 * a whole catalog (a cold 10^5-credential load takes seconds), within `bulkTimeoutMs`. Close is
 * left unbounded.
 */
export class DeadlineStore implements CatalogStore {
  /**
   * @param inner - the store
   * @param timeoutMs - the deadline of `currentVersion`
   * @param bulkTimeoutMs - the deadline of `load`, `apply` and `changesSince` (at least `timeoutMs`)
   */
  constructor(
    readonly inner: CatalogStore,
    readonly timeoutMs: number,
    readonly bulkTimeoutMs = Math.max(DEFAULT_BULK_TIMEOUT_MS, timeoutMs),
  ) {}

  /** @returns the inner store's `load`, within the bulk deadline */
  load(): Promise<CatalogSnapshot> {
    return withDeadline(this.inner.load(), this.bulkTimeoutMs, 'load the catalog');
  }

  /** @returns the inner store's `currentVersion`, within the deadline */
  currentVersion(): Promise<number> {
    return withDeadline(this.inner.currentVersion(), this.timeoutMs, 'read the version');
  }

  /** @returns the inner store's `apply`, within the bulk deadline */
  apply(change: CatalogChange, options?: ApplyOptions): Promise<CatalogSnapshot> {
    return withDeadline(this.inner.apply(change, options), this.bulkTimeoutMs, 'apply the change');
  }

  /** @returns the inner store's `changesSince`, within the bulk deadline */
  changesSince(version: number): Promise<ChangeRecord[]> {
    return withDeadline(
      this.inner.changesSince(version),
      this.bulkTimeoutMs,
      'read the change log',
    );
  }

  /** Closes the inner store. */
  close(): Promise<void> {
    return this.inner.close();
  }
}

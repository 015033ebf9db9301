/**
 * Where one request's time went, for finding what a slow request waited for: time getting the
 * catalog view (the store's version check, and waiting for a new version to be loaded), each
 * planning lane's queue wait and worker run, the worker's compile of a catalog version, and the
 * main thread before and after. Carried through the request's async calls by AsyncLocalStorage (so
 * the planner cache and the lanes record into it without passing it through GraphQL), and sent back
 * as a standard `Server-Timing` header when the service is started with `serverTiming`. Queue waits,
 * runs and compiles are summed over the request's plans (aliased plans, `reachable`), which may
 * overlap: their sum can exceed the request's total.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** Milliseconds spent by one request, by where. */
export class RequestTiming {
  /** performance.now() when the request arrived. */
  readonly start = performance.now();
  /** Getting the catalog view: the store's version check, and a version load when it moved. */
  catalogMs = 0;
  /** Catalog versions this request waited to be loaded (0: served from the loaded one). */
  switches = 0;
  /** Waiting in the quick lane's and the main lane's queues. */
  quickWaitMs = 0;
  mainWaitMs = 0;
  /** Round trips to a worker (queue excluded), by lane. */
  quickRunMs = 0;
  mainRunMs = 0;
  /** Of the runs, the worker's time compiling a catalog version it had not seen. */
  compileMs = 0;
  /** performance.now() when the first plan was asked for, and when the last one was answered. */
  firstPlanAt: number | undefined;
  lastPlanAt: number | undefined;

  /** Notes a plan starting (the main thread's time before planning ends at the first). */
  planStarted(): void {
    this.firstPlanAt ??= performance.now();
  }

  /** Notes a plan answered (the main thread's time after planning starts at the last). */
  planEnded(): void {
    this.lastPlanAt = performance.now();
  }

  /** @returns the `Server-Timing` header value, durations in milliseconds */
  header(): string {
    const now = performance.now();
    const dur = (name: string, ms: number): string => `${name};dur=${ms.toFixed(1)}`;
    const parts = [dur('total', now - this.start), dur('catalog', this.catalogMs)];
    if (this.firstPlanAt !== undefined) parts.push(dur('pre', this.firstPlanAt - this.start));
    if (this.lastPlanAt !== undefined) parts.push(dur('post', now - this.lastPlanAt));
    parts.push(
      dur('qwait', this.quickWaitMs),
      dur('qrun', this.quickRunMs),
      dur('mwait', this.mainWaitMs),
      dur('mrun', this.mainRunMs),
      dur('compile', this.compileMs),
      `switch;desc=${this.switches}`,
    );
    return parts.join(', ');
  }
}

const storage = new AsyncLocalStorage<RequestTiming>();

/**
 * Runs `work` with a fresh RequestTiming as the current one.
 * @returns what `work` returns
 */
export function withRequestTiming<T>(timing: RequestTiming, work: () => T): T {
  return storage.run(timing, work);
}

/** @returns the current request's timing, undefined outside a request */
export function requestTiming(): RequestTiming | undefined {
  return storage.getStore();
}

/**
 * One lane of planning workers: piscina threads behind a FairQueue (shared fairly between clients,
 * bounded, with deadlines). A plan's time budget is cut to what is left of its request's deadline
 * (and to the lane's cap) when it starts; a plan whose request ends is dropped while it waits and
 * cancelled through its shared flag while it runs (plan-worker.ts). PlanPool has two: the main lane,
 * and a quick lane that tries every plan first with a short budget.
 */
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { LOAD_WAIT_MS, WORKER_LOADED } from './worker-loaded.js';
import type { PlanQuery } from '@pathwise/engine';
import type { PlanRun } from '@pathwise/graphql';
import {
  FairQueue,
  QueueRefusedError,
  type FairQueueOptions,
  type QueueStats,
} from './fair-queue.js';
import type { PlanTask, PlanTaskResult, SharedCatalog } from './plan-task.js';
import { requestTiming } from '../request-timing.js';

/** Worker threads and their fair queue. */
export class PlanLane {
  private readonly pool: Piscina<PlanTask, PlanTaskResult>;
  /** Settles once every thread has loaded its module (worker-loaded.ts). */
  private readonly loaded: Promise<void>;
  readonly queue: FairQueue;

  /**
   * @param options - the queue's bounds and observers; `concurrency` is the number of threads
   * @param lane - which lane this is, for the request's timing (request-timing.ts)
   * @param nice - the OS priority (nice value) of the lane's threads (0: the process's own)
   */
  constructor(
    options: FairQueueOptions,
    private readonly lane: 'main' | 'quick' = 'main',
    nice = 0,
  ) {
    const filename = fileURLToPath(new URL('./plan-worker.js', import.meta.url));
    // From the TypeScript sources (tests, tsx) the worker is a .ts file: load it the same way.
    const fromSource = import.meta.url.endsWith('.ts');
    this.pool = new Piscina<PlanTask, PlanTaskResult>({
      filename: fromSource ? filename.replace(/\.js$/, '.ts') : filename,
      minThreads: options.concurrency,
      maxThreads: options.concurrency,
      idleTimeout: Infinity,
      workerData: { nice },
      execArgv: fromSource ? ['--conditions=source', '--import', 'tsx'] : undefined,
    });
    this.queue = new FairQueue(options);
    let left = options.concurrency;
    this.loaded = new Promise<void>((resolve) => {
      const onMessage = (message: unknown): void => {
        if (message !== WORKER_LOADED || --left > 0) return;
        this.pool.off('message', onMessage);
        resolve();
      };
      this.pool.on('message', onMessage);
    });
  }

  /** @returns how full the lane's queue is */
  stats(): QueueStats {
    return this.queue.stats();
  }

  /**
   * @param key - identifies the catalog version
   * @param catalog - that version's catalog (JSON and compiled snapshot) in shared memory
   * @param query - the plan query
   * @param run - the request's deadline, abort signal and client
   * @param capMs - the longest budget this lane gives a plan (default: none beyond the request's)
   * @param op - what to compute: a plan (default) or the cost-time frontier
   * @returns the worker's answer
   * @throws QueueRefusedError when the queue is full, the deadline passed or the request ended
   */
  run(
    key: string,
    catalog: SharedCatalog,
    query: PlanQuery,
    run: PlanRun | undefined,
    capMs = Infinity,
    op: PlanTask['op'] = 'plan',
  ): Promise<PlanTaskResult> {
    const signal = run?.signal;
    const timing = requestTiming();
    const queuedAt = performance.now();
    const start = async (): Promise<PlanTaskResult> => {
      const startedAt = performance.now();
      if (timing)
        timing[this.lane === 'quick' ? 'quickWaitMs' : 'mainWaitMs'] += startedAt - queuedAt;
      const left = run ? run.deadline - Date.now() : Infinity;
      if (left <= 0) throw new QueueRefusedError('deadline', this.queue.retryAfterS());
      const timeBudgetMs = Math.max(1, Math.min(query.timeBudgetMs ?? left, left, capMs));
      const cancel = new SharedArrayBuffer(4);
      const onAbort = (): void => {
        Atomics.store(new Int32Array(cancel), 0, 1);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const result = await this.pool.run({
          key,
          catalog,
          query: { ...query, timeBudgetMs },
          op,
          cancel,
        });
        if (timing) timing.compileMs += result.compileMs ?? 0;
        return result;
      } finally {
        signal?.removeEventListener('abort', onAbort);
        if (timing)
          timing[this.lane === 'quick' ? 'quickRunMs' : 'mainRunMs'] +=
            performance.now() - startedAt;
      }
    };
    return this.queue.run(run?.client ?? 'anonymous', start, {
      signal,
      deadline: run?.deadline,
    });
  }

  /** Stops the workers, once they have loaded (worker-loaded.ts). */
  async close(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, LOAD_WAIT_MS)));
    await Promise.race([this.loaded, late]);
    clearTimeout(timer);
    await this.pool.destroy();
  }
}

/**
 * A pool of planning worker threads (piscina), so long plans do not stall other requests: the
 * service's thread keeps parsing, validating and answering while workers plan. A FairQueue in front
 * shares the workers fairly between clients and bounds the waiting; piscina gets a task only when a worker
 * is free. A plan's time budget is cut to what is left of its request's deadline when it starts, and
 * a plan whose request ends (answered, or the client went away) is stopped: dropped while it waits,
 * and cancelled through its shared flag while it runs (plan-worker.ts), so the worker is free again
 * at the planner's next clock check without being torn down and rebuilt.
 */
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { PlanQuery } from '@pathwise/engine';
import type { PlanRun, TimedFrontier, TimedPlan } from '@pathwise/graphql';
import {
  FairQueue,
  QueueRefusedError,
  type FairQueueOptions,
  type QueueStats,
} from './fair-queue.js';
import { DEFAULT_SERVICE_LIMITS } from '../limits.js';
import { fromQueueRefusal } from './overload-error.js';
import { fromTaskError, type PlanTask, type PlanTaskResult } from './plan-task.js';

/** Bounds of the planning queue and its observers (see FairQueueOptions). */
export type PlanQueueOptions = Omit<FairQueueOptions, 'concurrency'>;

/** Worker threads that plan. */
export class PlanPool {
  private readonly pool: Piscina<PlanTask, PlanTaskResult>;
  private readonly queue: FairQueue;

  /**
   * @param threads - how many worker threads (at least 1)
   * @param queue - bounds of the waiting plans (in all and per client) and observers (default: the
   *   service's default bounds)
   */
  constructor(
    threads: number,
    queue: PlanQueueOptions = {
      maxQueued: DEFAULT_SERVICE_LIMITS.maxQueuedPlans,
      maxQueuedPerClient: DEFAULT_SERVICE_LIMITS.maxQueuedPlansPerClient,
    },
  ) {
    const filename = fileURLToPath(new URL('./plan-worker.js', import.meta.url));
    // From the TypeScript sources (tests, tsx) the worker is a .ts file: load it the same way.
    const fromSource = import.meta.url.endsWith('.ts');
    this.pool = new Piscina<PlanTask, PlanTaskResult>({
      filename: fromSource ? filename.replace(/\.js$/, '.ts') : filename,
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: Infinity,
      execArgv: fromSource ? ['--conditions=source', '--import', 'tsx'] : undefined,
    });
    this.queue = new FairQueue({ ...queue, concurrency: threads });
  }

  /** @returns how full the planning queue is */
  stats(): QueueStats {
    return this.queue.stats();
  }

  /** @returns seconds after which the queue is likely to have room */
  retryAfterS(): number {
    return this.queue.retryAfterS();
  }

  /**
   * @param key - identifies the catalog version
   * @param catalog - that version's catalog as shared JSON bytes
   * @param query - the plan query
   * @param run - the request's deadline, abort signal and client
   * @returns the plan and the worker's planning time
   * @throws the worker's PathwiseError (rebuilt), TIMEOUT past the deadline or when the request
   *   ended, an overload GraphQLError (RATE_LIMITED / SERVICE_UNAVAILABLE), or an Error for anything else
   */
  async plan(
    key: string,
    catalog: SharedArrayBuffer,
    query: PlanQuery,
    run?: PlanRun,
  ): Promise<TimedPlan> {
    const result = await this.run({ key, catalog, query }, run);
    if (!('plan' in result))
      throw new Error('planning worker: a plan task answered without a plan');
    return { plan: result.plan, ms: result.ms };
  }

  /**
   * The cost-time frontier in a worker, queued, budgeted and cancelled as a plan is.
   * @returns the frontier and the worker's planning time
   * @throws as `plan` does
   */
  async frontier(
    key: string,
    catalog: SharedArrayBuffer,
    query: PlanQuery,
    run?: PlanRun,
  ): Promise<TimedFrontier> {
    const result = await this.run({ key, catalog, query, op: 'frontier' }, run);
    if (!('frontier' in result))
      throw new Error('planning worker: a frontier task answered without a frontier');
    return { frontier: result.frontier, ms: result.ms };
  }

  /** Queues one task fairly, cuts its time budget to its request's deadline, and unwraps errors. */
  private async run(
    task: Omit<PlanTask, 'cancel'>,
    run?: PlanRun,
  ): Promise<Extract<PlanTaskResult, { ok: true }>> {
    const signal = run?.signal;
    const { query } = task;
    const start = async (): Promise<PlanTaskResult> => {
      const left = run ? run.deadline - Date.now() : Infinity;
      if (left <= 0) throw new QueueRefusedError('deadline', this.queue.retryAfterS());
      const timeBudgetMs = Math.max(1, Math.min(query.timeBudgetMs ?? left, left));
      const cancel = new SharedArrayBuffer(4);
      const onAbort = (): void => {
        Atomics.store(new Int32Array(cancel), 0, 1);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        return await this.pool.run({ ...task, query: { ...query, timeBudgetMs }, cancel });
      } finally {
        signal?.removeEventListener('abort', onAbort);
      }
    };
    let result: PlanTaskResult;
    try {
      result = await this.queue.run(run?.client ?? 'anonymous', start, {
        signal,
        deadline: run?.deadline,
      });
    } catch (error) {
      throw error instanceof QueueRefusedError ? fromQueueRefusal(error) : error;
    }
    if (!result.ok) throw fromTaskError(result.error);
    return result;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

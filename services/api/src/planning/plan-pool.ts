/**
 * The planning worker threads (piscina), so long plans do not stall other requests: the service's
 * thread keeps parsing, validating and answering while workers plan. Two lanes (plan-lane.ts), each
 * with a FairQueue in front:
 * - the quick lane (one thread) tries every plan first with a short budget (`quickPlanMs`, 50 ms by
 *   default). Most plans are proven optimal well within it and are answered there, so a trivial plan
 *   never waits behind hard ones that hold the main workers for their whole budget;
 * - a plan the quick lane could not prove optimal in time goes to the main lane with the budget left
 *   of its request, and its answer is the one given.
 * The quick attempt costs a hard plan at most `quickPlanMs` more; a quick lane that is full sends the
 * plan straight to the main lane. The quick lane hands its thread first to the clients with the least
 * work in the main lane, so a client sending trivial plans is not kept waiting by the quick attempts
 * of one whose hard plans already hold the main workers.
 */
import type { PlanQuery } from '@pathwise/engine';
import type { PlanRun, TimedFrontier, TimedPlan } from '@pathwise/graphql';
import { QueueRefusedError, type FairQueueOptions, type QueueStats } from './fair-queue.js';
import { DEFAULT_SERVICE_LIMITS } from '../limits.js';
import { fromQueueRefusal } from './overload-error.js';
import { PlanLane } from './plan-lane.js';
import { fromTaskError, type PlanTaskResult, type SharedCatalog } from './plan-task.js';

/** Bounds of the planning queue, its observers, and the quick lane's budget. */
export type PlanQueueOptions = Omit<FairQueueOptions, 'concurrency'> & {
  /** The quick lane's budget per plan in milliseconds (0: no quick lane). */
  quickPlanMs?: number;
  /** The nice value of the main lane's threads (thread-priority.ts; 0: the process's own). */
  mainLaneNice?: number;
};

/** Worker threads that plan. */
export class PlanPool {
  private readonly main: PlanLane;
  private readonly quick: PlanLane | undefined;
  private readonly quickPlanMs: number;

  /**
   * @param threads - how many worker threads in the main lane (at least 1)
   * @param queue - bounds of the waiting plans (in all and per client), observers, and the quick
   *   lane's budget (default: the service's defaults)
   */
  constructor(
    threads: number,
    queue: PlanQueueOptions = {
      maxQueued: DEFAULT_SERVICE_LIMITS.maxQueuedPlans,
      maxQueuedPerClient: DEFAULT_SERVICE_LIMITS.maxQueuedPlansPerClient,
    },
  ) {
    const {
      quickPlanMs = DEFAULT_SERVICE_LIMITS.quickPlanMs,
      mainLaneNice = DEFAULT_SERVICE_LIMITS.mainLaneNice,
      ...bounds
    } = queue;
    this.main = new PlanLane({ ...bounds, concurrency: threads }, 'main', mainLaneNice);
    this.quickPlanMs = quickPlanMs;
    // The quick lane's waits and refusals are not the queue's: a refused plan just skips the lane.
    this.quick =
      quickPlanMs > 0
        ? new PlanLane(
            {
              maxQueued: bounds.maxQueued,
              maxQueuedPerClient: bounds.maxQueuedPerClient,
              concurrency: 1,
              // A client with hard plans in the main lane waits behind one without any.
              elsewhere: (client) => this.main.queue.load(client),
            },
            'quick',
          )
        : undefined;
  }

  /** @returns how full the main planning queue is */
  stats(): QueueStats {
    return this.main.stats();
  }

  /** @returns seconds after which the main queue is likely to have room */
  retryAfterS(): number {
    return this.main.queue.retryAfterS();
  }

  /**
   * @param key - identifies the catalog version
   * @param catalog - that version's catalog (JSON and compiled snapshot) in shared memory
   * @param query - the plan query
   * @param run - the request's deadline, abort signal and client
   * @returns the plan and the worker's planning time
   * @throws the worker's PathwiseError (rebuilt), TIMEOUT past the deadline or when the request
   *   ended, an overload GraphQLError (RATE_LIMITED / SERVICE_UNAVAILABLE), or an Error for anything else
   */
  async plan(
    key: string,
    catalog: SharedCatalog,
    query: PlanQuery,
    run?: PlanRun,
  ): Promise<TimedPlan> {
    const result = await this.settle(
      async () =>
        (await this.tryQuick(key, catalog, query, run)) ??
        (await this.main.run(key, catalog, query, run)),
    );
    if (!('plan' in result))
      throw new Error('planning worker: a plan task answered without a plan');
    return { plan: result.plan, ms: result.ms };
  }

  /**
   * The cost-time frontier in a main-lane worker, queued, budgeted and cancelled as a plan is (a
   * frontier is several searches: it skips the quick lane).
   * @returns the frontier and the worker's planning time
   * @throws as `plan` does
   */
  async frontier(
    key: string,
    catalog: SharedCatalog,
    query: PlanQuery,
    run?: PlanRun,
  ): Promise<TimedFrontier> {
    const result = await this.settle(() =>
      this.main.run(key, catalog, query, run, Infinity, 'frontier'),
    );
    if (!('frontier' in result))
      throw new Error('planning worker: a frontier task answered without a frontier');
    return { frontier: result.frontier, ms: result.ms };
  }

  /** Runs a task, turning queue refusals and the worker's errors into the errors to throw. */
  private async settle(
    go: () => Promise<PlanTaskResult>,
  ): Promise<Extract<PlanTaskResult, { ok: true }>> {
    let result: PlanTaskResult;
    try {
      result = await go();
    } catch (error) {
      throw error instanceof QueueRefusedError ? fromQueueRefusal(error) : error;
    }
    if (!result.ok) throw fromTaskError(result.error);
    return result;
  }

  /**
   * @returns the quick lane's answer when it is final: a plan proven optimal, a fault of the query
   *   (the main lane would say the same), or any answer when the query's own budget is no longer
   *   than the quick one; undefined when the plan should go to the main lane
   * @throws QueueRefusedError when the request ended or its deadline passed while it waited
   */
  private async tryQuick(
    key: string,
    catalog: SharedCatalog,
    query: PlanQuery,
    run: PlanRun | undefined,
  ): Promise<PlanTaskResult | undefined> {
    if (!this.quick) return undefined;
    let result: PlanTaskResult;
    try {
      result = await this.quick.run(key, catalog, query, run, this.quickPlanMs);
    } catch (error) {
      if (
        error instanceof QueueRefusedError &&
        (error.reason === 'queue-full' || error.reason === 'client-full')
      )
        return undefined;
      throw error;
    }
    const whole = query.timeBudgetMs !== undefined && query.timeBudgetMs <= this.quickPlanMs;
    if (whole || run?.signal?.aborted) return result;
    if (result.ok) return 'plan' in result && result.plan.optimal ? result : undefined;
    // A fault of the query is final; a TIMEOUT (cancelled, out of budget) or a worker fault is retried.
    const code = (result.error as { code?: string }).code;
    return code !== undefined && code !== 'TIMEOUT' ? result : undefined;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all([this.main.close(), this.quick?.close()]);
  }
}

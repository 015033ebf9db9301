/**
 * A pool of planning worker threads (piscina), so long plans do not stall other requests: the
 * service's thread keeps parsing, validating and answering while workers plan.
 */
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { PlanQuery } from '@pathwise/engine';
import type { TimedPlan } from '@pathwise/graphql';
import { fromTaskError, type PlanTask, type PlanTaskResult } from './plan-task.js';

/** Worker threads that plan. */
export class PlanPool {
  private readonly pool: Piscina<PlanTask, PlanTaskResult>;

  /** @param threads - how many worker threads (at least 1) */
  constructor(threads: number) {
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
  }

  /**
   * @param key - identifies the catalog version
   * @param catalog - that version's catalog as shared JSON bytes
   * @param query - the plan query
   * @returns the plan and the worker's planning time
   * @throws the worker's PathwiseError (rebuilt), or an Error for anything else
   */
  async plan(key: string, catalog: SharedArrayBuffer, query: PlanQuery): Promise<TimedPlan> {
    const result = await this.pool.run({ key, catalog, query });
    if (!result.ok) throw fromTaskError(result.error);
    return { plan: result.plan, ms: result.ms };
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

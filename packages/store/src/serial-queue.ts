/**
 * An in-process mutex: tasks run one after another in call order, so concurrent applies on one store
 * object never interleave. (A dozen lines; a dependency such as async-mutex would add nothing here.)
 */

/** Runs async tasks one at a time, in the order they were queued. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /**
   * Queues a task behind every task queued before it.
   * @param task - the work to run alone
   * @returns what the task returns (or its rejection); a failed task does not block the next
   */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

/**
 * Writes answers that complete out of order in the order they were asked for, as soon as they can
 * be: each answer that arrives writes itself and every answer behind it that has also arrived, so a
 * batch's first lines come out while the rest is still being read. At most `window` answers are
 * outstanding; past that, push waits (the reader stops reading) until the oldest is written. Writes
 * run one at a time, each awaiting the output's drain. A failed answer fails the next push or finish.
 * No library does this ordering with a bounded window over promises (p-queue and
 * stream transforms give concurrency or order, not both with backpressure), so it is written here.
 */

interface Entry<A, M> {
  meta: M;
  answer?: A;
}

/** An in-order writer of answers that complete in any order. */
export class OrderedWriter<A, M> {
  private readonly queue: Entry<A, M>[] = [];
  private chain: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | undefined;
  private wake: (() => void) | undefined;

  /**
   * @param window - the most answers outstanding (asked for, not yet written)
   * @param emit - writes one answer (awaited before the next)
   */
  constructor(
    private readonly window: number,
    private readonly emit: (answer: A, meta: M) => Promise<void>,
  ) {}

  /**
   * Queues an answer; resolves once there is room for another.
   * @throws the error of an answer or a write that failed
   */
  async push(answer: Promise<A>, meta: M): Promise<void> {
    this.check();
    const entry: Entry<A, M> = { meta };
    this.queue.push(entry);
    answer.then(
      (value) => {
        entry.answer = value;
        this.pump();
      },
      (error: unknown) => this.fail(error),
    );
    while (this.queue.length >= this.window && this.failure === undefined)
      await this.waitForWrite();
    this.check();
  }

  /**
   * Resolves when every queued answer is written.
   * @throws the error of an answer or a write that failed
   */
  async finish(): Promise<void> {
    while (this.queue.length > 0 && this.failure === undefined) await this.waitForWrite();
    await this.chain;
    this.check();
  }

  private waitForWrite(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private fail(error: unknown): void {
    this.failure ??= { error };
    this.signal();
  }

  private check(): void {
    if (this.failure !== undefined) throw this.failure.error;
  }

  private pump(): void {
    this.chain = this.chain
      .then(async () => {
        while (this.failure === undefined && this.queue[0]?.answer !== undefined) {
          const entry = this.queue.shift()!;
          await this.emit(entry.answer!, entry.meta);
          this.signal();
        }
      })
      .catch((error: unknown) => this.fail(error));
  }
}

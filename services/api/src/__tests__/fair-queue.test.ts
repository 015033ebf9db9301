// The fair queue on its own: a fair share between clients, bounds in all and per client, waiting
// jobs dropped at their deadline or when aborted, and a slot freed whatever the job's outcome.
import { describe, expect, it } from 'vitest';
import { FairQueue, QueueRefusedError } from '../planning/fair-queue.js';

/** A job that runs until released, recording when it started. */
function gate(log: string[], name: string): { job: () => Promise<string>; release(): void } {
  let release = (): void => {};
  const done = new Promise<void>((resolve) => (release = resolve));
  return {
    job: async () => {
      log.push(name);
      await done;
      return name;
    },
    release: () => release(),
  };
}

const refusal = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (e: unknown) => (e instanceof QueueRefusedError ? e.reason : e),
  );

describe('FairQueue', () => {
  it('gives a free slot to the client with the fewest running, then the one served longest ago', async () => {
    const queue = new FairQueue({ concurrency: 1, maxQueued: 10, maxQueuedPerClient: 10 });
    const log: string[] = [];
    const jobs = ['a1', 'a2', 'a3', 'b1', 'a4', 'c1'].map((name) => ({ name, ...gate(log, name) }));
    const runs = jobs.map((j) => queue.run(j.name[0]!, j.job));
    for (const j of jobs) {
      j.release();
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(runs);
    // a1 ran at once, so b and c (never served) go before a's next; first come first served would
    // run a2, a3 before b1.
    expect(log).toEqual(['a1', 'b1', 'c1', 'a2', 'a3', 'a4']);
  });

  it('counts work a client has elsewhere: the client with none goes first', async () => {
    const busyElsewhere: Record<string, number> = { a: 3, b: 1, c: 0 };
    const queue = new FairQueue({
      concurrency: 1,
      maxQueued: 10,
      maxQueuedPerClient: 10,
      elsewhere: (client) => busyElsewhere[client] ?? 0,
    });
    const log: string[] = [];
    const jobs = ['x1', 'a1', 'b1', 'c1'].map((name) => ({ name, ...gate(log, name) }));
    const runs = jobs.map((j) => queue.run(j.name[0]!, j.job));
    expect(queue.load('a')).toBe(1);
    for (const j of jobs) {
      j.release();
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(runs);
    // Without `elsewhere`, a (queued first) would follow x1; with it, the least busy go first.
    expect(log).toEqual(['x1', 'c1', 'b1', 'a1']);
    expect(queue.load('a')).toBe(0);
  });

  it('refuses past the per-client and the total bound, with a retry hint', async () => {
    const queue = new FairQueue({ concurrency: 1, maxQueued: 3, maxQueuedPerClient: 2 });
    const log: string[] = [];
    const held = gate(log, 'run');
    const running = queue.run('a', held.job);
    const waiting = [queue.run('a', async () => 1), queue.run('a', async () => 2)];
    const overShare = queue.run('a', async () => 3);
    await expect(overShare).rejects.toMatchObject({ reason: 'client-full' });
    await expect(overShare).rejects.toSatisfy((e: QueueRefusedError) => e.retryAfterS >= 1);
    const third = queue.run('b', async () => 4);
    expect(await refusal(queue.run('c', async () => 5))).toBe('queue-full');
    expect(queue.stats()).toMatchObject({ running: 1, queued: 3, clients: 2 });
    held.release();
    expect(await Promise.all([running, ...waiting, third])).toEqual(['run', 1, 2, 4]);
    expect(queue.stats()).toMatchObject({ running: 0, queued: 0, clients: 0 });
  });

  it('drops a waiting job at its deadline or when its signal aborts, and frees slots on failure', async () => {
    const queue = new FairQueue({ concurrency: 1, maxQueued: 10, maxQueuedPerClient: 10 });
    const log: string[] = [];
    const held = gate(log, 'run');
    const running = queue.run('a', held.job);
    const late = queue.run('b', async () => 'late', { deadline: Date.now() + 20 });
    const controller = new AbortController();
    const abandoned = queue.run('c', async () => 'abandoned', { signal: controller.signal });
    controller.abort();
    expect(await refusal(abandoned)).toBe('aborted');
    expect(await refusal(late)).toBe('deadline');
    expect(queue.stats().queued).toBe(0);
    const failing = queue.run('d', () => Promise.reject(new Error('boom')));
    held.release();
    await running;
    await expect(failing).rejects.toThrow('boom');
    expect(await queue.run('e', async () => 'next')).toBe('next');
    expect(queue.stats()).toMatchObject({ running: 0, queued: 0 });
  });
});

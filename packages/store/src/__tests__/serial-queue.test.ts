/** SerialQueue: tasks never overlap, run in call order, and a failure does not block the queue. */
import { describe, expect, it } from 'vitest';
import { SerialQueue } from '../serial-queue.js';

describe('SerialQueue', () => {
  it('runs tasks one at a time in call order, past failures', async () => {
    const queue = new SerialQueue();
    const events: string[] = [];
    let running = 0;
    const task =
      (name: string, fail = false) =>
      async () => {
        running++;
        expect(running).toBe(1);
        events.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, 5 - name.length));
        events.push(`end ${name}`);
        running--;
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      queue.run(task('a')),
      queue.run(task('bb', true)),
      queue.run(task('ccc')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(events).toEqual(['start a', 'end a', 'start bb', 'end bb', 'start ccc', 'end ccc']);
  });
});

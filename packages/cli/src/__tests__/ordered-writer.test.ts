// OrderedWriter: answers completing in any order are written in the order asked, each as soon as
// those before it are; push waits while the window is full; a failed answer fails the writer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderedWriter } from '../plan/ordered-writer.js';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('OrderedWriter', () => {
  it('writes in the order asked for any order of completion', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: 12 })
          .chain((n) =>
            fc.tuple(fc.constant(n), fc.shuffledSubarray([...Array(n).keys()], { minLength: n })),
          ),
        async ([n, order]) => {
          const written: number[] = [];
          const writer = new OrderedWriter<number, null>(n + 1, async (a) => {
            written.push(a);
            await Promise.resolve();
          });
          const answers = Array.from({ length: n }, () => deferred<number>());
          for (let i = 0; i < n; i++) await writer.push(answers[i]!.promise, null);
          for (const i of order) answers[i]!.resolve(i);
          await writer.finish();
          expect(written).toEqual([...Array(n).keys()]);
        },
      ),
    );
  });

  it('writes the first answer before later ones are asked, and holds push while the window is full', async () => {
    const written: string[] = [];
    const writer = new OrderedWriter<string, null>(2, async (a) => void written.push(a));
    const a = deferred<string>();
    const b = deferred<string>();
    await writer.push(a.promise, null);
    let pushed = false;
    const second = writer.push(b.promise, null).then(() => (pushed = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(pushed).toBe(false); // two outstanding: the window is full
    a.resolve('a');
    await second;
    expect(written).toEqual(['a']);
    b.resolve('b');
    await writer.finish();
    expect(written).toEqual(['a', 'b']);
  });

  it('fails the next push or finish when an answer fails', async () => {
    const writer = new OrderedWriter<string, null>(4, async () => undefined);
    await writer.push(Promise.reject(new Error('worker died')), null);
    await new Promise((r) => setTimeout(r, 0));
    await expect(writer.push(Promise.resolve('x'), null)).rejects.toThrow('worker died');
    await expect(writer.finish()).rejects.toThrow('worker died');
  });
});

// readLines against splitting the whole text: the same lines for any split of the bytes into chunks
// (CRLF and multi-byte characters cut between chunks included), and refusals of binary chunks and
// over-long lines as soon as they arrive.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines } from '../input/read-lines.js';
import { InputRefusedError } from '../input/read-bounded.js';

async function* chunked(bytes: Buffer, cuts: number[]): AsyncGenerator<Uint8Array> {
  let start = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= start || cut >= bytes.length) continue;
    yield bytes.subarray(start, cut);
    start = cut;
  }
  yield bytes.subarray(start);
}

async function collect(lines: AsyncIterable<{ n: number; text: string }>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) {
    expect(line.n).toBe(out.length + 1);
    out.push(line.text);
  }
  return out;
}

describe('readLines', () => {
  it('gives the lines of text.split(/\\r?\\n/) for any chunking', async () => {
    const piece = fc.constantFrom('a', '{"x":1}', 'é', '😀', '\n', '\r\n', '\r', ' ', '');
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 30 }),
        fc.array(fc.nat(200)),
        async (parts, cuts) => {
          const text = parts.join('');
          const expected = text.split(/\r?\n/);
          if (expected[expected.length - 1] === '') expected.pop();
          const bytes = Buffer.from(text);
          expect(await collect(readLines(chunked(bytes, cuts), 1 << 20))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a NUL byte or non-UTF-8 bytes, after the lines before them', async () => {
    const seen: string[] = [];
    const bytes = Buffer.concat([Buffer.from('one\ntwo\n'), Buffer.from([0xff, 0x00])]);
    const lines = readLines(chunked(bytes, [8]), 1024);
    await expect(
      (async () => {
        for await (const line of lines) seen.push(line.text);
      })(),
    ).rejects.toThrow(InputRefusedError);
    expect(seen).toEqual(['one', 'two']);
  });

  it('refuses a line longer than the limit before holding more of it', async () => {
    async function* endless(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('short\n');
      for (;;) yield Buffer.alloc(1000, 'x');
    }
    const lines = readLines(endless(), 4096);
    expect((await lines.next()).value).toMatchObject({ n: 1, text: 'short' });
    await expect(lines.next()).rejects.toThrow(
      /line 2 is longer than the input limit of 4096 bytes/,
    );
  });
});

// readBoundedTextBytes (how the CLI reads a catalog file: bytes, refused as text is) against
// readBoundedText on the same files: the same bytes where text is accepted, and the same refusal
// where it is not (binary data, a character cut off, past the limit).
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBoundedText, readBoundedTextBytes } from '../read-bounded.js';

const root = await mkdtemp(join(tmpdir(), 'pathwise-read-bounded-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const outcome = async (read: () => Promise<unknown>): Promise<unknown> => {
  try {
    const value = await read();
    return { ok: typeof value === 'string' ? value : Buffer.from(value as Buffer).toString() };
  } catch (error) {
    return { refused: (error as Error).message };
  }
};

describe('readBoundedTextBytes', () => {
  const cases: [string, Uint8Array, number?][] = [
    ['empty', new Uint8Array(0)],
    ['a catalog', Buffer.from('{"format":"pathwise.catalog/v1","credentials":[]}\n')],
    ['more than a chunk, with a character across chunks', Buffer.from('é'.repeat(70_000))],
    ['a byte-order mark', Buffer.from('\ufeff{}')],
    ['a NUL byte', Buffer.from('{"a":\u0000}')],
    ['bytes that are not UTF-8', Buffer.from([0x7b, 0xff, 0x7d])],
    ['a character cut off at the end', Buffer.from('{}é').subarray(0, 3)],
    ['past the limit', Buffer.from('x'.repeat(100)), 99],
    ['at the limit', Buffer.from('x'.repeat(100)), 100],
  ];
  for (const [name, bytes, limit] of cases)
    it(`reads what readBoundedText reads: ${name}`, async () => {
      const path = join(root, name.replace(/\W+/g, '-'));
      await writeFile(path, bytes);
      const expected = await outcome(() => readBoundedText(path, limit));
      expect(await outcome(() => readBoundedTextBytes(path, limit))).toEqual(expected);
      if ('ok' in (expected as object))
        expect(Buffer.compare(await readBoundedTextBytes(path, limit), bytes)).toBe(0);
    });

  it('fails as readBoundedText fails on a file that is not there', async () => {
    const path = join(root, 'missing');
    expect(await outcome(() => readBoundedTextBytes(path))).toEqual(
      await outcome(() => readBoundedText(path)),
    );
  });
});

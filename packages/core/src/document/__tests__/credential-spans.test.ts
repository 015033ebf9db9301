// arraySpans (credential-spans.ts) against JSON.parse: on random JSON documents, written compact or
// indented, with strings full of quotes, backslashes and characters outside the Basic Multilingual
// Plane, it gives spans exactly when the document has an array of objects at the path, and each
// span parses to that element; anything else (another shape, a key written twice, broken nesting)
// gives undefined, never a wrong span. Spans of bytes in shared memory are in shared memory.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arraySpans } from '../credential-spans.js';

const text = fc.string({ unit: 'binary', maxLength: 12 });
const tricky = fc.oneof(text, fc.constantFrom('"', '\\', '\\"', '"credentials"', '{[', '😀'));
const value = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(tricky, tie('v'), { maxKeys: 3 }),
  ),
})).v;
const element = fc.dictionary(tricky, value, { maxKeys: 4 });
/** The value at the path's end: mostly a list of objects, sometimes anything else. */
const list = fc.oneof(
  { weight: 4, arbitrary: fc.array(element, { maxLength: 6 }) },
  { weight: 1, arbitrary: fc.array(value, { maxLength: 4 }) },
  { weight: 1, arbitrary: value },
);
/** An object with `key` holding `inner` among other keys, in a random place. */
const around = (key: string, inner: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc
    .tuple(fc.dictionary(tricky, value, { maxKeys: 3 }), inner, fc.nat(4))
    .map(([others, held, at]) => {
      const entries: [string, unknown][] = Object.entries(others).filter(([k]) => k !== key);
      entries.splice(Math.min(at, entries.length), 0, [key, held]);
      return Object.fromEntries(entries);
    });

/** @returns the bytes of `doc` as JSON, compact or indented */
const bytesOf = (doc: unknown, indent: number): Uint8Array =>
  new TextEncoder().encode(JSON.stringify(doc, null, indent));

/** @returns the list at the path, when it is a list of objects (what arraySpans must find) */
function listAt(doc: unknown, path: readonly string[]): unknown[] | undefined {
  let at = doc;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || Array.isArray(at)) return undefined;
    if (!Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  if (!Array.isArray(at)) return undefined;
  return at.every((e) => e !== null && typeof e === 'object' && !Array.isArray(e)) ? at : undefined;
}

/** Checks arraySpans on a document against JSON.parse. */
function check(bytes: Uint8Array, path: readonly string[]): void {
  const expected = listAt(JSON.parse(new TextDecoder().decode(bytes)), path);
  const spans = arraySpans(bytes, path);
  if (expected === undefined) {
    expect(spans).toBeUndefined();
    return;
  }
  expect(spans).toBeDefined();
  expect(spans!.length).toBe(2 + 2 * expected.length);
  expect(bytes[spans![0]!]).toBe(0x5b);
  expect(bytes[spans![1]!]).toBe(0x5d);
  const decode = (from: number, to: number): unknown =>
    JSON.parse(new TextDecoder().decode(bytes.subarray(from, to)));
  expect(decode(spans![0]!, spans![1]! + 1)).toEqual(expected);
  expected.forEach((e, i) => expect(decode(spans![2 + 2 * i]!, spans![3 + 2 * i]!)).toEqual(e));
}

describe('arraySpans', () => {
  it("finds a catalog's credentials exactly when JSON.parse does", () => {
    fc.assert(
      fc.property(around('credentials', list), fc.constantFrom(0, 2), (doc, indent) =>
        check(bytesOf(doc, indent), ['credentials']),
      ),
      { numRuns: 400 },
    );
  });

  it("finds a store file's credentials (catalog, then credentials) exactly when JSON.parse does", () => {
    const store = around('catalog', fc.oneof(around('credentials', list), value));
    fc.assert(
      fc.property(store, fc.constantFrom(0, 2), (doc, indent) =>
        check(bytesOf(doc, indent), ['catalog', 'credentials']),
      ),
      { numRuns: 400 },
    );
  });

  it('gives nothing for a key written twice, a document cut short, or broken nesting', () => {
    const spans = (s: string, path = ['credentials']): Float64Array | undefined =>
      arraySpans(new TextEncoder().encode(s), path);
    expect(spans('{"credentials":[{"id":"a"}],"x":1}')).toEqual(new Float64Array([15, 26, 16, 26]));
    expect(spans('{"credentials":[{"id":"a"}],"credentials":[]}')).toBeUndefined();
    expect(spans('{"catalog":{"credentials":[]},"catalog":{}}', ['catalog', 'credentials'])).toBe(
      undefined,
    );
    expect(spans('{"credentials":[{"id":"a"}]')).toBeUndefined();
    expect(spans('{"credentials":[{"id":"a"]}')).toBeUndefined();
    expect(spans('{"credentials":[{"id":"a}]}')).toBeUndefined();
    expect(spans('{"x":{"credentials":[{}]}}')).toBeUndefined();
    expect(spans('{"credentials":"[{}]"}')).toBeUndefined();
  });

  it('reads a document nested far deeper than the call stack allows', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const doc = `{"x":${deep},"credentials":[{"r":${deep}}]}`;
    const spans = arraySpans(new TextEncoder().encode(doc), ['credentials']);
    expect(spans?.length).toBe(4);
  });

  it('answers spans in shared memory for bytes in shared memory, the same spans', () => {
    const text = new TextEncoder().encode('{"credentials":[{"id":"a"},{"id":"b"}]}');
    const shared = new Uint8Array(new SharedArrayBuffer(text.length));
    shared.set(text);
    const inShared = arraySpans(shared, ['credentials'])!;
    const inPrivate = arraySpans(text, ['credentials'])!;
    expect(inShared.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(inPrivate.buffer).toBeInstanceOf(ArrayBuffer);
    expect([...inShared]).toEqual([...inPrivate]);
    expect(inShared.length).toBe(6);
  });
});

// The CTDL reader against the one it replaced (a graph of the whole document built first): on
// 2,000 generated documents (see support/random-ctdl.ts), the outcome of each import (catalog,
// warnings and pathways in order, or every fault in order) has the digest the old reader's outcome
// had. The digests were written by the old reader (commit before "interop: CTDL reader on the
// parsed JSON"); a mismatch names the seed, whose document randomCtdl(seed) rebuilds. Seeds 5, 258,
// 1466, 1541 and 1978 (documents with several requirement cycles) were rewritten when core's validator
// began reporting cycles in the document order of their first member (incremental validation gives
// the same order); with that sort left out, all 2,000 match the old reader's digests again.
import { describe, expect, it } from 'vitest';
import { ctdlOutcome, digest } from './support/ctdl-outcome.js';
import { randomCtdl } from './support/random-ctdl.js';
import { fixtureText } from './support/fixtures.js';
import { ImportInvalidError } from '../errors.js';
import { importCtdl } from '../ctdl/import-ctdl.js';

const expected = fixtureText('ctdl-differential.digests.txt').trim().split('\n');

describe('CTDL reader: the same outcome as the old reader on generated documents', () => {
  it(`matches on all ${expected.length} documents`, () => {
    const mismatched: number[] = [];
    for (let seed = 0; seed < expected.length; seed++) {
      if (digest(ctdlOutcome(randomCtdl(seed))) !== expected[seed]) mismatched.push(seed);
    }
    expect(mismatched).toEqual([]);
  }, 300_000);

  it('the generated documents cover what the readers distinguish', () => {
    const kinds = new Set<string>();
    for (let seed = 0; seed < 300; seed++) {
      const o = JSON.parse(ctdlOutcome(randomCtdl(seed))) as {
        catalog?: unknown;
        warnings?: { code: string }[];
        faults?: { code: string }[];
      };
      if (o.catalog) kinds.add('ok');
      for (const w of o.warnings ?? []) kinds.add(w.code);
      for (const f of o.faults ?? []) kinds.add(f.code);
    }
    for (const k of ['ok', 'IGNORED_PROPERTY', 'DEFAULTED', 'DANGLING_REFERENCE', 'TOO_DEEP'])
      expect(kinds).toContain(k);
  });
});

/** JSON text: `open` repeated `depth` times around a leaf, closed again (built as text: JSON.stringify recurses). */
function nest(depth: number, open: string, close: string, leaf = '"x"'): string {
  return open.repeat(depth) + leaf + close.repeat(depth);
}

describe('CTDL reader on input 10,000 deep: a TOO_DEEP fault naming where, never a stack overflow', () => {
  const shapes: [string, string, string][] = [
    ['a property of nested objects', '{"ceterms:x":', '}'],
    ['nested lists', '[', ']'],
    ['nested @list wrappers', '{"@list":', '}'],
    [
      'nested embedded conditions',
      '{"@type":"ceterms:ComponentCondition","ceterms:hasCondition":',
      '}',
    ],
    ['nested @graph', '{"@graph":', '}'],
  ];
  for (const [what, open, close] of shapes) {
    it(what, () => {
      const text = `{"@graph":[{"@id":"urn:a","@type":"ceterms:CourseComponent","ceterms:name":"a","ceterms:hasCondition":${nest(10_000, open, close)}}]}`;
      for (const input of [text, JSON.parse(text) as unknown]) {
        let error: unknown;
        try {
          importCtdl(input);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(ImportInvalidError);
        const faults = (error as ImportInvalidError).faults;
        expect(faults.map((f) => f.code)).toEqual(['TOO_DEEP']);
        expect(faults[0]!.message).toBe('nested more than 200 levels deep; not read');
        expect(faults[0]!.path).toMatch(/^@graph\[0\]\.ceterms:hasCondition/);
      }
    });
  }
});

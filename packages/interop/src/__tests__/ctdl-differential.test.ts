// The CTDL reader against the one it replaced (a graph of the whole document built first): on
// 2,000 generated documents (see support/random-ctdl.ts), the outcome of each import (catalog,
// warnings and pathways in order, or every fault in order) has the digest the old reader's outcome
// had. The digests were written by the old reader (commit before "interop: CTDL reader on the
// parsed JSON"); a mismatch names the seed, whose document randomCtdl(seed) rebuilds.
import { describe, expect, it } from 'vitest';
import { ctdlOutcome, digest } from './support/ctdl-outcome.js';
import { randomCtdl } from './support/random-ctdl.js';
import { fixtureText } from './support/fixtures.js';

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

// A catalog version in shared memory (shared-catalog.ts, shared-index.ts): the index a worker reads
// is the compiled one (its snapshot's bytes the same), its arrays the very memory of the index shared
// when that memory is shared already (the engine's own arrays), else copies in shared memory; a
// catalog read on demand from a shared document, then changed, is handed over as that document and
// a patch, and plans and sweeps frontiers byte for byte as the parsed catalog. Along a line of
// versions a reader of the version before decodes only the appended ids. An index shared for another
// version, with a section cut short, or said to continue ids it does not, is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readCatalogDocument,
  writeCatalogDocument,
  type Catalog,
  type Credential,
} from '@pathwise/core';
import { randomCase, type RandomCase } from '@pathwise/test-support';
import { createPlanner } from '../../index.js';
import { compileIndex, updateIndex, type CompactIndex } from '../compact-index.js';
import type { IdPrefixMap } from '../id-map.js';
import { writeIndexSnapshot } from '../index-snapshot.js';
import { readIndexSnapshot } from '../read-index-snapshot.js';
import { readSharedCatalog, shareCatalog } from '../shared-catalog.js';
import { readSharedIndex, shareIndex } from '../shared-index.js';

const key = new Uint8Array(32).fill(7);
const other = new Uint8Array(32).fill(8);

/** @returns both objectives' plans and the frontier of a case on a planner, as JSON text */
function answers(catalog: Catalog, c: RandomCase, compiled = compileIndex(catalog)): string {
  const planner = createPlanner(catalog, { compiled });
  const query = { target: c.target, have: c.have, asOf: c.asOf };
  return JSON.stringify([
    planner.plan({ ...query, objective: 'cheapest' }),
    planner.plan({ ...query, objective: 'fastest' }),
    planner.frontier(query),
  ]);
}

/** @returns the catalog read on demand from a store-like document in shared memory */
function readFromSharedDocument(catalog: Catalog): Catalog {
  const doc = writeCatalogDocument(catalog, {
    before: '{"version":1,"catalog":',
    after: '}',
    shared: true,
  });
  return (readCatalogDocument(doc, ['catalog']) as { catalog: Catalog }).catalog;
}

describe('a shared compiled index', () => {
  it('is the compiled index, sharing its arrays when they are in shared memory', () => {
    fc.assert(
      fc.property(randomCase(), (c) => {
        const index = compileIndex(c.catalog);
        const shared = shareIndex(index, key);
        expect(shared.sections[0]!.buffer).toBe(index.cost.buffer);
        expect(shared.sections[6]!.buffer).toBe(index.groupChildren.buffer);
        for (const section of shared.sections)
          expect(section.buffer).toBeInstanceOf(SharedArrayBuffer);
        const read = readSharedIndex(structuredClone(shared), key);
        expect(writeIndexSnapshot(read, key)).toEqual(writeIndexSnapshot(index, key));
        // An index in private memory (a snapshot read whole) is copied into shared memory.
        const copied = readIndexSnapshot(writeIndexSnapshot(index, key), key);
        expect(copied.cost.buffer).toBeInstanceOf(ArrayBuffer);
        const fromCopy = shareIndex(copied, key);
        for (const section of fromCopy.sections)
          expect(section.buffer).toBeInstanceOf(SharedArrayBuffer);
        expect(writeIndexSnapshot(readSharedIndex(fromCopy, key), key)).toEqual(
          writeIndexSnapshot(index, key),
        );
      }),
      { numRuns: 80 },
    );
  });

  it('along a line of versions, is read by decoding only the ids a version appended', () => {
    let made = 0;
    let continued = 0;
    const more = (count: number): Credential[] =>
      Array.from({ length: count }, () => ({
        id: `line-${made++}`,
        name: 'n',
        kind: 'course',
        cost: 1,
        durationWeeks: 1,
      }));
    fc.assert(
      fc.property(randomCase(), fc.nat(3), fc.nat(3), (c, a, b) => {
        const c1 = { ...c.catalog, credentials: [...c.catalog.credentials, ...more(a)] };
        const c2 = { ...c1, credentials: [...c1.credentials, ...more(b)] };
        const v0 = compileIndex(c.catalog);
        const v1 = updateIndex(v0, c1, []);
        const v2 = updateIndex(v1, c2, []);
        const keys = [0, 1, 2].map((k) => new Uint8Array(32).fill(20 + k));
        const [s0, s1, s2] = [v0, v1, v2].map((v, k) => structuredClone(shareIndex(v, keys[k]!)));
        // A version continues the one shared before when its map shares that one's table (a table
        // outgrown is made anew, and the line starts again there).
        const line = (later: CompactIndex, earlier: CompactIndex): boolean =>
          (later.idOf as IdPrefixMap).continues(earlier.idOf as IdPrefixMap);
        expect(s0!.continues).toBeUndefined();
        expect(s1!.continues?.key).toEqual(line(v1, v0) ? keys[0] : undefined);
        expect(s2!.continues?.key).toEqual(line(v2, v1) ? keys[1] : undefined);
        if (s1!.continues && s2!.continues) continued++;
        // Read in order: each continues the one before (its map extends the earlier one's).
        const r0 = readSharedIndex(s0!, keys[0]!);
        const r1 = readSharedIndex(s1!, keys[1]!);
        expect(line(r1, r0)).toBe(s1!.continues !== undefined);
        const r2 = readSharedIndex(s2!, keys[2]!);
        expect(line(r2, r1)).toBe(s2!.continues !== undefined);
        for (const [read, v, k] of [
          [r0, v0, 0],
          [r1, v1, 1],
          [r2, v2, 2],
        ] as const)
          expect(writeIndexSnapshot(read, keys[k]!)).toEqual(writeIndexSnapshot(v, keys[k]!));
        // A reader that did not read the version before decodes them all.
        readSharedIndex(s0!, keys[0]!);
        const skipped = readSharedIndex(s2!, keys[2]!);
        expect(line(skipped, r1)).toBe(false);
        expect(writeIndexSnapshot(skipped, keys[2]!)).toEqual(writeIndexSnapshot(v2, keys[2]!));
        expect(skipped.idOf.get(c2.credentials.at(-1)!.id)).toBe(v2.n - 1);
        expect(r2.idOf.get(c2.credentials.at(-1)!.id)).toBe(v2.n - 1);
      }),
      { numRuns: 60 },
    );
    expect(continued).toBeGreaterThan(30);
  });

  it('refuses a version said to continue ids it does not', () => {
    const c = fc.sample(randomCase(), { numRuns: 1, seed: 4 })[0]!;
    const v0 = compileIndex(c.catalog);
    const k0 = new Uint8Array(32).fill(30);
    const k1 = new Uint8Array(32).fill(31);
    readSharedIndex(shareIndex(v0, k0), k0);
    const s1 = shareIndex(compileIndex(c.catalog), k1);
    const n = v0.n;
    const units = v0.ids.join('').length;
    const lying = { ...s1, continues: { key: k0, n, units: units + 1, strBytes: units + 1 } };
    expect(() => readSharedIndex(lying, k1)).toThrow(/does not continue the ids/);
  });

  it('is refused for another version, or with a section cut short', () => {
    const c = fc.sample(randomCase(), { numRuns: 1, seed: 3 })[0]!;
    const shared = shareIndex(compileIndex(c.catalog), key);
    expect(() => readSharedIndex(shared, other)).toThrow(/compiled from another document/);
    const cut = {
      ...shared,
      sections: shared.sections.map((s, k) => (k === 4 ? (s as Int32Array).subarray(1) : s)),
    };
    expect(() => readSharedIndex(cut as typeof shared, key)).toThrow(/section 4's length/);
    const fewer = { ...shared, sections: shared.sections.slice(1) };
    expect(() => readSharedIndex(fewer, key)).toThrow(/sections missing/);
  });
});

describe('a shared catalog read on demand from shared memory', () => {
  it('is its document and a patch, and plans as the parsed catalog', () => {
    let made = 0;
    fc.assert(
      fc.property(randomCase(), fc.nat(), (c, at) => {
        const read = readFromSharedDocument(c.catalog);
        // A publish: one credential replaced at another cost, one appended outside every cone.
        const credentials = read.credentials.slice();
        const i = at % credentials.length;
        const replacement = { ...c.catalog.credentials[i]!, cost: 1000 };
        credentials[i] = replacement;
        const extra: Credential = {
          id: `appended-${made++}`,
          name: 'appended',
          kind: 'course',
          cost: 1,
          durationWeeks: 1,
        };
        credentials.push(extra);
        const catalog = { ...read, credentials };
        const plain = {
          ...c.catalog,
          credentials: [...c.catalog.credentials.map((x, k) => (k === i ? replacement : x)), extra],
        };
        const shared = structuredClone(shareCatalog(catalog, key, compileIndex(plain)));
        expect(shared.rest).toBeInstanceOf(SharedArrayBuffer);
        const view = readSharedCatalog(shared, key);
        expect(JSON.stringify(view.catalog)).toBe(JSON.stringify(plain));
        expect(answers(view.catalog, c, view.options.compiled)).toBe(answers(plain, c));
      }),
      { numRuns: 80 },
    );
  });

  it('hands over the document itself, not a copy', () => {
    const c = fc.sample(randomCase(), { numRuns: 1, seed: 5 })[0]!;
    const doc = writeCatalogDocument(c.catalog, { before: '[', after: ']', shared: true });
    const read = (readCatalogDocument(doc, ['0']) as Catalog[])[0]!;
    const shared = shareCatalog(read, key);
    expect(shared.json).toBe(doc.bytes.buffer);
    expect(new Float64Array(shared.spans)).toEqual(doc.spans);
    // A catalog of objects, or read from private memory, is written whole.
    expect(shareCatalog(c.catalog, key).rest).toBeUndefined();
    const privately = readCatalogDocument(writeCatalogDocument(c.catalog)) as Catalog;
    const written = shareCatalog(privately, key);
    expect(written.rest).toBeUndefined();
    expect(JSON.stringify(readSharedCatalog(written, key).catalog)).toBe(JSON.stringify(c.catalog));
  });
});

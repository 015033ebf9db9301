// A catalog version in shared memory (shared-catalog.ts, shared-index.ts): the index a worker reads
// is the compiled one (its snapshot's bytes the same), its arrays the very memory of the index shared
// when that memory is shared already (the engine's own arrays), else copies in shared memory; a
// catalog read on demand from a shared document, then changed, is handed over as that document and
// a patch, and plans and sweeps frontiers byte for byte as the parsed catalog. An index shared for
// another version, or with a section cut short, is refused.
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
import { compileIndex } from '../compact-index.js';
import { readIndexSnapshot, writeIndexSnapshot } from '../index-snapshot.js';
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
        // A publish: one credential replaced by a copy of itself, one appended outside every cone.
        const credentials = read.credentials.slice();
        const i = at % credentials.length;
        credentials[i] = { ...c.catalog.credentials[i]! };
        const extra: Credential = {
          id: `appended-${made++}`,
          name: 'appended',
          kind: 'course',
          cost: 1,
          durationWeeks: 1,
        };
        credentials.push(extra);
        const catalog = { ...read, credentials };
        const plain = { ...c.catalog, credentials: [...c.catalog.credentials, extra] };
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

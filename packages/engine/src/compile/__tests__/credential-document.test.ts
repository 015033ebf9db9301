// The catalog document with credential spans (core's catalog-document.ts): its bytes are exactly
// JSON.stringify's, the catalog read back plans and sweeps frontiers byte for byte as the parsed
// one, and a plan decodes only what it reads: with every credential outside the target's cone and
// the holdings overwritten by bytes that are not JSON, plans are still the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PathwiseError,
  readCatalogDocument,
  writeCatalogDocument,
  type Catalog,
  type CredentialDocument,
} from '@pathwise/core';
import { randomCase, spoilOutsideCone, type RandomCase } from '@pathwise/test-support';
import { compileIndex } from '../compact-index.js';

const writeCredentialDocument = writeCatalogDocument;
const readCredentialDocument = (doc: CredentialDocument): Catalog =>
  readCatalogDocument(doc) as Catalog;
import { createPlanner } from '../../index.js';

/** @returns the plans (both objectives) and the frontier of a case, as JSON text */
function answers(catalog: Catalog, c: RandomCase): string {
  const planner = createPlanner(catalog, { compiled: compileIndex(c.catalog) });
  const query = { target: c.target, have: c.have, asOf: c.asOf };
  return JSON.stringify([
    planner.plan({ ...query, objective: 'cheapest' }),
    planner.plan({ ...query, objective: 'fastest' }),
    planner.frontier(query),
  ]);
}

/** @returns the same answers from a planner given only the parsed catalog */
function plainAnswers(c: RandomCase): unknown[] {
  const planner = createPlanner(c.catalog);
  const query = { target: c.target, have: c.have, asOf: c.asOf };
  return [
    planner.plan({ ...query, objective: 'cheapest' }),
    planner.plan({ ...query, objective: 'fastest' }),
    planner.frontier(query),
  ];
}

describe('credential document', () => {
  it('writes JSON.stringify bytes, and reads back a catalog that plans the same', () => {
    fc.assert(
      fc.property(randomCase(), (c) => {
        const doc = writeCredentialDocument(c.catalog);
        expect(new TextDecoder().decode(doc.bytes)).toBe(JSON.stringify(c.catalog));
        const read = readCredentialDocument(doc);
        expect(JSON.stringify(read)).toBe(JSON.stringify(c.catalog));
        expect(answers(read, c)).toBe(JSON.stringify(plainAnswers(c)));
      }),
      { numRuns: 150 },
    );
  });

  it('decodes only the credentials a plan reads: the rest may be anything', () => {
    let spoiledTotal = 0;
    fc.assert(
      fc.property(randomCase(), (c) => {
        const doc = writeCredentialDocument(c.catalog, { shared: true });
        spoiledTotal += spoilOutsideCone(c.catalog, c.target, c.have, doc.bytes, doc.spans);
        expect(answers(readCredentialDocument(doc), c)).toBe(JSON.stringify(plainAnswers(c)));
      }),
      { numRuns: 150, seed: 14 },
    );
    // The property means something only if cases have credentials outside the cone (many do).
    expect(spoiledTotal).toBeGreaterThan(150);
  });

  it('refuses spans that do not fit the document', () => {
    const doc = writeCredentialDocument({ currency: 'USD', credentials: [] } as unknown as Catalog);
    const spans = Float64Array.from(doc.spans, (x) => x + 1);
    expect(() => readCredentialDocument({ bytes: doc.bytes, spans })).toThrow(PathwiseError);
  });
});

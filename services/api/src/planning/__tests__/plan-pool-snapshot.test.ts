// The planning pool on a shared compiled index (plan-task.ts shareCatalog with the compact index):
// its real worker threads answer byte for byte what a planner compiled from the JSON answers, on
// random catalogs, on the example catalog, and on catalogs read on demand from a document in shared
// memory then changed (shared as that document and a patch), and a worker given an index of another
// version refuses it rather than plan on the wrong index (which shows the workers do read it).
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parseCatalogJson,
  readCatalogDocument,
  writeCatalogDocument,
  type Catalog,
  type Credential,
} from '@pathwise/core';
import { compileIndex, createPlanner, type PlanQuery, type Planner } from '@pathwise/engine';
import { randomCase, spoilOutsideCone } from '@pathwise/test-support';
import { PlanPool } from '../plan-pool.js';
import { shareCatalog } from '../plan-task.js';

let pool: PlanPool;
beforeAll(() => {
  pool = new PlanPool(2);
});
afterAll(async () => {
  await pool?.close();
});

/** @returns the pool's plan and frontier on the shared snapshot, as JSON text */
async function fromPool(key: string, catalog: Catalog, query: PlanQuery): Promise<string> {
  const shared = shareCatalog(catalog, key, compileIndex(catalog));
  for (const section of shared.compiled!.sections)
    expect(section.buffer).toBeInstanceOf(SharedArrayBuffer);
  const { plan } = await pool.plan(key, shared, query);
  const { frontier } = await pool.frontier(key, shared, query);
  return JSON.stringify({ plan, frontier });
}

/** @returns the plan and frontier a planner in this thread answers, as the pool's answers are compared */
const localAnswer = (planner: Planner, query: PlanQuery): string =>
  JSON.stringify({ plan: planner.plan(query), frontier: planner.frontier(query) });

describe('PlanPool on a shared compiled snapshot', () => {
  it('answers random catalogs byte for byte as a planner compiled from the JSON', async () => {
    let version = 0;
    await fc.assert(
      fc.asyncProperty(randomCase(), async (c) => {
        const query: PlanQuery = { target: c.target, have: c.have, asOf: c.asOf };
        const expected = localAnswer(createPlanner(c.catalog), query);
        expect(await fromPool(`random:${version++}`, c.catalog, query)).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('answers a catalog read on demand from shared memory, then changed, as the parsed one', async () => {
    let version = 0;
    await fc.assert(
      fc.asyncProperty(randomCase(), fc.nat(), async (c, at) => {
        const doc = writeCatalogDocument(c.catalog, { before: '[', after: ']', shared: true });
        const read = (readCatalogDocument(doc, ['0']) as Catalog[])[0]!;
        // The target replaced at a higher cost (its plans change), then another credential, and one
        // appended: on the list read on demand, and on the parsed one.
        const edited = c.catalog.credentials.slice();
        const target = edited.findIndex((x) => x.id === c.target);
        const i = at % edited.length;
        edited[target] = { ...edited[target]!, cost: 1000 };
        edited[i] = { ...edited[i]!, name: 'replaced' };
        const extra: Credential = {
          id: 'appended',
          name: 'a',
          kind: 'course',
          cost: 1,
          durationWeeks: 1,
        };
        const credentials = read.credentials.slice();
        credentials[target] = edited[target]!;
        credentials[i] = edited[i]!;
        credentials.push(extra);
        const plain = { ...c.catalog, credentials: [...edited, extra] };
        const key = `patched:${version++}`;
        const shared = shareCatalog({ ...read, credentials }, key, compileIndex(plain));
        expect(shared.json).toBe(doc.bytes.buffer);
        const query: PlanQuery = { target: c.target, have: c.have, asOf: c.asOf };
        const { plan } = await pool.plan(key, shared, query);
        const { frontier } = await pool.frontier(key, shared, query);
        expect(JSON.stringify({ plan, frontier })).toBe(localAnswer(createPlanner(plain), query));
      }),
      { numRuns: 40 },
    );
  });

  it('answers the example catalog byte for byte as a planner compiled from the JSON', async () => {
    const text = await readFile(
      new URL('../../../../../examples/catalogs/tech-careers.json', import.meta.url),
      'utf8',
    );
    const catalog = parseCatalogJson(text);
    const local = createPlanner(catalog);
    const targets = catalog.credentials.filter((c) => c.requires !== undefined).slice(0, 8);
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      for (const objective of ['cheapest', 'fastest'] as const) {
        const query: PlanQuery = { target: target.id, objective, asOf: '2026-01-01' };
        const expected = localAnswer(local, query);
        expect(await fromPool('example', catalog, query)).toBe(expected);
      }
    }
  });

  it('decodes only the credentials a plan reads: the rest of the shared document may be anything', async () => {
    // The workers never parse the whole document (core's document/catalog-document.ts): with every
    // credential outside the target's cone and the holdings overwritten by non-JSON, they still
    // answer byte for byte as a planner compiled from the JSON.
    let version = 0;
    let spoiled = 0;
    await fc.assert(
      fc.asyncProperty(randomCase(), async (c) => {
        const query: PlanQuery = { target: c.target, have: c.have, asOf: c.asOf };
        const expected = localAnswer(createPlanner(c.catalog), query);
        const key = `spoiled:${version++}`;
        const shared = shareCatalog(c.catalog, key, compileIndex(c.catalog));
        const bytes = new Uint8Array(shared.json);
        spoiled += spoilOutsideCone(
          c.catalog,
          c.target,
          c.have,
          bytes,
          new Float64Array(shared.spans),
        );
        const { plan } = await pool.plan(key, shared, query);
        const { frontier } = await pool.frontier(key, shared, query);
        expect(JSON.stringify({ plan, frontier })).toBe(expected);
      }),
      { numRuns: 60, seed: 14 },
    );
    expect(spoiled).toBeGreaterThan(60);
  });

  it('refuses a snapshot shared for another version', async () => {
    const c = fc.sample(randomCase(), { numRuns: 1, seed: 7 })[0]!;
    const shared = shareCatalog(c.catalog, 'v1', compileIndex(c.catalog));
    const error: unknown = await pool
      .plan('v2', shared, { target: c.target, asOf: c.asOf })
      .catch((e) => e);
    expect((error as Error).message).toMatch(
      /compiled snapshot was compiled from another document/,
    );
  });
});

// Property test of catalog validation on random valid catalogs (v1 and v2) broken by random mutations
// (any field set to a bad or tricky value, deleted, entries copied, ids repeated, cycles, deep and
// wide groups) and on any JSON value: validateCatalog never throws, leaves its input as it was,
// gives the same answer twice, and locates every fault at a place in the document (every step of
// its path exists; the last may be missing only for MISSING_FIELD); the mutations reach every fault
// code. When the validator was made allocation-free (session 6), this generator also compared it
// with the validator it replaced on 3,300 cases: same codes, paths, order, messages and ids.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateCatalog } from '@pathwise/core';
import { validCatalog } from './random-catalog.js';
import { apply, mutation } from './mutate-catalog.js';

type Json = Record<string, unknown>;

/**
 * @param doc - the validated document
 * @param path - a fault's path (`credentials[2].requires.of[1]`)
 * @returns how many of its steps exist in the document, and how many it has
 */
function resolved(doc: unknown, path: string): { found: number; steps: number } {
  // Steps: `name`, `[3]`, or a quoted key `["weird key"]`.
  const steps = [...path.matchAll(/\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/g)].map(
    (m) => m[1] ?? (m[2] === undefined ? m[3]! : (JSON.parse(m[2]) as string)),
  );
  let node = doc;
  let found = 0;
  for (const step of steps) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, step)) break;
    node = (node as Json)[step];
    found++;
  }
  return { found, steps: steps.length };
}

/** Checks one validation: no throw, input untouched, the same twice, every fault located. */
function checkValidation(doc: unknown): void {
  const before = structuredClone(doc);
  const result = validateCatalog(doc);
  expect(doc).toEqual(before);
  expect(validateCatalog(doc)).toEqual(result);
  if (result.ok) return;
  expect(result.faults.length).toBeGreaterThan(0);
  for (const fault of result.faults) {
    const { found, steps } = resolved(doc, fault.path);
    const missing = fault.code === 'MISSING_FIELD' ? 1 : 0;
    expect({ path: fault.path, found: found >= steps - missing }).toEqual({
      path: fault.path,
      found: true,
    });
  }
}

describe('validateCatalog on mutated catalogs', () => {
  for (const version of [1, 2] as const) {
    it(`never throws and locates every fault of mutated v${version} catalogs`, () => {
      fc.assert(
        fc.property(
          validCatalog(version),
          fc.array(mutation, { minLength: 1, maxLength: 6 }),
          (catalog, changes) => {
            const doc = structuredClone(catalog) as Json;
            for (const m of changes) apply(doc, m);
            checkValidation(doc);
          },
        ),
        { numRuns: 1500 },
      );
    });
  }

  it('never throws and locates every fault on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), checkValidation), { numRuns: 300 });
  });

  it('reaches every fault code of catalog validation (the mutations are not all harmless)', () => {
    const codes = new Set<string>();
    let broken = 0;
    for (const version of [1, 2] as const) {
      const samples = fc.sample(
        fc.tuple(validCatalog(version), fc.array(mutation, { minLength: 1, maxLength: 6 })),
        { numRuns: 400, seed: 7 },
      );
      for (const [catalog, changes] of samples) {
        const doc = structuredClone(catalog) as Json;
        for (const m of changes) apply(doc, m);
        const result = validateCatalog(doc);
        if (result.ok) continue;
        broken++;
        for (const fault of result.faults) codes.add(fault.code);
      }
    }
    expect(broken).toBeGreaterThan(400);
    expect([...codes].sort()).toEqual([
      'BAD_FORMAT',
      'BAD_ID',
      'BAD_NUMBER',
      'BAD_VALUE',
      'CYCLE',
      'DANGLING_CREDENTIAL',
      'DANGLING_PROVIDER',
      'DUPLICATE_ID',
      'EMPTY_GROUP',
      'K_OUT_OF_RANGE',
      'MISSING_FIELD',
      'UNKNOWN_FIELD',
      'UNREACHABLE_CREDITS',
      'WRONG_TYPE',
    ]);
  });
});

// A catalog read on demand as its credentials' document plus a patch (patched-catalog.ts): after
// random copies, writes and pushes of its credentials, and a change to the rest of the catalog, the
// catalog read back from the same document and the patch's text is the one the steps made, and the
// reading decodes nothing; a patch that does not fit its document is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PathwiseError,
  decodedCount,
  patchedCatalogOf,
  readCatalogDocument,
  readPatchedCatalog,
  writeCatalogDocument,
  type Catalog,
  type Credential,
} from '@pathwise/core';
import { validCatalog } from '../../validate/__tests__/random-catalog.js';

type Step = { kind: 'copy' } | { kind: 'write'; at: number } | { kind: 'push' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant({ kind: 'copy' as const }),
  fc.record({ kind: fc.constant('write' as const), at: fc.nat(40) }),
  fc.constant({ kind: 'push' as const }),
);

let made = 0;
const fresh = (): Credential => ({
  id: `patched-${made++}`,
  name: 'A "patched" one 😀',
  kind: 'course',
  cost: 2,
  durationWeeks: 1,
});

/** Applies one step to a list; @returns the list it makes */
function apply(list: Credential[], s: Step, c: Credential): Credential[] {
  if (s.kind === 'copy') return list.slice();
  if (list.length === 0 || s.kind === 'push') list.push(c);
  else list[s.at % list.length] = c;
  return list;
}

describe('a catalog as its document and a patch', () => {
  it('reads back as the catalog the steps made, decoding nothing', () => {
    fc.assert(
      fc.property(validCatalog(2), fc.array(step, { maxLength: 8 }), (json, steps) => {
        const catalog = json as unknown as Catalog;
        // In a document under a key of its own, as a store file holds it.
        const doc = writeCatalogDocument(catalog, {
          before: '{"version":3,"catalog":',
          after: '}',
        });
        const read = (readCatalogDocument(doc, ['catalog']) as { catalog: Catalog }).catalog;
        let lazy = read.credentials;
        let plain = [...catalog.credentials];
        for (const s of steps) {
          const c = fresh();
          lazy = apply(lazy, s, c);
          plain = apply(plain, s, c);
        }
        const changed: Catalog = { ...read, currency: 'XTS', credentials: lazy };
        const patched = patchedCatalogOf(changed)!;
        expect(patched.document.bytes).toBe(doc.bytes);
        const back = readPatchedCatalog(patched.document, patched.rest);
        expect(decodedCount(back.credentials)).toBe(0);
        expect(JSON.stringify(back)).toBe(
          JSON.stringify({ ...catalog, currency: 'XTS', credentials: plain }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('is not made for a catalog whose credentials are objects', () => {
    expect(patchedCatalogOf({ format: 'pathwise.catalog/v1', credentials: [fresh()] })).toBe(
      undefined,
    );
  });

  it('refuses a patch that does not fit its document', () => {
    const catalog: Catalog = { format: 'pathwise.catalog/v1', credentials: [fresh()] };
    const doc = writeCatalogDocument(catalog);
    const rest = (replaced: unknown, appended: unknown = []) =>
      JSON.stringify({ catalog: { ...catalog, credentials: [] }, replaced, appended });
    const refused = (text: string) => {
      try {
        readPatchedCatalog(doc, text);
      } catch (error) {
        return error instanceof PathwiseError ? error.message : `not a PathwiseError: ${error}`;
      }
      return 'accepted';
    };
    expect(refused(rest([[1, fresh()]]))).toMatch(/replaces a position its document does not have/);
    expect(refused(rest([[-1, fresh()]]))).toMatch(/replaces a position/);
    expect(refused(rest('no'))).toMatch(/has no catalog and patch/);
    expect(refused(rest([], {}))).toMatch(/has no catalog and patch/);
    expect(refused('null')).toMatch(/has no catalog and patch/);
    expect(refused(rest([[0, fresh()]]))).toBe('accepted');
    const spans = doc.spans.slice();
    spans[0] = spans[0]! + 1;
    expect(() => readPatchedCatalog({ bytes: doc.bytes, spans }, rest([]))).toThrow(
      /credential spans do not fit/,
    );
  });
});

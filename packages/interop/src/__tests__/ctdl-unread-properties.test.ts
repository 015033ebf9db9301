// The report of properties no reader read, on nodes with more terms than LdNode keeps a bit for
// (USED_BITS, 28): each node's keys are compared with what was read by bits, and walked again
// when a term is numbered past them (see `present` in ld-types.ts).
import { describe, expect, it } from 'vitest';
import { importCtdl } from '../ctdl/import-ctdl.js';

/** Two courses; the first has `extra` unknown properties, the second only `name`, read. */
function document(extra: number): unknown {
  const unknown = Object.fromEntries(
    Array.from({ length: extra }, (_, i) => [`ceterms:unknown${i}`, `v${i}`]),
  );
  return {
    '@graph': [
      { '@id': 'urn:a', '@type': 'ceterms:CourseComponent', 'ceterms:name': 'a', ...unknown },
      { '@id': 'urn:b', '@type': 'ceterms:CourseComponent', 'ceterms:name': 'b' },
    ],
  };
}

describe('CTDL import: unread properties past the read bits', () => {
  for (const extra of [1, 27, 40]) {
    it(`reports each of ${extra} unknown properties once, in document order`, () => {
      const { warnings } = importCtdl(document(extra));
      const ignored = warnings.filter((w) => w.code === 'IGNORED_PROPERTY');
      expect(ignored).toEqual(
        Array.from({ length: extra }, (_, i) => ({
          code: 'IGNORED_PROPERTY',
          path: `@graph[0].ceterms:unknown${i}`,
          message: `ignored ceterms:unknown${i} on CourseComponent`,
        })),
      );
    });
  }

  it('a term numbered past the bits, read, is not reported', () => {
    // 40 unknown properties on the first node push `description` (seen last) past bit 28; the
    // second node's description is read, so nothing of the second node is reported.
    const doc = document(40) as { '@graph': Record<string, unknown>[] };
    doc['@graph'][1]!['ceterms:description'] = 'b, described';
    const { catalog, warnings } = importCtdl(doc);
    expect(catalog.credentials.find((c) => c.id === 'urn:b')!.description).toBe('b, described');
    expect(warnings.filter((w) => w.path.startsWith('@graph[1]'))).toEqual([]);
  });
});

// Repeated targets in long lists (20 ids, each listed twice): each repeat counts once, with one
// warning each at the property's place, for `hasChild` without conditions and for a condition's
// `targetComponent` (issue 12, item 4, beyond the short lists of issue-12-ctdl.test.ts).
import { describe, expect, it } from 'vitest';
import { importCtdl } from '../ctdl/import-ctdl.js';

const N = 20;
const ids = Array.from({ length: N }, (_, i) => `urn:c${i}`);
const refs = [...ids, ...ids].map((id) => ({ '@id': id }));
const courses = ids.map((id) => ({
  '@id': id,
  '@type': 'ceterms:CourseComponent',
  'ceterms:name': id,
}));

/** Imports the document: urn:top requires all 20 ids, with one repeat warning each at `path`. */
function expectEachOnce(doc: unknown, path: string): void {
  const { catalog, warnings } = importCtdl(doc);
  const top = catalog.credentials.find((c) => c.id === 'urn:top')!;
  expect(top.requires).toEqual({ all: [...ids].sort() });
  const repeats = warnings.filter(
    (w) => w.code === 'DEFAULTED' && w.message.includes('named more than once'),
  );
  expect(repeats.map((w) => w.path)).toEqual(ids.map(() => path));
}

describe('CTDL import: repeated targets in long lists', () => {
  it('hasChild without conditions: each of 20 children, listed twice, is required once', () => {
    const doc = {
      '@graph': [
        { '@id': 'urn:top', '@type': 'ceterms:CourseComponent', 'ceterms:hasChild': refs },
        ...courses,
      ],
    };
    expectEachOnce(doc, '@graph[0].ceterms:hasChild');
  });

  it('a condition naming 20 components twice needs all 20, each counted once', () => {
    const doc = {
      '@graph': [
        {
          '@id': 'urn:top',
          '@type': 'ceterms:CourseComponent',
          'ceterms:hasChild': ids.map((id) => ({ '@id': id })),
          'ceterms:hasCondition': [
            { '@type': 'ceterms:ComponentCondition', 'ceterms:targetComponent': refs },
          ],
        },
        ...courses,
      ],
    };
    expectEachOnce(doc, '@graph[0].ceterms:hasCondition[0].ceterms:targetComponent');
  });
});

// A component's children that none of its conditions names: one IGNORED_PROPERTY warning each, in
// the children's order, whether the lists are short (searched) or long (put in a Set first; see
// component-rules.ts).
import { describe, expect, it } from 'vitest';
import { importCtdl } from '../ctdl/import-ctdl.js';

/** A component with `n` children whose one condition names the even ones (all of them required). */
function document(n: number): unknown {
  const ids = Array.from({ length: n }, (_, i) => `urn:c${i}`);
  const even = ids.filter((_, i) => i % 2 === 0);
  return {
    '@graph': [
      {
        '@id': 'urn:top',
        '@type': 'ceterms:CourseComponent',
        'ceterms:name': 'top',
        'ceterms:hasChild': ids.map((id) => ({ '@id': id })),
        'ceterms:hasCondition': [
          {
            '@type': 'ceterms:ComponentCondition',
            'ceterms:requiredNumber': even.length,
            'ceterms:targetComponent': even.map((id) => ({ '@id': id })),
          },
        ],
      },
      ...ids.map((id) => ({ '@id': id, '@type': 'ceterms:CourseComponent', 'ceterms:name': id })),
    ],
  };
}

describe('CTDL import: children no condition names', () => {
  for (const n of [3, 8, 40]) {
    it(`warns once for each of the odd ones of ${n} children, in order, and requires the even ones`, () => {
      const { catalog, warnings } = importCtdl(document(n));
      const odd = Array.from({ length: n }, (_, i) => `urn:c${i}`).filter((_, i) => i % 2 === 1);
      const unnamed = warnings.filter((w) => w.message.includes('named by no condition'));
      expect(unnamed).toEqual(
        odd.map((id) => ({
          code: 'IGNORED_PROPERTY',
          path: '@graph[0].ceterms:hasChild',
          message: `child ${id} is named by no condition of its parent; it is not required`,
        })),
      );
      const even = Array.from({ length: n }, (_, i) => `urn:c${i}`).filter((_, i) => i % 2 === 0);
      const top = catalog.credentials.find((c) => c.id === 'urn:top')!;
      expect(top.requires).toEqual(even.length === 1 ? even[0] : { all: [...even].sort() });
    });
  }
});

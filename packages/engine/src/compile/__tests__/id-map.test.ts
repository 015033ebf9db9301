// IdPrefixMap (id-map.ts) against a Map per version: along random lines of versions, each extended
// from an earlier one (siblings included: two versions made from the same one, with different new
// ids), every version answers exactly the ids of its own prefix, in position order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdPrefixMap } from '../id-map.js';

describe('IdPrefixMap', () => {
  it('answers each version its own ids, siblings and growth included', () => {
    fc.assert(
      fc.property(
        fc.nat(40),
        fc.array(fc.record({ from: fc.nat(), add: fc.nat(60) }), { maxLength: 12 }),
        (first, steps) => {
          let made = 0;
          const fresh = (k: number): string[] =>
            Array.from({ length: k }, () => `id-${made++}-${'é😀'.repeat(made % 3)}`);
          const versions: { ids: string[]; map: IdPrefixMap }[] = [];
          const ids0 = fresh(first);
          versions.push({ ids: ids0, map: IdPrefixMap.of(ids0) });
          for (const { from, add } of steps) {
            const base = versions[from % versions.length]!;
            const ids = [...base.ids, ...fresh(add)];
            versions.push({ ids, map: base.map.extend(ids) });
          }
          const everyId = new Set(versions.flatMap((v) => v.ids));
          for (const { ids, map } of versions) {
            expect(map.size).toBe(ids.length);
            expect([...map]).toEqual(ids.map((id, i) => [id, i]));
            const own = new Map(ids.map((id, i) => [id, i]));
            for (const id of everyId) expect(map.get(id)).toBe(own.get(id));
            expect(map.has('absent')).toBe(false);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

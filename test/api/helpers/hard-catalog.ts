/**
 * A catalog on which `cheapest` needs its whole time budget: a layered dense cone (each layer needs
 * k of n from the one below, drawn from shared pools), so branch and bound cannot finish its proof
 * and returns `optimal: false` when the budget runs out. Deterministic (seeded), ~200 credentials.
 */
import type { Catalog, Credential } from '@pathwise/core';
import { prng } from '@pathwise/test-support';

/** The target of hardCatalog whose cheapest plan exhausts the budget. */
export const HARD_TARGET = 'apex';

/** @returns a fresh hard catalog; its trivial target `trivial` plans at once */
export function hardCatalog(seed = 3): Catalog {
  const random = prng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const sample = (ids: string[], k: number): string[] => {
    const out = new Set<string>();
    while (out.size < Math.min(k, ids.length)) out.add(ids[int(0, ids.length - 1)]!);
    return [...out];
  };
  const credentials: Credential[] = [];
  const sizes = [70, 60, 40, 24];
  let below: string[] = [];
  sizes.forEach((size, layer) => {
    const ids: string[] = [];
    for (let i = 0; i < size; i++) {
      const id = `l${layer}-${i}`;
      const c: Credential = {
        id,
        name: `Layer ${layer} #${i}`,
        kind: layer === 0 ? 'course' : 'certificate',
        cost: int(10, 200),
        durationWeeks: int(1, 8),
      };
      if (layer > 0) c.requires = { atLeast: 3, of: sample(below, 8) };
      credentials.push(c);
      ids.push(id);
    }
    below = ids;
  });
  credentials.push({
    id: HARD_TARGET,
    name: 'Apex certification',
    kind: 'certification',
    cost: 500,
    durationWeeks: 2,
    requires: { atLeast: 5, of: below },
  });
  credentials.push({
    id: 'trivial',
    name: 'Trivial course',
    kind: 'course',
    cost: 1,
    durationWeeks: 1,
  });
  return { format: 'pathwise.catalog/v1', currency: 'USD', credentials };
}

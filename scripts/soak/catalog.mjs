// The soak's seed catalog: a dense layered cone (each layer needs 3 of 8 from the layer below, drawn
// at random from shared pools) so `cheapest` of `apex` uses its whole planning budget, plus a
// `trivial` credential that plans at once. The same construction as test/api/helpers/hard-catalog.ts
// (which is TypeScript for vitest; the soak runs on the built service with plain node).

/** The target whose cheapest plan exhausts the budget. */
export const HARD_TARGET = 'apex';
/** A target that plans at once. */
export const TRIVIAL_TARGET = 'trivial';

/** A small seeded PRNG (mulberry32): the catalog is the same on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @returns the soak's seed catalog (pathway.catalog/v1 JSON) */
export function soakCatalog(seed = 3) {
  const random = prng(seed);
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const sample = (ids, k) => {
    const out = new Set();
    while (out.size < Math.min(k, ids.length)) out.add(ids[int(0, ids.length - 1)]);
    return [...out];
  };
  const credentials = [];
  let below = [];
  [70, 60, 40, 24].forEach((size, layer) => {
    const ids = [];
    for (let i = 0; i < size; i++) {
      const id = `l${layer}-${i}`;
      const c = {
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
    id: TRIVIAL_TARGET,
    name: 'Trivial course',
    kind: 'course',
    cost: 1,
    durationWeeks: 1,
  });
  return { format: 'pathwise.catalog/v1', currency: 'USD', credentials };
}

// The publish the scale bench makes right after a start (scale-child.ts, pool-child.mjs): plain
// JavaScript, so that pool-child.mjs runs without tsx.
import { makeCredential } from '@pathwise/store/contract';

/**
 * A publish of 100 new credentials, each requiring one of the catalog's, built from the compiled ids
 * (publishOfHundred reads every credential for its provider's, which would decode a catalog read on
 * demand whole).
 * @param {import('@pathwise/core').Catalog} catalog - the catalog (its first provider publishes)
 * @param {import('@pathwise/engine').CompactIndex} compiled - its compact index
 */
export function hundredAfterStart(catalog, compiled) {
  const provider = catalog.providers[0].id;
  const credentials = Array.from({ length: 100 }, (_, i) =>
    makeCredential(`after-start-${i}`, provider, { requires: compiled.ids[i % compiled.n] }),
  );
  return { kind: 'publish', provider, credentials };
}

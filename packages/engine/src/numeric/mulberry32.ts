/**
 * The one seeded PRNG of the house (mulberry32): the engine's schedule sampling draws from it, and
 * the tests and benches (@pathwise/test-support's `prng`) reuse it. Small, fast, and the same
 * sequence on every platform, so a seed names one sample (or one generated catalog) for good.
 * Written by hand because it is six lines: a library would add a dependency for no gain.
 */

/**
 * @param seed - any integer (taken modulo 2^32)
 * @returns a function giving the next number in [0, 1)
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The one seeded PRNG of the tests and benches: the engine's mulberry32 (numeric/mulberry32.ts),
 * reused so that the generator is written once. The same sequence on every platform, so a seed names
 * one catalog for good. (Test code may depend on the engine; the engine never on test code.)
 */
import { mulberry32 } from '@pathwise/engine';

/**
 * @param seed - any integer
 * @returns a function giving the next number in [0, 1)
 */
export function prng(seed: number): () => number {
  return mulberry32(seed);
}

/**
 * @pathwise/test-support: what the tests and benches of every package share, so that each fixture and
 * each generator is written once. Depends on @pathwise/core, fast-check and the engine's public
 * `mulberry32` (its one PRNG, reused rather than written twice): test code may depend on the engine,
 * never the reverse. Nothing in it reaches into a package's internals.
 */
export { prng } from './prng.js';
export { betweenCatalog } from './fixtures/between-catalog.js';
export { paybackCatalog, PAYBACK_MEDIAN } from './fixtures/payback-catalog.js';
export { hardCatalog, HARD_TARGET, TRIVIAL_TARGET } from './fixtures/hard-catalog.js';
export { goalsCatalog } from './fixtures/goals-catalog.js';
export { frontierKeepCatalog } from './fixtures/frontier-keep-catalog.js';
export { distinctIds, creditsWithin } from './random/group-rules.js';
export { randomCatalog, randomHoldings } from './random/seeded-catalog.js';
export { randomCase, RANDOM_AS_OF, type RandomCase } from './random/random-case.js';
export { catalogArb, withCanonicalRules } from './random/catalog-arb.js';
export { generateCatalog, generateQueries, type BenchCatalog } from './random/bench-catalog.js';
export { denseConeCatalog, DENSE_TARGET } from './random/dense-cone.js';
export { withBenchHours } from './random/bench-hours.js';
export { withBenchOffers, type BenchOffersOptions } from './random/bench-offers.js';
export { spoilOutsideCone } from './random/spoil-outside-cone.js';

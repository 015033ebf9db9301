// The soak's seed catalog: test-support's hard catalog, the one the API's tests plan against (a dense
// layered cone on which `cheapest` of `apex` uses its whole planning budget, and a `trivial`
// credential that plans at once). The soak runs on plain node, so it loads that TypeScript module
// through tsx (a root dev dependency).
import { tsImport } from 'tsx/esm/api';

const support = await tsImport('../../test/support/src/index.ts', import.meta.url);

/** The target whose cheapest plan exhausts the budget. */
export const HARD_TARGET = support.HARD_TARGET;
/** A target that plans at once. */
export const TRIVIAL_TARGET = support.TRIVIAL_TARGET;
/** @returns the soak's seed catalog (pathwise.catalog/v1 JSON) */
export const soakCatalog = support.hardCatalog;

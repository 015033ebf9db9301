// The public conformance cases in ../shared/conformance, when that folder is beside the repository:
// every case found there runs through the engine and the oracles, so new public cases are picked up
// without copying them first. Without the folder (a clone on its own) there is nothing to run.
import { describe, it } from 'vitest';
import { conformanceQueries, sharedConformanceDir } from '../helpers/conformance.js';
import { expectEngineConforms, expectOraclesAgree } from './check-engine.js';

const dir = sharedConformanceDir();
const queries = dir ? conformanceQueries(dir).map((q) => [q.label, q] as const) : [];

describe.skipIf(dir === undefined)(`the public conformance cases in ${dir}`, () => {
  it.each(queries)('%s through the engine', (_label, q) => expectEngineConforms(q.case, q.query));
  it.each(queries)('%s by the oracles', (_label, q) => expectOraclesAgree(q.case, q.query));
});

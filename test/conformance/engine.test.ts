// Conformance through the engine: every case of docs/conformance, both objectives, exact totals,
// valid plans. The independent oracles are checked against the recorded optima too.
import { describe, it } from 'vitest';
import { conformanceQueries } from '../helpers/conformance.js';
import { expectEngineConforms, expectOraclesAgree } from './check-engine.js';

const queries = conformanceQueries().map((q) => [q.label, q] as const);

describe('conformance through the engine', () => {
  it.each(queries)('%s', (_label, q) => expectEngineConforms(q.case, q.query));
});

describe('the independent oracles on the conformance cases', () => {
  it.each(queries)('%s', (_label, q) => expectOraclesAgree(q.case, q.query));
});

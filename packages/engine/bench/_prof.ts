import { parseCatalog } from '@pathwise/core';
import { generateCatalog, generateQueries } from '@pathwise/test-support';
import { createPlanner } from '../src/index.js';
const bench = generateCatalog(10000, 'or', 23);
const planner = createPlanner(parseCatalog(bench.catalog));
const targets = generateQueries(bench, 300, 5).map((x) => x.target);
const t0 = performance.now();
for (let r = 0; r < 100; r++) for (const target of targets) planner.plan({ target, have: [], asOf: '2026-06-01', objective: 'fastest' });
console.log(((performance.now() - t0) / 30000 * 1000).toFixed(1), 'us/plan');

// Time to the first plan on the page, measured in Debian's Chromium: a shared link
// (`/?goal=…&hours=10&start=…`) is opened and timed until both plans' totals show. The baseline, in
// the same run, is the same query sent straight to the API with fetch (the planning and HTTP the page
// cannot avoid), so the ratio is the page's own cost. The service runs as its own process (tsx on the
// sources) on a free port, serving a fresh build. Prints medians, spreads and the ratio.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PLANS } from '../src/api/documents.js';
import { CHROMIUM_PATH } from '../chromium.js';
import { median, root, spread, startHarness } from './bench-service.js';

const RUNS = 15;
const START = '2026-11-23';
const GOALS = ['google-da-cert', 'pmi-pmp', 'comptia-security-plus'];

if (!existsSync(CHROMIUM_PATH)) {
  console.warn(
    `!!! ${CHROMIUM_PATH} is missing: no time-to-first-plan figures (apt-get install -y chromium)`,
  );
  process.exit(0);
}

const harness = await startHarness(join(root, 'examples/catalogs/tech-careers.json'));
const { base, context } = harness;
try {
  const page: number[] = [];
  const api: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const goal = GOALS[i % GOALS.length]!;
    // Interleaved: the API alone, then the page, for the same query.
    let t = performance.now();
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: PLANS,
        variables: {
          target: goal,
          have: [],
          asOf: START,
          maxWeeks: null,
          maxCost: null,
          weeklyHours: 10,
        },
      }),
    });
    await res.json();
    api.push(performance.now() - t);
    const tab = await context.newPage();
    t = performance.now();
    await tab.goto(`${base}/?goal=${goal}&hours=10&start=${START}`);
    await tab.getByTestId('fastest-weeks').waitFor();
    page.push(performance.now() - t);
    await tab.close();
  }
  console.table({
    'API alone (fetch)': { 'median ms': median(api).toFixed(1), 'min–max ms': spread(api) },
    'page, link to totals': { 'median ms': median(page).toFixed(1), 'min–max ms': spread(page) },
  });
  console.log(
    `time to the first plan on the page: ${median(page).toFixed(1)} ms median over ${RUNS} loads, ` +
      `${(median(page) / median(api)).toFixed(2)}x the API alone`,
  );
} finally {
  await harness.stop();
}

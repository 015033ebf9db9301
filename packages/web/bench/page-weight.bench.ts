// Page weight: builds the page with Vite into a temporary folder and prints the bytes of the JS and
// CSS each view loads (raw and gzipped at level 9): what index.html loads, then the chunks loaded on
// demand (the pathway graph's layout once a plan shows, the frontier chart's Observable Plot once a
// frontier shows, the catalog map on the board, the calendar writer on export). The learner view with
// its graph and its frontier chart is held to the aim of 300 KB of gzipped JS. GraphiQL's files are reported apart (only /graphql in a browser loads them).
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPage } from './build-page.js';

const AIM_JS_GZIP = 300 * 1024;
const outDir = buildPage();

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const weigh = (file: string) => {
  const body = readFileSync(file);
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
};

// What index.html loads (Vite names every script and stylesheet it emits there).
const html = readFileSync(join(outDir, 'index.html'), 'utf8');
const loaded = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
const rows: { part: string; file: string; raw: number; gzip: number }[] = loaded.map((file) => ({
  part: 'learner',
  file,
  ...weigh(join(outDir, file)),
}));
for (const file of readdirSync(join(outDir, 'graphiql'))) {
  const path = join(outDir, 'graphiql', file);
  if (statSync(path).isFile() && ['.js', '.css'].includes(extname(file)))
    rows.push({ part: 'graphiql', file: `graphiql/${file}`, ...weigh(path) });
}
// The chunks loaded on demand, by the name Vite gives them after their module.
const lazy = {
  'pathway-layout': 'learner graph',
  'frontier-plot': 'learner frontier',
  'map-renderer': 'board map',
  'map-worker': 'board map',
  'ics-writer': 'calendar',
};
for (const file of readdirSync(join(outDir, 'assets'))) {
  const part = Object.entries(lazy).find(([prefix]) => file.startsWith(`${prefix}-`))?.[1];
  if (part && file.endsWith('.js'))
    rows.push({ part, file: `assets/${file}`, ...weigh(join(outDir, 'assets', file)) });
}
console.table(rows.map((r) => ({ ...r, raw: kb(r.raw), gzip: kb(r.gzip) })));

const sum = (part: string, ext: string) =>
  rows.filter((r) => r.part === part && extname(r.file) === ext).reduce((s, r) => s + r.gzip, 0);
const js = sum('learner', '.js') + sum('learner graph', '.js') + sum('learner frontier', '.js');
const css = sum('learner', '.css');
console.log(
  `learner view with its pathway graph and frontier chart: ${kb(js)} JS + ${kb(css)} CSS gzipped; JS is ${((js / AIM_JS_GZIP) * 100).toFixed(1)}% of the 300 KB aim`,
);
console.log(
  `first load (any view): ${kb(sum('learner', '.js'))} JS; on demand: pathway graph ${kb(sum('learner graph', '.js'))}, ` +
    `frontier chart ${kb(sum('learner frontier', '.js'))}, ` +
    `catalog map ${kb(sum('board map', '.js'))}, calendar ${kb(sum('calendar', '.js'))} JS`,
);
console.log(
  `graphiql: ${kb(sum('graphiql', '.js'))} JS + ${kb(sum('graphiql', '.css'))} CSS gzipped`,
);
rmSync(outDir, { recursive: true, force: true });
if (js > AIM_JS_GZIP) process.exit(1);
